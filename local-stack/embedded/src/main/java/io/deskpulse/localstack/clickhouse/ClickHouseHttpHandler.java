package io.deskpulse.localstack.clickhouse;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import java.util.zip.InflaterInputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The part of ClickHouse's HTTP interface that clickhouse-jdbc 0.11 (client-v2) uses: {@code /ping}, and
 * GET/POST on {@code /} with the statement in the {@code query} parameter and/or the body (concatenated,
 * as ClickHouse does, so {@code INSERT ... FORMAT X} with binary data in the body works), the
 * {@code database}, {@code default_format}, {@code query_id} and {@code param_<name>} parameters (or
 * their {@code X-ClickHouse-*} headers), and other parameters as settings for that statement.
 */
final class ClickHouseHttpHandler implements HttpHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ClickHouseHttpHandler.class);

    static final String DISPLAY_NAME = "deskpulse-embedded-chdb";
    private static final String DEFAULT_FORMAT = "TabSeparated";

    /** URL parameters that are part of the protocol rather than settings; those not listed become settings. */
    private static final Set<String> NOT_SETTINGS = Set.of(
            "query", "database", "default_format", "query_id", "session_id", "session_timeout", "session_check",
            "compress", "decompress", "enable_http_compression", "user", "password", "quota_key", "role",
            "buffer_size", "wait_end_of_query", "client_protocol_version", "stacktrace", "add_http_cors_header",
            "http_response_buffer_size", "send_progress_in_http_headers", "http_headers_progress_interval_ms",
            "http_wait_end_of_query", "http_write_exception_in_output_format", "http_zlib_compression_level",
            "http_native_compression_disable_checksumming_on_decompress", "cancel_http_readonly_queries_on_client_close",
            "output_format_parallel_formatting");

    private static final Pattern ERROR_CODE = Pattern.compile("Code: (\\d+)\\.");
    private static final Pattern TRAILING_FORMAT = Pattern.compile(
            "(?is)\\bFORMAT\\s+`?([A-Za-z0-9_]+)`?\\s*;?\\s*$");
    private static final Pattern LEADING_INSERT = Pattern.compile("(?is)^\\s*(?:--[^\\n]*\\n\\s*|/\\*.*?\\*/\\s*)*INSERT\\b");

    private final ChdbConnection connection;
    private final String version;

    ClickHouseHttpHandler(ChdbConnection connection, String version) {
        this.connection = connection;
        this.version = version;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getRawPath();
            String method = exchange.getRequestMethod();
            if ("/ping".equals(path) || "/replicas_status".equals(path)) {
                drain(exchange);
                sendText(exchange, 200, "Ok.\n");
                return;
            }
            if (!"/".equals(path) && !"".equals(path)) {
                drain(exchange);
                sendError(exchange, 404, 0, "There is no handle " + path + " in the embedded ClickHouse server", null);
                return;
            }
            if (!"GET".equals(method) && !"POST".equals(method)) {
                drain(exchange);
                sendError(exchange, 405, 0, "method " + method + " is not supported", null);
                return;
            }
            handleQuery(exchange, "POST".equals(method));
        } catch (IOException e) {
            LOG.debug("HTTP exchange failed: {}", e.toString());
        } catch (RuntimeException e) {
            LOG.error("HTTP exchange failed", e);
            throw e;
        }
    }

    private void handleQuery(HttpExchange exchange, boolean post) throws IOException {
        Headers headers = exchange.getRequestHeaders();
        Map<String, String> params = parseQueryString(exchange.getRequestURI().getRawQuery());
        byte[] body = post ? readBody(exchange, params) : new byte[0];

        String queryId = firstNonBlank(params.get("query_id"), headers.getFirst("X-ClickHouse-Query-Id"),
                UUID.randomUUID().toString());
        String database = firstNonBlank(params.get("database"), headers.getFirst("X-ClickHouse-Database"), "default");
        String format = firstNonBlank(params.get("default_format"), headers.getFirst("X-ClickHouse-Format"), DEFAULT_FORMAT);

        Map<String, String> queryParams = new LinkedHashMap<>();
        Map<String, String> settings = new LinkedHashMap<>();
        for (Map.Entry<String, String> p : params.entrySet()) {
            String name = p.getKey();
            if (name.startsWith("param_")) {
                queryParams.put(name.substring("param_".length()), p.getValue());
            } else if (!NOT_SETTINGS.contains(name) && !name.isEmpty()) {
                settings.put(name, p.getValue());
            }
        }
        if (body == null) {
            sendError(exchange, 400, 1001, "Code: 1001. DB::Exception: the embedded ClickHouse server does not support "
                    + "ClickHouse's native compression (decompress=1) or Content-Encoding "
                    + headers.getFirst("Content-Encoding") + ": use compress=false", queryId);
            return;
        }

        String urlQuery = params.getOrDefault("query", "");
        byte[] query;
        if (urlQuery.isEmpty()) {
            query = body;
        } else {
            byte[] q = (urlQuery + "\n").getBytes(StandardCharsets.UTF_8);
            query = new byte[q.length + body.length];
            System.arraycopy(q, 0, query, 0, q.length);
            System.arraycopy(body, 0, query, q.length, body.length);
        }
        if (isBlank(query)) {
            if (!post) {
                sendText(exchange, 200, "Ok.\n");
            } else {
                sendError(exchange, 400, 62, "Code: 62. DB::Exception: Empty query. (SYNTAX_ERROR)", queryId);
            }
            return;
        }

        String responseFormat = responseFormat(query, format);
        long t0 = System.nanoTime();
        ChdbNative.Result result = connection.execute(database, settings, query, format, queryParams);
        long elapsedNs = System.nanoTime() - t0;
        if (LOG.isDebugEnabled()) {
            LOG.debug("{} ?{} (X-ClickHouse-Format={}, X-ClickHouse-Database={}, Content-Encoding={}) query_id={} db={} "
                            + "format={} settings={} params={} {} bytes in {} ms: {}{}", exchange.getRequestMethod(),
                    exchange.getRequestURI().getRawQuery(), headers.getFirst("X-ClickHouse-Format"),
                    headers.getFirst("X-ClickHouse-Database"), headers.getFirst("Content-Encoding"), queryId, database,
                    format, settings, queryParams.keySet(), query.length, elapsedNs / 1_000_000,
                    preview(query), result.failed() ? " -> " + result.error() : "");
        }
        if (result.failed()) {
            String message = result.error().strip();
            Matcher m = ERROR_CODE.matcher(message);
            int code = m.find() ? Integer.parseInt(m.group(1)) : 1001;
            if (!message.startsWith("Code: ")) {
                message = "Code: " + code + ". DB::Exception: " + message;
            }
            sendError(exchange, httpStatus(code), code, message + " (version " + version + ")", queryId);
            return;
        }
        Headers out = exchange.getResponseHeaders();
        commonHeaders(out, queryId);
        out.set("X-ClickHouse-Format", responseFormat);
        out.set("Content-Type", contentType(responseFormat));
        out.set("X-ClickHouse-Summary", summary(result, elapsedNs));
        byte[] data = result.data();
        exchange.sendResponseHeaders(200, data.length == 0 ? -1 : data.length);
        if (data.length > 0) {
            try (OutputStream os = exchange.getResponseBody()) {
                os.write(data);
            }
        }
    }

    /** The body, decoded; null when it is compressed in a way this server does not read. */
    private static byte[] readBody(HttpExchange exchange, Map<String, String> params) throws IOException {
        String encoding = exchange.getRequestHeaders().getFirst("Content-Encoding");
        InputStream in = exchange.getRequestBody();
        if ("1".equals(params.get("decompress"))) {
            drain(exchange);
            return null;
        }
        if (encoding != null && !encoding.isBlank() && !"identity".equalsIgnoreCase(encoding)) {
            switch (encoding.toLowerCase(Locale.ROOT)) {
                case "gzip" -> in = new GZIPInputStream(in);
                case "deflate" -> in = new InflaterInputStream(in);
                default -> {
                    drain(exchange);
                    return null;
                }
            }
        }
        try (InputStream body = in) {
            return body.readAllBytes();
        }
    }

    private static void drain(HttpExchange exchange) throws IOException {
        try (InputStream in = exchange.getRequestBody()) {
            in.transferTo(OutputStream.nullOutputStream());
        }
    }

    private void commonHeaders(Headers out, String queryId) {
        out.set("X-ClickHouse-Server-Display-Name", DISPLAY_NAME);
        out.set("X-ClickHouse-Query-Id", queryId);
        out.set("X-ClickHouse-Timezone", "UTC");
        out.set("Keep-Alive", "timeout=10"); // below the JDK server's 30 s idle limit
    }

    private void sendError(HttpExchange exchange, int status, int code, String message, String queryId) throws IOException {
        Headers out = exchange.getResponseHeaders();
        commonHeaders(out, queryId == null ? "" : queryId);
        if (code > 0) {
            out.set("X-ClickHouse-Exception-Code", Integer.toString(code));
        }
        out.set("X-ClickHouse-Summary", summary(null, 0));
        sendText(exchange, status, message + "\n");
    }

    private static void sendText(HttpExchange exchange, int status, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=UTF-8");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream os = exchange.getResponseBody()) {
            os.write(bytes);
        }
    }

    private static String summary(ChdbNative.Result r, long elapsedNs) {
        long readRows = r == null ? 0 : r.rowsRead();
        long readBytes = r == null ? 0 : r.bytesRead();
        long writtenRows = r == null ? 0 : r.rowsWritten();
        long writtenBytes = r == null ? 0 : r.bytesWritten();
        return "{\"read_rows\":\"" + readRows + "\",\"read_bytes\":\"" + readBytes
                + "\",\"written_rows\":\"" + writtenRows + "\",\"written_bytes\":\"" + writtenBytes
                + "\",\"total_rows_to_read\":\"" + readRows + "\",\"result_rows\":\"" + (writtenRows > 0 ? writtenRows : readRows)
                + "\",\"result_bytes\":\"" + (writtenBytes > 0 ? writtenBytes : readBytes)
                + "\",\"elapsed_ns\":\"" + elapsedNs + "\"}";
    }

    /** ClickHouse answers some errors with 4xx statuses; the driver only needs "an error status". */
    static int httpStatus(int code) {
        return switch (code) {
            case 60, 81, 83 -> 404;                                   // UNKNOWN_TABLE, UNKNOWN_DATABASE
            case 62, 27, 26, 36, 41, 46, 47, 53, 70, 117, 456, 457 -> 400; // syntax, parse, bad arguments
            case 516 -> 401;                                          // AUTHENTICATION_FAILED
            case 164 -> 403;                                          // READONLY
            default -> 500;
        };
    }

    /** The output format: a trailing FORMAT clause of a non-INSERT statement, else the requested default. */
    static String responseFormat(byte[] query, String defaultFormat) {
        int n = Math.min(query.length, 256 * 1024);
        String head = new String(query, 0, n, StandardCharsets.ISO_8859_1);
        if (LEADING_INSERT.matcher(head).find()) {
            return defaultFormat;
        }
        if (n == query.length) {
            Matcher m = TRAILING_FORMAT.matcher(head);
            if (m.find()) {
                return m.group(1);
            }
        }
        return defaultFormat;
    }

    static String contentType(String format) {
        String f = format.toLowerCase(Locale.ROOT);
        if (f.startsWith("tabseparated") || f.startsWith("tsv")) {
            return "text/tab-separated-values; charset=UTF-8";
        } else if (f.startsWith("csv")) {
            return "text/csv; charset=UTF-8; header=absent";
        } else if (f.startsWith("json")) {
            return "application/json; charset=UTF-8";
        } else if (f.startsWith("pretty") || f.startsWith("vertical") || f.startsWith("markdown") || f.equals("values")) {
            return "text/plain; charset=UTF-8";
        }
        return "application/octet-stream";
    }

    static Map<String, String> parseQueryString(String raw) {
        Map<String, String> params = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) {
            return params;
        }
        for (String pair : raw.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            params.put(name, value);
        }
        return params;
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return null;
    }

    private static boolean isBlank(byte[] query) {
        for (byte b : query) {
            if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
                return false;
            }
        }
        return true;
    }

    private static String preview(byte[] query) {
        int n = Math.min(query.length, 300);
        String s = new String(query, 0, n, StandardCharsets.UTF_8).replaceAll("\\s+", " ")
                .replaceAll("[\\p{Cntrl}\\uFFFD]", "?");
        return query.length > n ? s + "..." : s;
    }
}

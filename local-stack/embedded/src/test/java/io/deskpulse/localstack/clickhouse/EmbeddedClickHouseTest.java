package io.deskpulse.localstack.clickhouse;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import com.clickhouse.client.api.Client;
import com.clickhouse.client.api.query.GenericRecord;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded ClickHouse server against the official JDBC driver (clickhouse-jdbc 0.11) and real chDB.
 * One server for the class (chDB runs one data directory per process); {@link #restartKeepsData()}
 * closes and reopens it on the same folder.
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class EmbeddedClickHouseTest {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedClickHouseTest.class);

    private static Path dataDir;
    private static EmbeddedClickHouse server;

    @BeforeAll
    static void startServer() throws Exception {
        quietLogs();
        dataDir = Path.of("target", "clickhouse-test-" + System.currentTimeMillis()).toAbsolutePath();
        server = EmbeddedClickHouse.start(dataDir, 0);
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE IF NOT EXISTS it");
        }
    }

    @AfterAll
    static void stopServer() {
        if (server != null) {
            server.close();
        }
    }

    /** Logback logs everything at DEBUG without a configuration file; the HTTP client's wire log is huge. */
    private static void quietLogs() {
        if (LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME) instanceof ch.qos.logback.classic.Logger root) {
            root.setLevel(Level.INFO);
            ((ch.qos.logback.classic.Logger) LoggerFactory.getLogger("com.clickhouse")).setLevel(Level.WARN);
            ((ch.qos.logback.classic.Logger) LoggerFactory.getLogger("org.apache.hc")).setLevel(Level.WARN);
            if (System.getProperty("clickhouse.log") != null) {
                ((ch.qos.logback.classic.Logger) LoggerFactory.getLogger("io.deskpulse.localstack.clickhouse"))
                        .setLevel(Level.toLevel(System.getProperty("clickhouse.log")));
            }
        }
    }

    private static Connection connect() throws SQLException {
        return DriverManager.getConnection(server.jdbcUrl());
    }

    private static Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(server.jdbcUrl(database));
    }

    private static long count(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            assertTrue(rs.next(), sql);
            return rs.getLong(1);
        }
    }

    @Test
    void answersTheDriversConnectQueriesAndDdl() throws Exception {
        try (Connection c = connect()) {
            assertTrue(c.getMetaData().getDatabaseProductVersion().startsWith("26."),
                    c.getMetaData().getDatabaseProductVersion());
            try (Statement s = c.createStatement()) {
                s.execute("CREATE DATABASE IF NOT EXISTS ddl_db");
                s.execute("CREATE TABLE IF NOT EXISTS ddl_db.things (id UInt64, name String) ENGINE = MergeTree ORDER BY id");
                assertEquals(1, count(c, "SELECT count() FROM system.tables WHERE database = 'ddl_db' AND name = 'things'"));
                try (ResultSet rs = s.executeQuery("SELECT currentDatabase(), timezone()")) {
                    assertTrue(rs.next());
                    assertEquals("default", rs.getString(1));
                    assertEquals("UTC", rs.getString(2).replace("Etc/", ""));
                }
            }
        }
        try (Connection c = connect("ddl_db"); Statement s = c.createStatement()) {
            assertEquals(1, s.executeUpdate("INSERT INTO things VALUES (1, 'one')"));
            try (ResultSet rs = s.executeQuery("SELECT currentDatabase(), name FROM things")) {
                assertTrue(rs.next());
                assertEquals("ddl_db", rs.getString(1));
                assertEquals("one", rs.getString(2));
            }
        }
    }

    @Test
    void batchInsertOf100kRowsWithThePreparedStatement() throws Exception {
        int rows = 100_000;
        try (Connection c = connect("it")) {
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TABLE big (id UInt32, ts DateTime64(3, 'UTC'), team LowCardinality(String), "
                        + "score Nullable(Float64), tags Array(String)) ENGINE = MergeTree ORDER BY id");
            }
            Instant base = Instant.parse("2025-03-01T00:00:00Z");
            long t0 = System.nanoTime();
            int[] counts;
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO big (id, ts, team, score, tags) VALUES (?, ?, ?, ?, ?)")) {
                for (int i = 0; i < rows; i++) {
                    ps.setInt(1, i);
                    ps.setObject(2, base.plusMillis(i));
                    ps.setString(3, "team-" + (i % 7));
                    if (i % 10 == 0) {
                        ps.setNull(4, java.sql.Types.DOUBLE);
                    } else {
                        ps.setDouble(4, i / 4.0);
                    }
                    ps.setObject(5, new String[] {"t" + (i % 3)});
                    ps.addBatch();
                }
                counts = ps.executeBatch();
            }
            long batchMs = (System.nanoTime() - t0) / 1_000_000;
            assertEquals(rows, counts.length);
            assertEquals(rows, count(c, "SELECT count() FROM big"));
            assertEquals((long) rows * (rows - 1) / 2, count(c, "SELECT sum(id) FROM big"));
            assertEquals(rows / 10, count(c, "SELECT countIf(score IS NULL) FROM big"));
            assertEquals(7, count(c, "SELECT uniqExact(team) FROM big"));
            t0 = System.nanoTime();
            long seen = 0;
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT id, ts, team FROM big ORDER BY id")) {
                while (rs.next()) {
                    assertEquals(seen, rs.getLong(1));
                    seen++;
                }
            }
            assertEquals(rows, seen);
            LOG.info("batch insert of {} rows: {} ms; reading them back: {} ms", rows, batchMs,
                    (System.nanoTime() - t0) / 1_000_000);
        }
    }

    /**
     * ClickHouse 26.2+ turns async inserts on by default, and chDB then refuses an INSERT whose inlined
     * VALUES are longer than the parser's buffer ("async inserts with both inlined and external data").
     * The server speaks for a classic synchronous ClickHouse, so a large inlined insert must succeed.
     */
    @Test
    void aLargeInsertWithInlinedValuesIsWrittenSynchronously() throws Exception {
        int rows = 5_000;
        try (Connection c = connect("it"); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE inlined (id UInt32, note String, at DateTime64(3, 'UTC')) ENGINE = MergeTree ORDER BY id");
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO inlined (id, note, at) VALUES (?, ?, ?)")) {
                for (int i = 0; i < rows; i++) {
                    ps.setInt(1, i);
                    ps.setString(2, "{\"note\": \"number " + i + " of a batch long enough to pass the parser's buffer\"}");
                    ps.setObject(3, Instant.parse("2026-03-01T00:00:00Z").plusSeconds(i));
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            assertEquals(rows, count(c, "SELECT count() FROM inlined"));
            assertEquals(0, count(c, "SELECT toUInt8(getSetting('async_insert'))"));
        }
    }

    @Test
    void readsBackDateTime64LowCardinalityNullableAndArrays() throws Exception {
        try (Connection c = connect("it")) {
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TABLE typed (id UInt32, at DateTime64(3, 'UTC'), team LowCardinality(String), "
                        + "note Nullable(String), minutes Nullable(Int32), tags Array(String), "
                        + "due Nullable(DateTime64(3, 'UTC'))) ENGINE = MergeTree ORDER BY id");
            }
            Instant at = Instant.parse("2025-01-02T03:04:05.678Z");
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO typed VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                ps.setInt(1, 1);
                ps.setObject(2, at);
                ps.setString(3, "emea-tier1");
                ps.setString(4, "it's \"quoted\" \\ and\ttabbed, ünïcödé");
                ps.setInt(5, 42);
                ps.setObject(6, List.of("vip", "o'brien", ""));
                ps.setObject(7, at.plusSeconds(3600));
                ps.addBatch();
                ps.setInt(1, 2);
                ps.setObject(2, at.plusMillis(1));
                ps.setString(3, "apac");
                ps.setNull(4, java.sql.Types.VARCHAR);
                ps.setNull(5, java.sql.Types.INTEGER);
                ps.setObject(6, new String[0]);
                ps.setNull(7, java.sql.Types.TIMESTAMP);
                ps.addBatch();
                ps.executeBatch();
            }
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT id, at, team, note, minutes, tags, due FROM typed ORDER BY id")) {
                assertEquals("DateTime64(3, 'UTC')", rs.getMetaData().getColumnTypeName(2));
                assertEquals("LowCardinality(String)", rs.getMetaData().getColumnTypeName(3));
                assertTrue(rs.next());
                assertEquals(at, rs.getObject(2, OffsetDateTime.class).toInstant());
                // jdbc-v2 gives the column's wall-clock time (UTC here) as a Timestamp in the JVM's zone
                assertEquals(java.time.LocalDateTime.parse("2025-01-02T03:04:05.678"), rs.getTimestamp(2).toLocalDateTime());
                assertEquals("emea-tier1", rs.getString(3));
                assertEquals("it's \"quoted\" \\ and\ttabbed, ünïcödé", rs.getString(4));
                assertEquals(42, rs.getInt(5));
                assertFalse(rs.wasNull());
                Array tags = rs.getArray(6);
                assertArrayEquals(new Object[] {"vip", "o'brien", ""}, (Object[]) tags.getArray());
                assertEquals(at.plusSeconds(3600), rs.getObject(7, OffsetDateTime.class).toInstant());

                assertTrue(rs.next());
                assertEquals(at.plusMillis(1), rs.getObject(2, OffsetDateTime.class).toInstant());
                assertEquals("apac", rs.getString(3));
                assertNull(rs.getString(4));
                assertTrue(rs.wasNull());
                assertEquals(0, rs.getInt(5));
                assertTrue(rs.wasNull());
                assertEquals(0, ((Object[]) rs.getArray(6).getArray()).length);
                assertNull(rs.getObject(7));
                assertFalse(rs.next());
            }
        }
    }

    @Test
    void aFailingQueryRaisesClickHousesErrorAndTheNextQuerySucceeds() throws Exception {
        try (Connection c = connect("it"); Statement s = c.createStatement()) {
            SQLException e = assertThrows(SQLException.class, () -> s.executeQuery("SELECT * FROM no_such_table"));
            assertTrue(e.getMessage().contains("Code: 60"), e.getMessage());
            assertTrue(e.getMessage().contains("UNKNOWN_TABLE"), e.getMessage());
            assertTrue(e.getMessage().contains("no_such_table"), e.getMessage());

            SQLException syntax = assertThrows(SQLException.class, () -> s.executeQuery("SELEC 1"));
            assertTrue(syntax.getMessage().contains("Code: 62"), syntax.getMessage());
            assertTrue(syntax.getMessage().contains("Syntax error"), syntax.getMessage());

            assertEquals(2, count(c, "SELECT 1 + 1"));
        }
        // A statement that switched database and then failed leaves nothing behind for the next client.
        try (Connection c = connect("it"); Statement s = c.createStatement()) {
            assertThrows(SQLException.class, () -> s.execute("USE nowhere_at_all"));
            SQLException e = assertThrows(SQLException.class, () -> s.executeQuery("SELECT throwIf(1, 'boom')"));
            assertTrue(e.getMessage().contains("boom"), e.getMessage());
        }
        SQLException unknownDb = assertThrows(SQLException.class, () -> {
            try (Connection c = connect("nowhere_at_all"); Statement s = c.createStatement()) {
                s.executeQuery("SELECT 1").close();
            }
        });
        assertTrue(unknownDb.getMessage().contains("Code: 81"), unknownDb.getMessage());
        try (Connection c = connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT currentDatabase()")) {
            assertTrue(rs.next());
            assertEquals("default", rs.getString(1));
        }
    }

    @Test
    void severalClientsAtOnce() throws Exception {
        try (Connection c = connect("it"); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE shared (worker UInt8, n UInt32) ENGINE = MergeTree ORDER BY (worker, n)");
        }
        int workers = 4;
        int batches = 10;
        int perBatch = 500;
        ExecutorService pool = Executors.newFixedThreadPool(workers);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Long>> results = new ArrayList<>();
            for (int w = 0; w < workers; w++) {
                int worker = w;
                results.add(pool.submit(() -> {
                    go.await();
                    try (Connection c = connect("it")) {
                        long mine = 0;
                        for (int b = 0; b < batches; b++) {
                            try (PreparedStatement ps = c.prepareStatement("INSERT INTO shared (worker, n) VALUES (?, ?)")) {
                                for (int i = 0; i < perBatch; i++) {
                                    ps.setInt(1, worker);
                                    ps.setInt(2, b * perBatch + i);
                                    ps.addBatch();
                                }
                                ps.executeBatch();
                            }
                            mine += perBatch;
                            assertEquals(mine, count(c, "SELECT count() FROM shared WHERE worker = " + worker));
                            // a bad statement in the middle of the others' work
                            if (b == batches / 2) {
                                try (Statement s = c.createStatement()) {
                                    assertThrows(SQLException.class, () -> s.executeQuery("SELECT no_such_column FROM shared"));
                                }
                            }
                        }
                        return mine;
                    }
                }));
            }
            go.countDown();
            for (Future<Long> f : results) {
                assertEquals((long) batches * perBatch, f.get(3, TimeUnit.MINUTES));
            }
        } finally {
            pool.shutdownNow();
        }
        try (Connection c = connect("it")) {
            assertEquals((long) workers * batches * perBatch, count(c, "SELECT count() FROM shared"));
            assertEquals(workers, count(c, "SELECT uniqExact(worker) FROM shared"));
        }
    }

    @Test
    void pingAndRawHttp() throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        String base = "http://127.0.0.1:" + server.port();
        HttpResponse<String> ping = http.send(HttpRequest.newBuilder(URI.create(base + "/ping")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, ping.statusCode());
        assertEquals("Ok.\n", ping.body());

        HttpResponse<String> get = http.send(HttpRequest.newBuilder(URI.create(base + "/?query="
                + enc("SELECT number, toString(number) FROM numbers(3)") + "&default_format=CSV")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, get.statusCode());
        assertEquals("0,\"0\"\n1,\"1\"\n2,\"2\"\n", get.body());
        assertEquals("CSV", get.headers().firstValue("X-ClickHouse-Format").orElseThrow());
        assertEquals("UTC", get.headers().firstValue("X-ClickHouse-Timezone").orElseThrow());
        assertTrue(get.headers().firstValue("X-ClickHouse-Summary").orElseThrow().contains("\"read_rows\""));
        assertEquals(ClickHouseHttpHandler.DISPLAY_NAME, get.headers().firstValue("X-ClickHouse-Server-Display-Name").orElseThrow());

        // a FORMAT clause wins over default_format, and the response says which format it is in
        HttpResponse<String> json = http.send(HttpRequest.newBuilder(URI.create(base + "/?default_format=CSV"))
                .POST(HttpRequest.BodyPublishers.ofString("SELECT 1 AS x FORMAT JSONEachRow")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals("{\"x\":1}\n", json.body());
        assertEquals("JSONEachRow", json.headers().firstValue("X-ClickHouse-Format").orElseThrow());

        // INSERT ... FORMAT RowBinary in the URL, binary rows in the body
        post(http, base + "/?database=it", "CREATE TABLE raw (id UInt32, s String) ENGINE = MergeTree ORDER BY id");
        ByteArrayOutputStream rows = new ByteArrayOutputStream();
        for (int i = 0; i < 1000; i++) {
            rows.write(new byte[] {(byte) i, (byte) (i >> 8), 0, 0});
            byte[] s = ("row\n\0" + i).getBytes(StandardCharsets.UTF_8);
            rows.write(s.length);
            rows.write(s);
        }
        HttpResponse<String> insert = http.send(HttpRequest.newBuilder(URI.create(base + "/?database=it&query="
                        + enc("INSERT INTO raw FORMAT RowBinary")))
                .POST(HttpRequest.BodyPublishers.ofByteArray(rows.toByteArray())).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, insert.statusCode(), insert.body());
        assertTrue(insert.headers().firstValue("X-ClickHouse-Summary").orElseThrow().contains("\"written_rows\":\"1000\""),
                insert.headers().firstValue("X-ClickHouse-Summary").orElseThrow());
        assertEquals("1000\t499500\trow\\n\\0999\n",
                post(http, base + "/?database=it", "SELECT count(), sum(id), max(s) FROM raw WHERE s LIKE 'row%'"));

        // query parameters and settings as URL parameters
        // TabSeparated output escapes the quote
        assertEquals("42\to\\'hara\\tx\n", post(http, base + "/?param_n=41&param_s=" + enc("o'hara\\tx") + "&max_threads=1",
                "SELECT {n:Int32} + 1, {s:String}"));
        assertEquals("1\n", post(http, base + "/?max_threads=1", "SELECT getSetting('max_threads')"));
        assertNotEquals("1\n", post(http, base + "/", "SELECT getSetting('max_threads')"), "settings do not leak");

        // errors as ClickHouse sends them
        HttpResponse<String> error = http.send(HttpRequest.newBuilder(URI.create(base + "/"))
                .POST(HttpRequest.BodyPublishers.ofString("SELECT * FROM nowhere.nothing")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(404, error.statusCode());
        assertEquals("81", error.headers().firstValue("X-ClickHouse-Exception-Code").orElseThrow());
        assertTrue(error.body().startsWith("Code: 81. DB::Exception: "), error.body());
    }

    @Test
    void queryParametersThroughThePreparedStatement() throws Exception {
        try (Connection c = connect("it")) {
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TABLE events (id UInt32, at DateTime64(3, 'UTC'), team LowCardinality(String), "
                        + "note String) ENGINE = MergeTree ORDER BY id");
                s.execute("INSERT INTO events SELECT number, toDateTime64('2025-05-01 00:00:00', 3, 'UTC') + toIntervalMinute(number), "
                        + "if(number % 2 = 0, 'even', 'odd'), concat('n', toString(number)) FROM numbers(100)");
            }
            Instant from = Instant.parse("2025-05-01T00:10:00Z");
            OffsetDateTime to = OffsetDateTime.of(2025, 5, 1, 2, 20, 0, 0, ZoneOffset.ofHours(2)); // 00:20Z
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT count(), min(id), max(id) FROM events WHERE team = ? AND at >= ? AND at < ? AND id <> ?")) {
                ps.setString(1, "even");
                ps.setObject(2, from);
                ps.setObject(3, to);
                ps.setInt(4, 12);
                try (ResultSet rs = ps.executeQuery()) {
                    assertTrue(rs.next());
                    assertEquals(4, rs.getLong(1)); // 10, 14, 16, 18
                    assertEquals(10, rs.getLong(2));
                    assertEquals(18, rs.getLong(3));
                }
            }
            try (PreparedStatement ps = c.prepareStatement("SELECT ?, ?, ?")) {
                String tricky = "o'hara \\ \"x\" \t ?";
                ps.setString(1, tricky);
                ps.setInt(2, -7);
                ps.setTimestamp(3, Timestamp.from(from));
                try (ResultSet rs = ps.executeQuery()) {
                    assertTrue(rs.next());
                    assertEquals(tricky, rs.getString(1));
                    assertEquals(-7, rs.getInt(2));
                }
            }
        }
        // client-v2 sends {name:Type} parameters as param_<name> URL parameters
        try (Client client = new Client.Builder().addEndpoint("http://127.0.0.1:" + server.port() + "/")
                .setUsername("default").setPassword("").compressServerResponse(false).setDefaultDatabase("it").build()) {
            Map<String, Object> params = new LinkedHashMap<>();
            params.put("team", "odd");
            params.put("limit", 5);
            List<GenericRecord> records = client.queryAll(
                    "SELECT id, note FROM events WHERE team = {team:String} ORDER BY id LIMIT {limit:UInt32}", params);
            assertEquals(5, records.size());
            assertEquals(9, records.get(4).getLong("id"));
            assertEquals("n9", records.get(4).getString("note"));
        }
    }

    @Test
    void aSecondServerOnTheSameFolderIsRefused() throws Exception {
        IllegalStateException sameJvm = assertThrows(IllegalStateException.class, () -> EmbeddedClickHouse.start(dataDir, 0));
        assertTrue(sameJvm.getMessage().contains("already served"), sameJvm.getMessage());
        assertTrue(sameJvm.getMessage().contains(dataDir.getFileName().toString()), sameJvm.getMessage());

        // another process: the lock file keeps it out before it loads chDB
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process p = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                SecondProcess.class.getName(), dataDir.toString())
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(2, TimeUnit.MINUTES));
        assertEquals(3, p.exitValue(), out);
        assertTrue(out.contains("locked by another process"), out);

        // the server is still serving
        try (Connection c = connect()) {
            assertEquals(1, count(c, "SELECT 1"));
        }
    }

    @Test
    void restartKeepsData() throws Exception {
        try (Connection c = connect("it"); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE kept (id UInt32, v String) ENGINE = MergeTree ORDER BY id");
            s.execute("INSERT INTO kept SELECT number, toString(number) FROM numbers(1234)");
        }
        int oldPort = server.port();
        server.close();
        server.close(); // idempotent
        assertThrows(IOException.class, () -> HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + oldPort + "/ping")).build(),
                HttpResponse.BodyHandlers.ofString()));
        long t0 = System.nanoTime();
        server = EmbeddedClickHouse.start(dataDir, 0);
        LOG.info("restart on the same folder: {} ms", (System.nanoTime() - t0) / 1_000_000);
        assertTrue(Files.exists(dataDir.resolve(EmbeddedClickHouse.LOCK_FILE)));
        try (Connection c = connect("it")) {
            assertEquals(1234, count(c, "SELECT count() FROM kept"));
            assertEquals(1234L * 1233 / 2, count(c, "SELECT sum(id) FROM kept"));
        }

        // chDB boots one data directory per process: another folder works once this one is closed
        server.close();
        Path other = Path.of("target", "clickhouse-test-other-" + System.currentTimeMillis());
        try (EmbeddedClickHouse second = EmbeddedClickHouse.start(other, 0);
             Connection c = DriverManager.getConnection(second.jdbcUrl())) {
            assertEquals(0, count(c, "SELECT count() FROM system.databases WHERE name = 'it'"));
        }
        server = EmbeddedClickHouse.start(dataDir, 0);
        try (Connection c = connect("it")) {
            assertEquals(1234, count(c, "SELECT count() FROM kept"));
        }
    }

    private static String post(HttpClient http, String url, String body) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        return r.body();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** Tries to serve a folder another process holds; exits 3 with the error message. */
    public static final class SecondProcess {
        public static void main(String[] args) {
            try (EmbeddedClickHouse ignored = EmbeddedClickHouse.start(Path.of(args[0]), 0)) {
                System.out.println("started?!");
                System.exit(0);
            } catch (IllegalStateException e) {
                System.out.println(e.getMessage());
                System.exit(3);
            }
        }
    }
}

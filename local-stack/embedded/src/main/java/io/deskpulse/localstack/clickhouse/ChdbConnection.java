package io.deskpulse.localstack.clickhouse;

import java.lang.foreign.MemorySegment;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The single chDB connection of a server. chDB runs one engine per process and data directory, so
 * every statement goes through this object, one at a time (a fair lock): correctness over
 * concurrency. Each statement runs in the database its request names, with its request's settings,
 * and neither leaks into the next statement.
 */
final class ChdbConnection implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ChdbConnection.class);

    private final ChdbNative chdb;
    private final ReentrantLock lock = new ReentrantLock(true);
    private MemorySegment conn;
    /** Settings the server fixes for its connection (e.g. session_timezone): a request's own value is undone to these. */
    private final Map<String, String> baseSettings = new java.util.HashMap<>();

    ChdbConnection(ChdbNative chdb, Path dataDir) {
        this.chdb = chdb;
        this.conn = chdb.connect(List.of("clickhouse", "--path=" + dataDir.toAbsolutePath()));
    }

    /**
     * Runs one statement as an HTTP request would: in {@code database}, with {@code settings} applied for
     * this statement only, producing {@code format}.
     */
    ChdbNative.Result execute(String database, Map<String, String> settings, byte[] query, String format,
                              Map<String, String> params) {
        lock.lock();
        try {
            if (conn == null) {
                return new ChdbNative.Result(new byte[0],
                        "Code: 210. DB::Exception: the embedded ClickHouse server is closed. (NETWORK_ERROR)", 0, 0, 0, 0, 0);
            }
            // Always set the database: a previous statement (a USE, or one that failed half-way) must not
            // decide where this one runs. USE costs well under a millisecond.
            ChdbNative.Result use = run("USE " + quoteIdentifier(database));
            if (use.failed()) {
                return use;
            }
            List<String> applied = new ArrayList<>();
            try {
                for (Map.Entry<String, String> s : settings.entrySet()) {
                    ChdbNative.Result set = run("SET " + quoteIdentifier(s.getKey()) + " = " + quoteString(s.getValue()));
                    if (set.failed()) {
                        // Unknown or read-only settings are ignored, as the brief of this server allows.
                        LOG.debug("ignoring setting {}={}: {}", s.getKey(), s.getValue(), set.error());
                    } else {
                        applied.add(s.getKey());
                    }
                }
                return chdb.query(conn, query, format, params);
            } finally {
                for (String name : applied) {
                    String base = baseSettings.get(name);
                    ChdbNative.Result reset = run("SET " + quoteIdentifier(name) + " = "
                            + (base == null ? "DEFAULT" : quoteString(base)));
                    if (reset.failed()) {
                        LOG.warn("could not reset setting {}: {}", name, reset.error());
                    }
                }
            }
        } finally {
            lock.unlock();
        }
    }

    /** Sets a setting for every statement of this connection. */
    void setBaseSetting(String name, String value) {
        lock.lock();
        try {
            ChdbNative.Result set = run("SET " + quoteIdentifier(name) + " = " + quoteString(value));
            if (set.failed()) {
                throw new IllegalStateException("chDB refused SET " + name + ": " + set.error());
            }
            baseSettings.put(name, value);
        } finally {
            lock.unlock();
        }
    }

    /** Runs a statement in whatever database is current (startup and housekeeping). */
    ChdbNative.Result executeInternal(String sql, String format) {
        lock.lock();
        try {
            if (conn == null) {
                throw new IllegalStateException("connection closed");
            }
            return chdb.query(conn, sql.getBytes(StandardCharsets.UTF_8), format, Map.of());
        } finally {
            lock.unlock();
        }
    }

    private ChdbNative.Result run(String sql) {
        return chdb.query(conn, sql.getBytes(StandardCharsets.UTF_8), "TabSeparated", Map.of());
    }

    @Override
    public void close() {
        lock.lock();
        try {
            if (conn != null) {
                chdb.close(conn);
                conn = null;
            }
        } finally {
            lock.unlock();
        }
    }

    static String quoteIdentifier(String name) {
        return "`" + name.replace("\\", "\\\\").replace("`", "\\`") + "`";
    }

    static String quoteString(String value) {
        return "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }
}

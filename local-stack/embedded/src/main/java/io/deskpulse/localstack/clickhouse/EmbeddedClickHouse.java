package io.deskpulse.localstack.clickhouse;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A ClickHouse server for development and tests: chDB (ClickHouse's engine as a library) served over
 * the part of ClickHouse's HTTP interface that the official JDBC driver (clickhouse-jdbc 0.11) uses.
 *
 * <p>Statements run one at a time on a single chDB connection. chDB allows one data directory per
 * process, so a JVM holds at most one open instance (and a lock file in the data directory keeps other
 * processes out). The JVM must run with {@code LD_PRELOAD=$JAVA_HOME/lib/libjsig.so} and
 * {@code --enable-native-access=ALL-UNNAMED}.
 */
public final class EmbeddedClickHouse implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedClickHouse.class);
    static final String LOCK_FILE = "deskpulse-embedded-clickhouse.lock";
    private static final int HTTP_THREADS = 8;
    private static final String NO_DELAY = "sun.net.httpserver.nodelay";

    /** chDB boots one engine per process: the data directory of the open instance, if any. */
    private static Path openDataDir;

    private final Path dataDir;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private final ChdbConnection connection;
    private final HttpServer server;
    private final ExecutorService executor;
    private boolean closed;

    private EmbeddedClickHouse(Path dataDir, FileChannel lockChannel, FileLock lock, ChdbConnection connection,
                               HttpServer server, ExecutorService executor) {
        this.dataDir = dataDir;
        this.lockChannel = lockChannel;
        this.lock = lock;
        this.connection = connection;
        this.server = server;
        this.executor = executor;
    }

    /**
     * Opens (or creates) the data directory and serves it on 127.0.0.1:{@code port} (0 = a free port).
     *
     * @throws IllegalStateException if the folder is in use by another server, in this or another process
     */
    public static EmbeddedClickHouse start(Path dataDir, int port) {
        Path dir;
        try {
            Files.createDirectories(dataDir);
            dir = dataDir.toRealPath();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the ClickHouse data directory " + dataDir, e);
        }
        synchronized (EmbeddedClickHouse.class) {
            if (openDataDir != null) {
                throw new IllegalStateException(openDataDir.equals(dir)
                        ? "ClickHouse data directory " + dir + " is already served by an EmbeddedClickHouse in this JVM"
                        : "an EmbeddedClickHouse already serves " + openDataDir + " in this JVM; chDB runs one data "
                                + "directory per process, close it before serving " + dir);
            }
            FileChannel channel = null;
            FileLock fileLock = null;
            ChdbConnection connection = null;
            ExecutorService executor = null;
            try {
                channel = FileChannel.open(dir.resolve(LOCK_FILE), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                try {
                    fileLock = channel.tryLock();
                } catch (OverlappingFileLockException e) {
                    fileLock = null;
                }
                if (fileLock == null) {
                    throw new IllegalStateException("ClickHouse data directory " + dir
                            + " is locked by another process (" + LOCK_FILE + "): chDB allows one process per data "
                            + "directory; stop the other server or use another folder");
                }
                channel.truncate(0);
                channel.write(StandardCharsets.UTF_8.encode(ProcessHandle.current().pid() + "\n"));

                long t0 = System.nanoTime();
                DetachedStandardInput.detach();
                connection = new ChdbConnection(ChdbNative.get(), dir);
                check(connection.executeInternal("CREATE DATABASE IF NOT EXISTS `default`", "TabSeparated"));
                String timezone = new String(check(connection.executeInternal("SELECT timezone()", "TabSeparated")).data(),
                        StandardCharsets.UTF_8).trim();
                if (!timezone.equals("UTC") && !timezone.equals("Etc/UTC")) {
                    // the HTTP interface announces UTC (X-ClickHouse-Timezone): make it true whatever the host's zone
                    connection.setBaseSetting("session_timezone", "UTC");
                }
                // ClickHouse 26.2 made async inserts the default, and chDB then refuses some large inlined
                // INSERTs ("async inserts with both inlined and external data"): serve classic synchronous
                // inserts, which is what the driver's batches and the sink's checkpoints expect.
                connection.setBaseSetting("async_insert", "0");
                String version = new String(check(connection.executeInternal("SELECT version()", "TabSeparated")).data(),
                        StandardCharsets.UTF_8).trim();

                // The JDK server writes a response's headers and body separately; under Nagle's algorithm a
                // body of more than one segment then waits for the client's delayed ACK, 40 ms on Linux, on
                // top of the query (bin/bench warehouse: 50 ms for 200 rows that took 15). Read once per JVM,
                // when its first HttpServer starts; a value given on the command line wins.
                System.setProperty(NO_DELAY, System.getProperty(NO_DELAY, "true"));
                HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 64);
                executor = newExecutor();
                server.setExecutor(executor);
                server.createContext("/", new ClickHouseHttpHandler(connection, version));
                server.start();
                openDataDir = dir;
                LOG.info("Embedded ClickHouse (chDB {}) serving {} on 127.0.0.1:{} (started in {} ms)", version, dir,
                        server.getAddress().getPort(), (System.nanoTime() - t0) / 1_000_000);
                return new EmbeddedClickHouse(dir, channel, fileLock, connection, server, executor);
            } catch (IOException | RuntimeException e) {
                if (executor != null) {
                    executor.shutdownNow();
                }
                if (connection != null) {
                    connection.close();
                }
                closeQuietly(fileLock, channel);
                if (e instanceof IOException io) {
                    throw new UncheckedIOException("cannot start the embedded ClickHouse server on port " + port, io);
                }
                throw (RuntimeException) e;
            }
        }
    }

    private static ChdbNative.Result check(ChdbNative.Result result) {
        if (result.failed()) {
            throw new IllegalStateException("chDB startup statement failed: " + result.error());
        }
        return result;
    }

    private static ExecutorService newExecutor() {
        AtomicInteger n = new AtomicInteger();
        ThreadPoolExecutor pool = new ThreadPoolExecutor(HTTP_THREADS, HTTP_THREADS, 30, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), r -> {
                    Thread t = new Thread(r, "embedded-clickhouse-http-" + n.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                });
        pool.allowCoreThreadTimeOut(true);
        return pool;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** JDBC URL of database {@code default}. */
    public String jdbcUrl() {
        return jdbcUrl("default");
    }

    /** JDBC URL of {@code database}, with the options the driver needs against this server. */
    public String jdbcUrl(String database) {
        return "jdbc:clickhouse://127.0.0.1:" + port() + "/" + database + "?compress=false";
    }

    public Path dataDir() {
        return dataDir;
    }

    /** Stops the HTTP server, closes the chDB connection and releases the data directory. Idempotent. */
    @Override
    public void close() {
        synchronized (EmbeddedClickHouse.class) {
            if (closed) {
                return;
            }
            closed = true;
            try {
                server.stop(0);
                executor.shutdown();
                try {
                    if (!executor.awaitTermination(10, TimeUnit.SECONDS)) {
                        executor.shutdownNow();
                    }
                } catch (InterruptedException e) {
                    executor.shutdownNow();
                    Thread.currentThread().interrupt();
                }
                connection.close();
            } finally {
                closeQuietly(lock, lockChannel);
                if (dataDir.equals(openDataDir)) {
                    openDataDir = null;
                }
                LOG.info("Embedded ClickHouse on {} closed", dataDir);
            }
        }
    }

    private static void closeQuietly(FileLock lock, FileChannel channel) {
        try {
            if (lock != null && lock.isValid()) {
                lock.release();
            }
        } catch (IOException ignored) {
            // closing the channel releases it too
        }
        try {
            if (channel != null) {
                channel.close();
            }
        } catch (IOException ignored) {
            // nothing left to do
        }
    }

    @Override
    public String toString() {
        return "EmbeddedClickHouse[" + dataDir + " on 127.0.0.1:" + (closed ? "closed" : port()) + "]";
    }
}

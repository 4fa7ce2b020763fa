package io.deskpulse.localstack.clickhouse;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.slf4j.LoggerFactory;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_DOUBLE;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

/**
 * Bindings to the C API of libchdb ({@code programs/local/chdb.h} of chdb-io/chdb), through
 * {@code java.lang.foreign}. The library is loaded once per JVM and never unloaded.
 *
 * <p>Not thread-safe by itself: {@link ChdbConnection} serializes every call on a connection.
 */
final class ChdbNative {

    static final String LIBRARY_PROPERTY = "chdb.library";
    static final String LIBRARY_ENV = "CHDB_LIBRARY";

    /** What a query produced: the output bytes, or chDB's error text, plus its counters. */
    record Result(byte[] data, String error, long rowsRead, long bytesRead, long rowsWritten,
                  long bytesWritten, double elapsedSeconds) {
        boolean failed() {
            return error != null;
        }
    }

    private static volatile ChdbNative instance;

    private final Path library;
    private final MethodHandle connect;
    private final MethodHandle closeConn;
    private final MethodHandle queryN;
    private final MethodHandle queryWithParamsN;
    private final MethodHandle destroyResult;
    private final MethodHandle resultBuffer;
    private final MethodHandle resultLength;
    private final MethodHandle resultError;
    private final MethodHandle resultElapsed;
    private final MethodHandle resultRowsRead;
    private final MethodHandle resultBytesRead;
    private final MethodHandle resultRowsWritten;
    private final MethodHandle resultBytesWritten;

    private ChdbNative(Path library) {
        this.library = library;
        Linker linker = Linker.nativeLinker();
        SymbolLookup lookup = SymbolLookup.libraryLookup(library, Arena.global());
        // chdb_connection * chdb_connect(int argc, char ** argv)
        connect = handle(linker, lookup, "chdb_connect", FunctionDescriptor.of(ADDRESS, JAVA_INT, ADDRESS));
        // void chdb_close_conn(chdb_connection * conn)
        closeConn = handle(linker, lookup, "chdb_close_conn", FunctionDescriptor.ofVoid(ADDRESS));
        // chdb_result * chdb_query_n(chdb_connection conn, const char * query, size_t query_len,
        //                            const char * format, size_t format_len)
        queryN = handle(linker, lookup, "chdb_query_n",
                FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS, JAVA_LONG, ADDRESS, JAVA_LONG));
        // chdb_result * chdb_query_with_params_n(conn, query, query_len, format, format_len,
        //     const char * const * names, const size_t * name_lens,
        //     const char * const * values, const size_t * value_lens, size_t count)
        queryWithParamsN = handle(linker, lookup, "chdb_query_with_params_n",
                FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS, JAVA_LONG, ADDRESS, JAVA_LONG,
                        ADDRESS, ADDRESS, ADDRESS, ADDRESS, JAVA_LONG));
        destroyResult = handle(linker, lookup, "chdb_destroy_query_result", FunctionDescriptor.ofVoid(ADDRESS));
        resultBuffer = handle(linker, lookup, "chdb_result_buffer", FunctionDescriptor.of(ADDRESS, ADDRESS));
        resultLength = handle(linker, lookup, "chdb_result_length", FunctionDescriptor.of(JAVA_LONG, ADDRESS));
        resultError = handle(linker, lookup, "chdb_result_error", FunctionDescriptor.of(ADDRESS, ADDRESS));
        resultElapsed = handle(linker, lookup, "chdb_result_elapsed", FunctionDescriptor.of(JAVA_DOUBLE, ADDRESS));
        resultRowsRead = handle(linker, lookup, "chdb_result_rows_read", FunctionDescriptor.of(JAVA_LONG, ADDRESS));
        resultBytesRead = handle(linker, lookup, "chdb_result_bytes_read", FunctionDescriptor.of(JAVA_LONG, ADDRESS));
        resultRowsWritten = handle(linker, lookup, "chdb_result_rows_written", FunctionDescriptor.of(JAVA_LONG, ADDRESS));
        resultBytesWritten = handle(linker, lookup, "chdb_result_bytes_written", FunctionDescriptor.of(JAVA_LONG, ADDRESS));
    }

    private static MethodHandle handle(Linker linker, SymbolLookup lookup, String name, FunctionDescriptor fd) {
        MemorySegment symbol = lookup.find(name).orElseThrow(() -> new IllegalStateException(
                "libchdb does not export " + name + " (expected chDB 26.5.x, see bin/setup)"));
        return linker.downcallHandle(symbol, fd);
    }

    /** The library named by {@code -Dchdb.library}, else {@code $CHDB_LIBRARY}, else the setup cache. */
    static Path libraryPath() {
        String configured = System.getProperty(LIBRARY_PROPERTY);
        if (configured == null || configured.isBlank()) {
            configured = System.getenv(LIBRARY_ENV);
        }
        if (configured == null || configured.isBlank()) {
            return Path.of(System.getProperty("user.home"), ".cache", "deskpulse", "chdb-26.5.3", "package", "libchdb.so");
        }
        return Path.of(configured);
    }

    static ChdbNative get() {
        ChdbNative local = instance;
        if (local != null) {
            return local;
        }
        synchronized (ChdbNative.class) {
            if (instance == null) {
                Path path = libraryPath().toAbsolutePath();
                if (!Files.isRegularFile(path)) {
                    throw new IllegalStateException("libchdb.so not found at " + path
                            + " (set -D" + LIBRARY_PROPERTY + " or $" + LIBRARY_ENV
                            + ", or run bin/setup to download chDB 26.5.3 into ~/.cache/deskpulse)");
                }
                String preload = System.getenv("LD_PRELOAD");
                if (preload == null || !preload.contains("libjsig")) {
                    LoggerFactory.getLogger(ChdbNative.class).warn(
                            "LD_PRELOAD does not name libjsig.so: a JVM that loads libchdb can hang or crash "
                                    + "on a StackOverflowError; start it with LD_PRELOAD=$JAVA_HOME/lib/libjsig.so");
                }
                instance = new ChdbNative(path);
            }
            return instance;
        }
    }

    Path library() {
        return library;
    }

    /** Opens a connection; returns the {@code chdb_connection *} (never NULL). */
    MemorySegment connect(List<String> args) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment argv = arena.allocate(ADDRESS, args.size() + 1L);
            for (int i = 0; i < args.size(); i++) {
                argv.setAtIndex(ADDRESS, i, arena.allocateFrom(args.get(i)));
            }
            argv.setAtIndex(ADDRESS, args.size(), MemorySegment.NULL);
            MemorySegment conn = (MemorySegment) connect.invokeExact(args.size(), argv);
            if (conn.equals(MemorySegment.NULL)) {
                throw new IllegalStateException("chdb_connect failed for " + args
                        + " (see the process's stderr for chDB's reason)");
            }
            return conn.reinterpret(ADDRESS.byteSize());
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException("chdb_connect failed", t);
        }
    }

    void close(MemorySegment connPtr) {
        try {
            closeConn.invokeExact(connPtr);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException("chdb_close_conn failed", t);
        }
    }

    /**
     * Runs one query. {@code params} are {@code {name:Type}} values in ClickHouse's escaped-text form
     * (as in the HTTP interface's {@code param_name}).
     */
    Result query(MemorySegment connPtr, byte[] query, String format, Map<String, String> params) {
        MemorySegment conn = connPtr.get(ADDRESS, 0);
        MemorySegment result;
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment q = arena.allocate(Math.max(1, query.length));
            MemorySegment.copy(query, 0, q, ValueLayout.JAVA_BYTE, 0, query.length);
            byte[] f = format.getBytes(StandardCharsets.UTF_8);
            MemorySegment fmt = arena.allocateFrom(format);
            if (params.isEmpty()) {
                result = (MemorySegment) queryN.invokeExact(conn, q, (long) query.length, fmt, (long) f.length);
            } else {
                int n = params.size();
                MemorySegment names = arena.allocate(ADDRESS, n);
                MemorySegment nameLens = arena.allocate(JAVA_LONG, n);
                MemorySegment values = arena.allocate(ADDRESS, n);
                MemorySegment valueLens = arena.allocate(JAVA_LONG, n);
                int i = 0;
                for (Map.Entry<String, String> e : params.entrySet()) {
                    byte[] name = e.getKey().getBytes(StandardCharsets.UTF_8);
                    byte[] value = e.getValue().getBytes(StandardCharsets.UTF_8);
                    names.setAtIndex(ADDRESS, i, bytes(arena, name));
                    nameLens.setAtIndex(JAVA_LONG, i, name.length);
                    values.setAtIndex(ADDRESS, i, bytes(arena, value));
                    valueLens.setAtIndex(JAVA_LONG, i, value.length);
                    i++;
                }
                result = (MemorySegment) queryWithParamsN.invokeExact(conn, q, (long) query.length,
                        fmt, (long) f.length, names, nameLens, values, valueLens, (long) n);
            }
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException("chdb query call failed", t);
        }
        if (result.equals(MemorySegment.NULL)) {
            return new Result(new byte[0], "Code: 1001. DB::Exception: chDB returned no result (connection closed?)",
                    0, 0, 0, 0, 0);
        }
        try {
            MemorySegment err = (MemorySegment) resultError.invokeExact(result);
            if (!err.equals(MemorySegment.NULL)) {
                String message = err.reinterpret(Long.MAX_VALUE).getString(0, StandardCharsets.UTF_8);
                return new Result(new byte[0], message, 0, 0, 0, 0, 0);
            }
            long len = (long) resultLength.invokeExact(result);
            MemorySegment buf = (MemorySegment) resultBuffer.invokeExact(result);
            byte[] data;
            if (len <= 0 || buf.equals(MemorySegment.NULL)) {
                data = new byte[0];
            } else {
                if (len > Integer.MAX_VALUE - 16) {
                    return new Result(new byte[0], "Code: 396. DB::Exception: result of " + len
                            + " bytes is too large for the embedded server (TOO_MANY_ROWS_OR_BYTES)", 0, 0, 0, 0, 0);
                }
                data = buf.reinterpret(len).toArray(ValueLayout.JAVA_BYTE);
            }
            return new Result(data, null,
                    (long) resultRowsRead.invokeExact(result),
                    (long) resultBytesRead.invokeExact(result),
                    (long) resultRowsWritten.invokeExact(result),
                    (long) resultBytesWritten.invokeExact(result),
                    (double) resultElapsed.invokeExact(result));
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException("reading a chdb result failed", t);
        } finally {
            try {
                destroyResult.invokeExact(result);
            } catch (Throwable ignored) {
                // nothing sensible to do: the result is leaked
            }
        }
    }

    private static MemorySegment bytes(Arena arena, byte[] value) {
        MemorySegment s = arena.allocate(value.length + 1L);
        MemorySegment.copy(value, 0, s, ValueLayout.JAVA_BYTE, 0, value.length);
        s.set(ValueLayout.JAVA_BYTE, value.length, (byte) 0);
        return s;
    }
}

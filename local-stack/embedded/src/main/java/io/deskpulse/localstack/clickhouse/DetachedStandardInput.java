package io.deskpulse.localstack.clickhouse;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.SymbolLookup;
import java.lang.invoke.MethodHandle;

/**
 * chDB behaves like {@code clickhouse-local}: when the process's standard input is not a terminal
 * and holds data, an INSERT reads that data after its own VALUES. Under Maven Surefire the test
 * JVM's standard input carries Surefire's commands, so an INSERT now and then failed to parse
 * ({@code ':maven-surefire-command::noop:'}) or, with async inserts on, was refused outright. The
 * server's process therefore reads {@code /dev/null} as standard input, as a service would; Surefire
 * talks to its forks over TCP instead (the parent pom's {@code forkNode}).
 */
final class DetachedStandardInput {

    private static final int O_RDONLY = 0;
    private static boolean detached;

    private DetachedStandardInput() {}

    static synchronized void detach() {
        if (detached) {
            return;
        }
        Linker linker = Linker.nativeLinker();
        SymbolLookup libc = linker.defaultLookup();
        MethodHandle open = linker.downcallHandle(libc.find("open").orElseThrow(),
                FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_INT, JAVA_INT), Linker.Option.firstVariadicArg(2));
        MethodHandle dup2 = linker.downcallHandle(libc.find("dup2").orElseThrow(),
                FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_INT));
        MethodHandle close = linker.downcallHandle(libc.find("close").orElseThrow(),
                FunctionDescriptor.of(JAVA_INT, JAVA_INT));
        try (Arena arena = Arena.ofConfined()) {
            int devNull = (int) open.invokeExact(arena.allocateFrom("/dev/null"), O_RDONLY, 0);
            if (devNull < 0) {
                throw new IllegalStateException("cannot open /dev/null");
            }
            if (devNull != 0) {
                int result = (int) dup2.invokeExact(devNull, 0);
                int ignored = (int) close.invokeExact(devNull);
                if (result < 0) {
                    throw new IllegalStateException("cannot make /dev/null the standard input");
                }
            }
            detached = true;
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException("cannot detach the standard input", e);
        }
    }
}

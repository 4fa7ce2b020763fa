package io.deskpulse.localstack.junit;

import io.deskpulse.localstack.LocalServers;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * JUnit 5 extension: a real Kafka broker and a real ClickHouse engine, started once per test JVM
 * (on first use) and stopped when the JVM's tests are done. Tests receive {@link LocalStackEndpoints}
 * as a parameter:
 *
 * <pre>{@code
 * @ExtendWith(LocalStack.class)
 * class SomethingTest {
 *     @Test void works(LocalStackEndpoints stack) { ... stack.kafkaBootstrapServers() ... }
 * }
 * }</pre>
 */
public final class LocalStack implements ParameterResolver {

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == LocalStackEndpoints.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getRoot().getStore(ExtensionContext.Namespace.create(LocalStack.class))
                .computeIfAbsent(Servers.class, key -> Servers.start(), Servers.class)
                .endpoints();
    }

    /** Closed by JUnit at the end of the run, because the root store closes its AutoCloseable values. */
    private record Servers(LocalServers servers) implements AutoCloseable {

        static Servers start() {
            try {
                Path dir = Files.createTempDirectory(Path.of(System.getProperty("java.io.tmpdir")), "local-stack-");
                return new Servers(LocalServers.start(dir, 0, 0));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        LocalStackEndpoints endpoints() {
            return new LocalStackEndpoints(servers.kafkaBootstrapServers(), servers.clickHouseEndpoint());
        }

        @Override
        public void close() {
            servers.close();
        }
    }
}

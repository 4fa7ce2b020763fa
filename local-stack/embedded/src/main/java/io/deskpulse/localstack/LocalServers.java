package io.deskpulse.localstack;

import io.deskpulse.localstack.clickhouse.EmbeddedClickHouse;
import io.deskpulse.localstack.kafka.EmbeddedKafka;
import java.nio.file.Path;

/**
 * The two servers of the local stack, a Kafka broker and the ClickHouse engine, with their data in
 * one folder ({@code kafka/} and {@code clickhouse/}). Used by the tests' extension, the demo and
 * the benchmarks alike.
 */
public record LocalServers(EmbeddedKafka kafka, EmbeddedClickHouse clickHouse) implements AutoCloseable {

    /** Ports of 0 pick free ones. If ClickHouse cannot start, the broker is stopped again. */
    public static LocalServers start(Path dataDir, int kafkaPort, int clickHousePort) {
        EmbeddedKafka kafka = EmbeddedKafka.start(dataDir.resolve("kafka"), kafkaPort);
        try {
            return new LocalServers(kafka, EmbeddedClickHouse.start(dataDir.resolve("clickhouse"), clickHousePort));
        } catch (RuntimeException | Error e) {
            kafka.close();
            throw e;
        }
    }

    public String kafkaBootstrapServers() {
        return kafka.bootstrapServers();
    }

    /** The ClickHouse HTTP endpoint, e.g. {@code http://127.0.0.1:8123}. */
    public String clickHouseEndpoint() {
        return "http://127.0.0.1:" + clickHouse.port();
    }

    @Override
    public void close() {
        try {
            clickHouse.close();
        } finally {
            kafka.close();
        }
    }
}

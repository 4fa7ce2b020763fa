package io.deskpulse.bench;

import io.deskpulse.events.TicketEvent;
import io.deskpulse.ingestion.KafkaConfig;
import io.deskpulse.ingestion.TicketEventPublisher;
import io.deskpulse.localstack.LocalServers;
import io.deskpulse.warehouse.ClickHouseConfig;
import io.deskpulse.warehouse.MigrationRunner;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.Iterator;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.apache.flink.configuration.CheckpointingOptions;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.RestOptions;
import org.apache.flink.configuration.RestartStrategyOptions;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/**
 * A fresh embedded Kafka broker and ClickHouse engine (migrated) in a benchmark's own folder under
 * the bench directory ({@code -Ddeskpulse.bench.dir}, set by {@code bin/bench}).
 */
final class BenchStack implements AutoCloseable {

    private final LocalServers servers;
    private final ClickHouseConfig warehouse;

    private BenchStack(LocalServers servers) {
        this.servers = servers;
        this.warehouse = ClickHouseConfig.local(servers.clickHouseEndpoint());
    }

    /** The folder of one benchmark, emptied. */
    static Path freshDir(String name) {
        Path dir = Path.of(System.getProperty("deskpulse.bench.dir", "target/bench")).resolve(name).toAbsolutePath();
        try {
            if (Files.exists(dir)) {
                try (Stream<Path> paths = Files.walk(dir)) {
                    paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
            return Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static BenchStack start(Path dir) {
        LocalServers servers = LocalServers.start(dir, 0, 0);
        try {
            BenchStack stack = new BenchStack(servers);
            new MigrationRunner(stack.warehouse).migrate();
            return stack;
        } catch (RuntimeException e) {
            servers.close();
            throw e;
        }
    }

    KafkaConfig kafka(String topic, int partitions) {
        return new KafkaConfig(servers.kafkaBootstrapServers(), topic, partitions);
    }

    String bootstrapServers() {
        return servers.kafkaBootstrapServers();
    }

    ClickHouseConfig warehouse() {
        return warehouse;
    }

    /**
     * A local Flink environment (a MiniCluster per job) with the given parallelism, no fixed REST
     * port, and no restarts: a failing job fails the benchmark instead of restarting unseen.
     * Checkpoints go to files in {@code checkpoints}: the default storage (in the JobManager's
     * memory) refuses a checkpoint over 5 MB, which the job's state passes after a few thousand
     * tickets. A finished bounded job does not wait for a last checkpoint (up to an interval).
     */
    static StreamExecutionEnvironment flink(int parallelism, Path checkpoints) {
        Configuration config = new Configuration();
        config.set(RestOptions.BIND_PORT, "0");
        config.set(RestartStrategyOptions.RESTART_STRATEGY, "none");
        config.set(CheckpointingOptions.CHECKPOINT_STORAGE, "filesystem");
        config.set(CheckpointingOptions.CHECKPOINTS_DIRECTORY, checkpoints.toUri().toString());
        config.set(CheckpointingOptions.ENABLE_CHECKPOINTS_AFTER_TASKS_FINISH, false);
        return StreamExecutionEnvironment.createLocalEnvironment(parallelism, config);
    }

    /** Publishes every event and waits for the broker's acknowledgements; returns how many. */
    static long publishAll(KafkaConfig kafka, Iterator<TicketEvent> events) throws Exception {
        Semaphore inFlight = new Semaphore(50_000); // bounded memory for the generator's output
        AtomicReference<Throwable> failure = new AtomicReference<>();
        long count = 0;
        CompletableFuture<?> last = CompletableFuture.completedFuture(null);
        try (TicketEventPublisher publisher = new TicketEventPublisher(kafka)) {
            while (events.hasNext()) {
                inFlight.acquire();
                last = publisher.publish(events.next()).whenComplete((metadata, error) -> {
                    inFlight.release();
                    if (error != null) {
                        failure.compareAndSet(null, error);
                    }
                });
                count++;
            }
            last.get();
        }
        if (failure.get() != null) {
            throw new IllegalStateException("publishing failed", failure.get());
        }
        return count;
    }

    /** {@code SELECT count() FROM table} (no FINAL: rows stored, before merges replace any). */
    long count(String table) throws SQLException {
        return single("SELECT count() FROM " + table);
    }

    /** Rows of a ReplacingMergeTree table after replacement: one per key. */
    long countFinal(String table) throws SQLException {
        return single("SELECT count() FROM " + table + " FINAL");
    }

    private long single(String sql) throws SQLException {
        try (Connection c = warehouse.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Override
    public void close() {
        servers.close();
    }
}

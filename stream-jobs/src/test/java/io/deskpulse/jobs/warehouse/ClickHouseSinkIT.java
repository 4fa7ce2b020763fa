package io.deskpulse.jobs.warehouse;

import static io.deskpulse.jobs.cells.TicketStory.ticket;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.deskpulse.events.Channel;
import io.deskpulse.events.TicketEvent;
import io.deskpulse.ingestion.TicketEventPublisher;
import io.deskpulse.jobs.JobConfig;
import io.deskpulse.jobs.JobTestStack;
import io.deskpulse.jobs.StreamJobs;
import io.deskpulse.localstack.junit.LocalStack;
import io.deskpulse.localstack.junit.LocalStackEndpoints;
import io.deskpulse.warehouse.ClickHouseConfig;
import java.net.URI;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The ClickHouse sink inside the real sla-monitor job: a checkpoint writes what is batched, and an
 * outage of the server (the network to it cut, then restored) loses nothing and doubles nothing.
 */
@ExtendWith(LocalStack.class)
class ClickHouseSinkIT {

    @RegisterExtension
    static final MiniClusterExtension FLINK = new MiniClusterExtension(new MiniClusterResourceConfiguration.Builder()
            .setNumberTaskManagers(1).setNumberSlotsPerTaskManager(2).build());

    private static final byte[] DEFAULT_POLICIES = JobConfig.fromEnvironment(Map.of()).slaConfiguration();

    @Test
    void aCheckpointWritesTheBatchWhateverItsSizeAndAge(LocalStackEndpoints stack) throws Exception {
        JobTestStack test = JobTestStack.prepare(stack, "sink-checkpoint");
        // Batches of a million rows or an hour: only the checkpoint (every second) can write these rows.
        JobConfig config = new JobConfig(2, Duration.ofSeconds(1), 1_000_000, Duration.ofHours(1), "sink-checkpoint",
                test.alertsTopic(), test.configTopic(), DEFAULT_POLICIES, false);
        JobClient job = StreamJobs.startSlaMonitor(StreamExecutionEnvironment.getExecutionEnvironment(),
                test.kafka().bootstrapServers(), test.kafka().ticketEventsTopic(), test.warehouse(), config);
        try {
            publishTickets(test, "CP-", 30);
            assertEquals(30, awaitCount(test.warehouse(), "tickets", 30));
        } finally {
            job.cancel().get();
        }
    }

    @Test
    void anOutageOfTheServerLosesNothingAndDoublesNothing(LocalStackEndpoints stack) throws Exception {
        JobTestStack test = JobTestStack.prepare(stack, "sink-outage");
        URI clickHouse = URI.create(stack.clickHouseEndpoint());
        try (NetworkOutage network = new NetworkOutage(clickHouse.getHost(), clickHouse.getPort())) {
            ClickHouseConfig throughTheNetwork = ClickHouseConfig.local("http://127.0.0.1:" + network.port())
                    .withDatabase(test.warehouse().database());
            JobConfig config = new JobConfig(2, Duration.ofSeconds(2), 1000, Duration.ofMillis(200), "sink-outage",
                    test.alertsTopic(), test.configTopic(), DEFAULT_POLICIES, false);
            JobClient job = StreamJobs.startSlaMonitor(StreamExecutionEnvironment.getExecutionEnvironment(),
                    test.kafka().bootstrapServers(), test.kafka().ticketEventsTopic(), throughTheNetwork, config);
            try {
                publishTickets(test, "BEFORE-", 20);
                assertEquals(20, awaitCount(test.warehouse(), "tickets", 20));

                network.cut();
                publishTickets(test, "DURING-", 20);
                Thread.sleep(6_000); // the sink retries with backoff meanwhile
                assertEquals(20, count(test.warehouse(), "tickets"), "nothing gets through while the network is cut");

                network.restore();
                assertEquals(40, awaitCount(test.warehouse(), "tickets", 40), "the backlog drains after the outage");
                assertEquals(80, awaitCount(test.warehouse(), "sla_clocks", 80), "two clocks per ticket");
            } finally {
                job.cancel().get();
            }
        }
        try (Connection c = test.warehouse().connect(); Statement s = c.createStatement()) {
            s.execute("OPTIMIZE TABLE tickets FINAL");
            s.execute("OPTIMIZE TABLE sla_clocks FINAL");
        }
        assertEquals(40, countWithoutFinal(test.warehouse(), "tickets"), "after merges: one row per ticket");
        assertEquals(80, countWithoutFinal(test.warehouse(), "sla_clocks"), "after merges: one row per clock");
    }

    private static void publishTickets(JobTestStack test, String prefix, int count) throws Exception {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        try (TicketEventPublisher publisher = new TicketEventPublisher(test.kafka())) {
            for (int i = 0; i < count; i++) {
                TicketEvent created = ticket(prefix + i)
                        .created(now.minusSeconds(60).toString(), "cn-east", "desk", "hardware/printer/jam", Channel.WEB)
                        .events().getFirst();
                publisher.publish(created).get();
            }
        }
    }

    private static long awaitCount(ClickHouseConfig warehouse, String table, long expected) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        long actual;
        do {
            actual = count(warehouse, table);
            if (actual == expected) {
                return actual;
            }
            Thread.sleep(250);
        } while (System.nanoTime() < deadline);
        return actual;
    }

    private static long count(ClickHouseConfig warehouse, String table) throws Exception {
        return single(warehouse, "SELECT count() FROM " + table + " FINAL");
    }

    private static long countWithoutFinal(ClickHouseConfig warehouse, String table) throws Exception {
        return single(warehouse, "SELECT count() FROM " + table);
    }

    private static long single(ClickHouseConfig warehouse, String sql) throws Exception {
        try (Connection c = warehouse.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}

package io.deskpulse.jobs.sla;

import static io.deskpulse.jobs.sla.TicketScenarios.created;
import static io.deskpulse.jobs.sla.TicketScenarios.publicReply;
import static io.deskpulse.jobs.sla.TicketScenarios.resolved;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.deskpulse.events.TicketEvent;
import io.deskpulse.ingestion.KafkaConfig;
import io.deskpulse.ingestion.TicketEventPublisher;
import io.deskpulse.ingestion.TicketTopics;
import io.deskpulse.jobs.JobConfig;
import io.deskpulse.jobs.StreamJobs;
import io.deskpulse.localstack.junit.LocalStack;
import io.deskpulse.localstack.junit.LocalStackEndpoints;
import io.deskpulse.warehouse.ClickHouseConfig;
import io.deskpulse.warehouse.MigrationRunner;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The whole job on a Flink MiniCluster, from a real Kafka broker into the embedded ClickHouse. */
@ExtendWith(LocalStack.class)
class SlaMonitorJobIT {

    @RegisterExtension
    static final MiniClusterExtension FLINK = new MiniClusterExtension(new MiniClusterResourceConfiguration.Builder()
            .setNumberTaskManagers(1).setNumberSlotsPerTaskManager(2).build());

    @Test
    void ticketEventsBecomeClocksAndTicketsInTheWarehouse(LocalStackEndpoints stack) throws Exception {
        KafkaConfig kafka = new KafkaConfig(stack.kafkaBootstrapServers(), "job-it-events", 3);
        ClickHouseConfig warehouse = ClickHouseConfig.local(stack.clickHouseEndpoint()).withDatabase("job_it");
        TicketTopics.ensureExist(kafka);
        new MigrationRunner(warehouse).migrate();

        Instant anHourAgo = Instant.now().minus(Duration.ofHours(1)).truncatedTo(ChronoUnit.SECONDS);
        List<TicketEvent> events = List.of(
                created("MET-1", anHourAgo),
                publicReply("MET-1", anHourAgo.plus(Duration.ofMinutes(12))),
                created("LATE-1", anHourAgo),
                resolved("LATE-1", anHourAgo.plus(Duration.ofMinutes(45))),
                created("SILENT-1", anHourAgo),
                created("FRESH-1", Instant.now().truncatedTo(ChronoUnit.SECONDS)));
        try (TicketEventPublisher publisher = new TicketEventPublisher(kafka)) {
            for (TicketEvent event : events) {
                publisher.publish(event).get();
            }
        }

        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        JobConfig config = new JobConfig(2, Duration.ofSeconds(2), 1000, Duration.ofMillis(200), "job-it", false);
        JobClient job = StreamJobs.startSlaMonitor(env, kafka.bootstrapServers(), kafka.ticketEventsTopic(),
                warehouse, config);
        try {
            Map<String, String> expected = new LinkedHashMap<>();
            expected.put("FRESH-1", "RUNNING NEW 0");
            expected.put("LATE-1", "BREACHED RESOLVED 2700");
            expected.put("MET-1", "MET NEW 720");
            expected.put("SILENT-1", "BREACHED NEW 1800");
            assertEquals(expected, awaitClocks(warehouse, expected, Duration.ofSeconds(60)));
        } finally {
            job.cancel().get();
        }
    }

    private static Map<String, String> awaitClocks(ClickHouseConfig warehouse, Map<String, String> expected,
            Duration timeout) throws SQLException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        Map<String, String> actual;
        do {
            actual = clocks(warehouse);
            if (actual.equals(expected)) {
                return actual;
            }
            Thread.sleep(250);
        } while (System.nanoTime() < deadline);
        return actual;
    }

    private static Map<String, String> clocks(ClickHouseConfig warehouse) throws SQLException {
        String sql = """
                SELECT c.ticket_id, c.state, t.status, c.used_seconds
                FROM sla_clocks AS c FINAL
                JOIN tickets AS t FINAL ON t.ticket_id = c.ticket_id
                WHERE c.metric = 'FIRST_RESPONSE'
                ORDER BY c.ticket_id""";
        Map<String, String> rows = new LinkedHashMap<>();
        try (Connection c = warehouse.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                rows.put(rs.getString(1), rs.getString(2) + " " + rs.getString(3) + " " + rs.getLong(4));
            }
        }
        return rows;
    }
}

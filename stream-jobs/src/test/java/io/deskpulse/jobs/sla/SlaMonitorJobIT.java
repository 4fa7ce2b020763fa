package io.deskpulse.jobs.sla;

import static io.deskpulse.jobs.sla.TicketScenarios.created;
import static io.deskpulse.jobs.sla.TicketScenarios.publicReply;
import static io.deskpulse.jobs.sla.TicketScenarios.resolved;
import static io.deskpulse.jobs.Eventually.await;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.deskpulse.events.DeadLetter;
import io.deskpulse.events.TicketEvent;
import io.deskpulse.events.TicketEventCodec;
import io.deskpulse.ingestion.KafkaConfig;
import io.deskpulse.ingestion.TicketEventPublisher;
import io.deskpulse.jobs.JobConfig;
import io.deskpulse.jobs.JobTestStack;
import io.deskpulse.jobs.StreamJobs;
import io.deskpulse.localstack.junit.LocalStack;
import io.deskpulse.localstack.junit.LocalStackEndpoints;
import io.deskpulse.warehouse.ClickHouseConfig;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.flink.core.execution.JobClient;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The whole job on a Flink MiniCluster, from a real Kafka broker into the embedded ClickHouse and
 * the alerts topic, with malformed records going to the dead-letter topic while the rest are
 * processed.
 */
@ExtendWith(LocalStack.class)
class SlaMonitorJobIT {

    @RegisterExtension
    static final MiniClusterExtension FLINK = new MiniClusterExtension(new MiniClusterResourceConfiguration.Builder()
            .setNumberTaskManagers(1).setNumberSlotsPerTaskManager(2).build());

    private static final byte[] LATER_CONFIGURATION = """
            {"version": "v2", "effectiveFrom": "2099-01-01T00:00:00Z",
             "calendars": [{"id": "office", "zone": "Europe/Berlin", "hours": {"MON": ["09:00-17:00"]},
                            "holidays": ["2099-12-25"]}],
             "policies": [{"id": "std", "match": {"region": ["east"]}, "calendar": "office",
                           "targets": {"FIRST_RESPONSE": 20, "NEXT_REPLY": 60, "RESOLUTION": 90}, "warnAt": [50]},
                          {"id": "rest", "match": {}, "calendar": "office",
                           "targets": {"FIRST_RESPONSE": 60, "NEXT_REPLY": 120, "RESOLUTION": 480}}]}
            """.getBytes(StandardCharsets.UTF_8);

    @Test
    void ticketEventsBecomeClocksAndTicketsInTheWarehouse(LocalStackEndpoints stack) throws Exception {
        JobTestStack test = JobTestStack.prepare(stack, "job-it");
        KafkaConfig kafka = test.kafka();
        ClickHouseConfig warehouse = test.warehouse();

        Instant twoHoursAgo = Instant.now().minus(Duration.ofHours(2)).truncatedTo(ChronoUnit.SECONDS);
        List<TicketEvent> events = List.of(
                created("MET-1", twoHoursAgo),
                publicReply("MET-1", twoHoursAgo.plus(Duration.ofMinutes(12))),
                created("LATE-1", twoHoursAgo),
                resolved("LATE-1", twoHoursAgo.plus(Duration.ofMinutes(45))),
                created("SILENT-1", twoHoursAgo),
                created("FRESH-1", Instant.now().truncatedTo(ChronoUnit.SECONDS)));
        try (TicketEventPublisher publisher = new TicketEventPublisher(kafka)) {
            for (TicketEvent event : events) {
                publisher.publish(event).get();
            }
        }
        byte[] notJson = "{\"eventId\": ".getBytes(StandardCharsets.UTF_8);
        byte[] badPriority = TicketEventCodec.encodeToString(created("BAD-2", twoHoursAgo))
                .replace("\"P2\"", "\"urgent\"").getBytes(StandardCharsets.UTF_8);
        try (KafkaProducer<String, byte[]> raw = new KafkaProducer<>(
                Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()),
                new StringSerializer(), new ByteArraySerializer())) {
            raw.send(new ProducerRecord<>(kafka.ticketEventsTopic(), "BAD-1", notJson)).get();
            raw.send(new ProducerRecord<>(kafka.ticketEventsTopic(), "BAD-2", badPriority)).get();
        }

        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        JobConfig config = new JobConfig(2, Duration.ofSeconds(2), 1000, Duration.ofMillis(200), "job-it",
                test.alertsTopic(), test.configTopic(), TicketScenarios.STANDARD_POLICY, false);
        JobClient job = StreamJobs.startSlaMonitor(env, kafka.bootstrapServers(), kafka.ticketEventsTopic(),
                warehouse, config);
        try {
            // Policy "std", 24x7: first response 30 min, resolution 60 min, a warning at 50 %.
            Map<String, String> expected = new LinkedHashMap<>();
            expected.put("FRESH-1 FIRST_RESPONSE", "RUNNING NEW 0");
            expected.put("FRESH-1 RESOLUTION", "RUNNING NEW 0");
            expected.put("LATE-1 FIRST_RESPONSE", "BREACHED RESOLVED 2700");
            expected.put("LATE-1 RESOLUTION", "MET RESOLVED 2700");
            expected.put("MET-1 FIRST_RESPONSE", "MET NEW 720");
            expected.put("MET-1 RESOLUTION", "BREACHED NEW 3600");
            expected.put("SILENT-1 FIRST_RESPONSE", "BREACHED NEW 3600"); // counts on after its breach
            expected.put("SILENT-1 RESOLUTION", "BREACHED NEW 3600");
            assertEquals(expected, await(expected, () -> clocks(warehouse)));
            List<String> expectedAlerts = List.of(
                    "LATE-1 FIRST_RESPONSE WARNING 50", "LATE-1 FIRST_RESPONSE BREACH 100",
                    "LATE-1 RESOLUTION WARNING 50",
                    "MET-1 RESOLUTION WARNING 50", "MET-1 RESOLUTION BREACH 100",
                    "SILENT-1 FIRST_RESPONSE WARNING 50", "SILENT-1 FIRST_RESPONSE BREACH 100",
                    "SILENT-1 RESOLUTION WARNING 50", "SILENT-1 RESOLUTION BREACH 100");
            assertEquals(expectedAlerts, await(expectedAlerts, () -> alerts(warehouse)));
            assertEquals(List.of("RUNNING " + twoHoursAgo + " " + twoHoursAgo.plus(Duration.ofMinutes(45)) + " null",
                            "STOPPED " + twoHoursAgo.plus(Duration.ofMinutes(45)) + " null DONE"),
                    timeline(warehouse, "LATE-1", "RESOLUTION"), "the clock explains itself");
            assertEquals(twoHoursAgo.plus(Duration.ofMinutes(30)).toString(), alertOnTopic(test.alertsTopic(),
                    stack.kafkaBootstrapServers(), "SILENT-1", "FIRST_RESPONSE", Duration.ofSeconds(30))
                    .get("at").asText());

            List<String> attainment = List.of("FIRST_RESPONSE 1 2", "RESOLUTION 1 2");
            assertEquals(attainment, await(attainment, () -> rows(warehouse, "SELECT concat(metric, ' ', toString(sum(met)),"
                    + " ' ', toString(sum(breached))) FROM sla_attainment_daily FINAL GROUP BY metric ORDER BY metric")),
                    "the clocks with an outcome, as daily attainment cells");

            List<String> history = List.of("TICKET_CREATED", "AGENT_REPLIED");
            assertEquals(history, await(history, () -> rows(warehouse,
                    "SELECT type FROM ticket_events FINAL WHERE ticket_id = 'MET-1' ORDER BY occurred_at")),
                    "every valid event is kept for the ticket's detail view");
            assertEquals(List.of("6"), rows(warehouse, "SELECT count() FROM ticket_events FINAL"), "bad records are not");
            assertEquals(List.of("C-1 VIP1 east"), rows(warehouse,
                    "SELECT concat(customer_id, ' ', tier, ' ', region) FROM customers FINAL"));
            assertEquals(List.of("east hardware-desk"), rows(warehouse,
                    "SELECT concat(region, ' ', team) FROM teams FINAL"), "dimensions follow from the events");

            // A later configuration version (not yet in force) lands beside the initial one.
            try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(
                    Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()),
                    new StringSerializer(), new ByteArraySerializer())) {
                producer.send(new ProducerRecord<>(test.configTopic(), "v2", LATER_CONFIGURATION)).get();
            }
            List<String> policies = List.of("std initial 1970-01-01 00:00:00.000 0 always [] 60",
                    "std v2 2099-01-01 00:00:00.000 0 office ['east'] 90",
                    "rest v2 2099-01-01 00:00:00.000 1 office [] 480");
            assertEquals(policies, await(policies, () -> rows(warehouse, "SELECT concat(policy_id, ' ', config_version,"
                    + " ' ', toString(effective_from), ' ', toString(position), ' ', calendar_id, ' ', toString(regions),"
                    + " ' ', toString(target_minutes['RESOLUTION'])) FROM sla_policies FINAL"
                    + " ORDER BY effective_from, position")), "every version of every policy");
            assertEquals(List.of("always initial UTC true []", "office v2 Europe/Berlin false ['2099-12-25']"),
                    rows(warehouse, "SELECT concat(calendar_id, ' ', config_version, ' ', zone, ' ',"
                            + " toString(always_open), ' ', toString(holidays)) FROM business_calendars FINAL"
                            + " ORDER BY effective_from"));

            Map<String, ConsumerRecord<String, byte[]>> letters = deadLetters(kafka, 2);
            assertEquals(Set.of("BAD-1", "BAD-2"), letters.keySet());
            assertArrayEquals(notJson, letters.get("BAD-1").value(), "the original bytes are kept");
            assertArrayEquals(badPriority, letters.get("BAD-2").value());
            assertEquals("field 'priority': must be one of [P1, P2, P3, P4], got 'urgent'",
                    header(letters.get("BAD-2"), DeadLetter.REASON_HEADER));
            assertTrue(header(letters.get("BAD-1"), DeadLetter.REASON_HEADER).startsWith("not valid JSON"));
            assertEquals(kafka.ticketEventsTopic(), header(letters.get("BAD-1"), DeadLetter.TOPIC_HEADER));
            assertTrue(Instant.parse(header(letters.get("BAD-1"), DeadLetter.REJECTED_AT_HEADER)).isAfter(twoHoursAgo));
        } finally {
            job.cancel().get();
        }
    }

    @Test
    void onAQuietStreamTheBreachReachesTheAlertsTopicWithNoFurtherEvent(LocalStackEndpoints stack) throws Exception {
        JobTestStack test = JobTestStack.prepare(stack, "quiet-it");
        KafkaConfig kafka = test.kafka();
        byte[] oneMinute = """
                {"calendars": [{"id": "always", "alwaysOpen": true}],
                 "policies": [{"id": "fast", "match": {}, "calendar": "always", "targets": {"FIRST_RESPONSE": 1}}]}
                """.getBytes(StandardCharsets.UTF_8);
        JobConfig config = new JobConfig(2, Duration.ofSeconds(2), 1000, Duration.ofMillis(200), "quiet-it",
                test.alertsTopic(), test.configTopic(), oneMinute, false);
        JobClient job = StreamJobs.startSlaMonitor(StreamExecutionEnvironment.getExecutionEnvironment(),
                kafka.bootstrapServers(), kafka.ticketEventsTopic(), test.warehouse(), config);
        try {
            // Due 20 s from now; after this event the stream stays silent, so its watermark stands still.
            Instant createdAt = Instant.now().truncatedTo(ChronoUnit.SECONDS).minusSeconds(40);
            try (TicketEventPublisher publisher = new TicketEventPublisher(kafka)) {
                publisher.publish(created("QUIET-1", createdAt)).get();
            }

            JsonNode breach = alertOnTopic(test.alertsTopic(), stack.kafkaBootstrapServers(), "QUIET-1",
                    "FIRST_RESPONSE", Duration.ofSeconds(90));

            assertEquals(createdAt.plusSeconds(60).toString(), breach.get("at").asText());
            Duration latency = Duration.between(Instant.parse(breach.get("at").asText()),
                    Instant.parse(breach.get("reportedAt").asText()));
            assertFalse(latency.isNegative(), "a breach is never reported before its instant: " + latency);
            System.out.println("quiet-stream breach reported " + latency.toMillis() + " ms after its instant");
        } finally {
            job.cancel().get();
        }
    }

    private static Map<String, ConsumerRecord<String, byte[]>> deadLetters(KafkaConfig kafka, int expected) {
        Map<String, ConsumerRecord<String, byte[]>> letters = new LinkedHashMap<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "job-it-dlq-reader",
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
                new StringDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(kafka.deadLetterTopic()));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (letters.size() < expected && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(record -> letters.put(record.key(), record));
            }
        }
        return letters;
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }

    private static Map<String, String> clocks(ClickHouseConfig warehouse) throws SQLException {
        String sql = """
                SELECT c.ticket_id, c.metric, c.state, t.status, c.used_seconds
                FROM sla_clocks AS c FINAL
                JOIN tickets AS t FINAL ON t.ticket_id = c.ticket_id
                ORDER BY c.ticket_id, c.metric""";
        Map<String, String> rows = new LinkedHashMap<>();
        try (Connection c = warehouse.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                rows.put(rs.getString(1) + " " + rs.getString(2),
                        rs.getString(3) + " " + rs.getString(4) + " " + rs.getLong(5));
            }
        }
        return rows;
    }

    private static List<String> timeline(ClickHouseConfig warehouse, String ticketId, String metric) throws Exception {
        String sql = "SELECT timeline FROM sla_clocks FINAL WHERE ticket_id = ? AND metric = ?";
        List<String> segments = new ArrayList<>();
        try (Connection c = warehouse.connect(); var q = c.prepareStatement(sql)) {
            q.setString(1, ticketId);
            q.setString(2, metric);
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                for (JsonNode segment : new ObjectMapper().readTree(rs.getString(1))) {
                    segments.add(segment.get("kind").asText() + " " + segment.get("from").asText() + " "
                            + segment.get("to").asText() + " " + segment.get("reason").asText());
                }
            }
        }
        return segments;
    }

    private static List<String> rows(ClickHouseConfig warehouse, String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection c = warehouse.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                rows.add(rs.getString(1));
            }
        }
        return rows;
    }

    private static List<String> alerts(ClickHouseConfig warehouse) throws SQLException {
        String sql = """
                SELECT concat(ticket_id, ' ', metric, ' ', kind, ' ', toString(pct)) FROM sla_alerts FINAL
                ORDER BY ticket_id, metric, at, pct""";
        List<String> rows = new ArrayList<>();
        try (Connection c = warehouse.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                rows.add(rs.getString(1));
            }
        }
        return rows;
    }

    /** The breach of {@code metric} of {@code ticketId} on the alerts topic, or null after {@code timeout}. */
    private static JsonNode alertOnTopic(String topic, String bootstrap, String ticketId, String metric,
            Duration timeout) throws Exception {
        ObjectMapper json = new ObjectMapper();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.GROUP_ID_CONFIG, topic + "-reader",
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
                new StringDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + timeout.toNanos();
            while (System.nanoTime() < deadline) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    JsonNode alert = json.readTree(record.value());
                    if (record.key().equals(ticketId) && alert.get("metric").asText().equals(metric)
                            && alert.get("kind").asText().equals("BREACH")) {
                        return alert;
                    }
                }
            }
        }
        return null;
    }
}

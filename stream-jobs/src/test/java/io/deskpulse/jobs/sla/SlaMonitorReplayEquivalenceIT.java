package io.deskpulse.jobs.sla;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.deskpulse.events.AgentReplied;
import io.deskpulse.events.Channel;
import io.deskpulse.events.CustomerReplied;
import io.deskpulse.events.Priority;
import io.deskpulse.events.PriorityChanged;
import io.deskpulse.events.StatusChanged;
import io.deskpulse.events.TicketAssigned;
import io.deskpulse.events.TicketCreated;
import io.deskpulse.events.TicketEvent;
import io.deskpulse.events.TicketReopened;
import io.deskpulse.events.TicketResolved;
import io.deskpulse.events.TicketStatus;
import io.deskpulse.ingestion.KafkaConfig;
import io.deskpulse.ingestion.TicketEventPublisher;
import io.deskpulse.jobs.JobTestStack;
import io.deskpulse.jobs.attainment.AttainmentRow;
import io.deskpulse.jobs.source.DeadLetterSink;
import io.deskpulse.jobs.source.TicketEventDeserializer;
import io.deskpulse.jobs.source.TicketEventSource;
import io.deskpulse.jobs.warehouse.ClickHouseSink;
import io.deskpulse.localstack.junit.LocalStack;
import io.deskpulse.localstack.junit.LocalStackEndpoints;
import io.deskpulse.sla.clock.ClockSnapshot;
import io.deskpulse.sla.clock.TicketSla;
import io.deskpulse.sla.policy.ConfigurationReader;
import io.deskpulse.sla.policy.PolicyBook;
import io.deskpulse.warehouse.ClickHouseConfig;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import java.util.UUID;
import org.apache.flink.connector.kafka.source.KafkaSource;
import org.apache.flink.connector.kafka.source.enumerator.initializer.OffsetsInitializer;
import org.apache.flink.connector.kafka.source.reader.deserializer.KafkaRecordDeserializationSchema;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The property behind "deterministic on replay": on random event logs (business calendars across a
 * DST change, pauses, priority changes, reopens, customer replies, repeated events, events out of
 * order within a ticket), the job's final clocks in ClickHouse equal what {@code sla-replay}'s
 * engine computes from the same log, field for field.
 */
@ExtendWith(LocalStack.class)
class SlaMonitorReplayEquivalenceIT {

    private static final long SEED = 20261123L;
    private static final int TICKETS = 150;

    private static final byte[] CONFIGURATION = """
            {"calendars": [
               {"id": "berlin", "zone": "Europe/Berlin",
                "hours": {"MON": ["08:00-12:00", "13:00-17:00"], "TUE": ["08:00-17:00"], "WED": ["08:00-17:00"],
                          "THU": ["08:00-17:00"], "FRI": ["08:00-15:00"], "SAT": ["01:00-04:00"]},
                "holidays": ["2026-03-31"]},
               {"id": "always", "alwaysOpen": true}],
             "policies": [
               {"id": "p1", "match": {"priority": ["P1"]}, "calendar": "always",
                "targets": {"FIRST_RESPONSE": 20, "NEXT_REPLY": 30, "RESOLUTION": 90}, "warnAt": [25, 50, 75]},
               {"id": "office", "match": {"priority": ["P2", "P3"]}, "calendar": "berlin",
                "targets": {"FIRST_RESPONSE": 60, "NEXT_REPLY": 45, "RESOLUTION": 300}, "warnAt": [50, 90],
                "pauseOn": ["ON_HOLD", "PENDING_CUSTOMER"]}]}
            """.getBytes(StandardCharsets.UTF_8);

    @RegisterExtension
    static final MiniClusterExtension FLINK = new MiniClusterExtension(new MiniClusterResourceConfiguration.Builder()
            .setNumberTaskManagers(1).setNumberSlotsPerTaskManager(2).build());

    @Test
    void theJobsFinalClocksEqualTheReplayOfTheSameLog(LocalStackEndpoints stack) throws Exception {
        JobTestStack test = JobTestStack.prepare(stack, "equivalence");
        KafkaConfig kafka = test.kafka();
        ClickHouseConfig warehouse = test.warehouse();

        Random random = new Random(SEED);
        Map<String, List<TicketEvent>> arrivals = new LinkedHashMap<>();
        for (int i = 0; i < TICKETS; i++) {
            String ticketId = "EQ-" + i;
            arrivals.put(ticketId, arrivalOrder(random, randomLog(random, ticketId)));
        }
        publishInterleaved(kafka, arrivals, random);

        runJobToTheEndOfTheTopic(test);

        List<String> expected = expectedClocks(arrivals);
        assertTrue(expected.size() > TICKETS, "the log makes clocks of every kind: " + expected.size());
        assertEquals(expected, actualClocks(warehouse), "seed " + SEED);
    }

    private static void runJobToTheEndOfTheTopic(JobTestStack test) throws Exception {
        KafkaConfig kafka = test.kafka();
        ClickHouseConfig warehouse = test.warehouse();
        KafkaSource<io.deskpulse.jobs.source.ConsumedRecord> source = KafkaSource
                .<io.deskpulse.jobs.source.ConsumedRecord>builder()
                .setBootstrapServers(kafka.bootstrapServers())
                .setTopics(kafka.ticketEventsTopic())
                .setGroupId("equivalence")
                .setStartingOffsets(OffsetsInitializer.earliest())
                .setBounded(OffsetsInitializer.latest())
                .setDeserializer(new TicketEventDeserializer())
                .build();
        SlaMonitorJob job = new SlaMonitorJob(source, TicketEventSource.watermarks(),
                new SlaMonitorJob.Sinks(
                        new ClickHouseSink<>(warehouse, ClockRow.TABLE, 2000, Duration.ofMillis(200)),
                        new ClickHouseSink<>(warehouse, TicketRow.TABLE, 2000, Duration.ofMillis(200)),
                        new ClickHouseSink<>(warehouse, AlertRow.TABLE, 2000, Duration.ofMillis(200)),
                        AlertTopicSink.kafka(kafka.bootstrapServers(), test.alertsTopic()),
                        DeadLetterSink.kafka(kafka.bootstrapServers(), kafka.deadLetterTopic()),
                        new ClickHouseSink<>(warehouse, EventRow.TABLE, 2000, Duration.ofMillis(200)),
                        new ClickHouseSink<>(warehouse, AttainmentRow.TABLE, 2000, Duration.ofMillis(200)),
                        new ClickHouseSink<>(warehouse, ConfigurationItem.POLICIES, 2000, Duration.ofMillis(200)),
                        new ClickHouseSink<>(warehouse, ConfigurationItem.CALENDARS, 2000, Duration.ofMillis(200))),
                CONFIGURATION,
                KafkaSource.<byte[]>builder()
                        .setBootstrapServers(kafka.bootstrapServers())
                        .setTopics(test.configTopic())
                        .setStartingOffsets(OffsetsInitializer.earliest())
                        .setBounded(OffsetsInitializer.latest())
                        .setDeserializer(KafkaRecordDeserializationSchema.valueOnly(ByteArrayDeserializer.class))
                        .build());
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        env.setParallelism(2);
        job.build(env);
        env.execute("equivalence"); // bounded: ends after the last record, with every timer fired
    }

    private static List<String> expectedClocks(Map<String, List<TicketEvent>> arrivals) throws Exception {
        PolicyBook book = ConfigurationReader.read(CONFIGURATION);
        TreeSet<String> rows = new TreeSet<>();
        for (List<TicketEvent> events : arrivals.values()) {
            TicketSla sla = TicketSla.replay(events, book);
            if (sla == null) {
                continue;
            }
            // The end of a bounded input fires every timer: the engine runs to its last deadline.
            for (Instant deadline = sla.nextDeadline(); deadline != null; deadline = sla.nextDeadline()) {
                sla.advanceTo(deadline);
            }
            for (ClockSnapshot c : sla.snapshots()) {
                rows.add(String.join(" ", c.ticketId(), c.metric().name(), String.valueOf(c.cycle()), c.policyId(),
                        String.valueOf(c.targetSeconds()), c.state().name(), seconds(c.startedAt()),
                        seconds(c.stoppedAt()), seconds(c.dueAt()), seconds(c.breachedAt()),
                        String.valueOf(c.usedSeconds()), String.valueOf(c.pausedSeconds())));
            }
        }
        return new ArrayList<>(rows);
    }

    private static List<String> actualClocks(ClickHouseConfig warehouse) throws Exception {
        String sql = """
                SELECT concat_ws(' ', ticket_id, metric, toString(cycle), policy_id, toString(target_seconds), state,
                       toString(toUnixTimestamp(started_at)), ifNull(toString(toUnixTimestamp(stopped_at)), '-'),
                       ifNull(toString(toUnixTimestamp(due_at)), '-'), ifNull(toString(toUnixTimestamp(breached_at)), '-'),
                       toString(used_seconds), toString(paused_seconds))
                FROM sla_clocks FINAL""";
        TreeSet<String> rows = new TreeSet<>();
        try (Connection c = warehouse.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                rows.add(rs.getString(1));
            }
        }
        return new ArrayList<>(rows);
    }

    private static String seconds(Instant instant) {
        return instant == null ? "-" : String.valueOf(instant.getEpochSecond());
    }

    /** A creation, then up to 12 events in time order, some at the same instant, around a DST change. */
    private static List<TicketEvent> randomLog(Random random, String ticketId) {
        Instant at = Instant.parse("2026-03-27T06:00:00Z").plusSeconds(random.nextInt(3 * 86_400));
        List<TicketEvent> events = new ArrayList<>();
        events.add(new TicketCreated(UUID.randomUUID(), ticketId, at, "test", "C-1", "VIP1", "east", "desk",
                "hardware/printer", Priority.values()[random.nextInt(4)], Channel.EMAIL, "subject"));
        for (int i = random.nextInt(13); i > 0; i--) {
            at = at.plusSeconds(random.nextInt(4) == 0 ? 0 : random.nextInt(3 * 3600));
            events.add(switch (random.nextInt(9)) {
                case 0 -> new AgentReplied(UUID.randomUUID(), ticketId, at, "test", "a1", true);
                case 1 -> new AgentReplied(UUID.randomUUID(), ticketId, at, "test", "a1", false);
                case 2, 3 -> new CustomerReplied(UUID.randomUUID(), ticketId, at, "test");
                case 4 -> new StatusChanged(UUID.randomUUID(), ticketId, at, "test",
                        TicketStatus.values()[random.nextInt(TicketStatus.values().length)], "random");
                case 5 -> new PriorityChanged(UUID.randomUUID(), ticketId, at, "test",
                        Priority.values()[random.nextInt(4)]);
                case 6 -> new TicketResolved(UUID.randomUUID(), ticketId, at, "test", "a1", "fixed", false);
                case 7 -> new TicketReopened(UUID.randomUUID(), ticketId, at, "test", "random");
                default -> new TicketAssigned(UUID.randomUUID(), ticketId, at, "test", "a1", "desk");
            });
        }
        return events;
    }

    /** The order events reach Kafka in: mostly in time, some swapped with a neighbour, some repeated. */
    private static List<TicketEvent> arrivalOrder(Random random, List<TicketEvent> inTime) {
        List<TicketEvent> arrival = new ArrayList<>(inTime);
        for (int i = 1; i < arrival.size(); i++) {
            if (random.nextInt(6) == 0) {
                Collections.swap(arrival, i - 1, i);
            }
        }
        if (!arrival.isEmpty() && random.nextInt(5) == 0) {
            arrival.add(arrival.get(random.nextInt(arrival.size())));
        }
        return arrival;
    }

    /** Tickets interleaved at random; each ticket's own events keep their arrival order (one partition). */
    private static void publishInterleaved(KafkaConfig kafka, Map<String, List<TicketEvent>> arrivals, Random random)
            throws Exception {
        List<String> turns = new ArrayList<>();
        arrivals.forEach((ticketId, events) -> events.forEach(e -> turns.add(ticketId)));
        Collections.shuffle(turns, random);
        Map<String, Integer> next = new LinkedHashMap<>();
        try (TicketEventPublisher publisher = new TicketEventPublisher(kafka)) {
            for (String ticketId : turns) {
                int index = next.merge(ticketId, 1, Integer::sum) - 1;
                publisher.publish(arrivals.get(ticketId).get(index));
            }
            publisher.publish(arrivals.get(turns.getLast()).getLast()).get(); // a repeat: flushes, changes nothing
        }
    }

}

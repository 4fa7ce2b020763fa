package io.deskpulse.jobs;

import static io.deskpulse.jobs.cells.TicketStory.sequel;
import static io.deskpulse.jobs.cells.TicketStory.ticket;
import static io.deskpulse.jobs.Eventually.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.deskpulse.events.Channel;
import io.deskpulse.events.TicketEvent;
import io.deskpulse.ingestion.KafkaConfig;
import io.deskpulse.ingestion.TicketEventPublisher;
import io.deskpulse.jobs.cells.RegionZones;
import io.deskpulse.jobs.cells.TicketFact;
import io.deskpulse.jobs.cells.TicketStory;
import io.deskpulse.jobs.satisfaction.SatisfactionJob;
import io.deskpulse.jobs.satisfaction.SatisfactionRow;
import io.deskpulse.jobs.source.ConsumedRecord;
import io.deskpulse.jobs.source.SlaAlertFacts;
import io.deskpulse.jobs.source.TicketEventDeserializer;
import io.deskpulse.jobs.source.TicketEventSource;
import io.deskpulse.jobs.warehouse.ClickHouseSink;
import io.deskpulse.jobs.workload.WorkloadJob;
import io.deskpulse.jobs.workload.WorkloadDayRow;
import io.deskpulse.jobs.workload.WorkloadRow;
import io.deskpulse.localstack.junit.LocalStack;
import io.deskpulse.localstack.junit.LocalStackEndpoints;
import io.deskpulse.warehouse.ClickHouseConfig;
import io.deskpulse.warehouse.MigrationRunner;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.flink.connector.kafka.source.KafkaSource;
import org.apache.flink.connector.kafka.source.enumerator.initializer.OffsetsInitializer;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The workload and satisfaction jobs on a Flink MiniCluster, from a real broker into the embedded
 * ClickHouse, read back with the queries the dashboards use: first live, then corrected by late
 * events, then replayed from the beginning of the topics into a second database and into the same
 * one.
 */
@ExtendWith(LocalStack.class)
class CellJobsIT {

    @RegisterExtension
    static final MiniClusterExtension FLINK = new MiniClusterExtension(new MiniClusterResourceConfiguration.Builder()
            .setNumberTaskManagers(1).setNumberSlotsPerTaskManager(4).build());

    private static final RegionZones ZONES = RegionZones.parse(RegionZones.DEFAULT);

    /** Per team and agent of a region: created, assigned, resolved, public replies, minutes, warnings, breaches. */
    private static final String AGENT_TOTALS = """
            SELECT team, agent, sum(created), sum(assigned), sum(resolved), sum(public_replies), sum(work_minutes),
                   sum(warnings), sum(breaches)
            FROM workload_hourly FINAL WHERE region = ? GROUP BY team, agent ORDER BY team, agent""";
    /** The region's backlog at the end of each hour with a change: the running sum of the deltas. */
    private static final String BACKLOG = """
            SELECT toString(hour), sum(sum(backlog_delta)) OVER (ORDER BY hour)
            FROM workload_hourly FINAL WHERE region = ? GROUP BY hour ORDER BY hour""";
    /** Tickets created per hour of the week, in the region's local time. */
    private static final String HOUR_OF_WEEK = """
            SELECT local_weekday, local_hour, sum(created) FROM workload_hourly FINAL WHERE region = ?
            GROUP BY local_weekday, local_hour HAVING sum(created) > 0 ORDER BY local_weekday, local_hour""";
    /** The region's satisfaction roll-up: resolutions, first contact, reopened, answered, CSAT 4-5, NPS. */
    private static final String SATISFACTION = """
            SELECT sum(resolutions), sum(first_contact_resolutions), sum(reopened_resolutions), sum(surveys_answered),
                   sum(csat_4 + csat_5), sum(nps_promoters), sum(nps_detractors)
            FROM satisfaction_daily FINAL WHERE region = ?""";
    private static final String ALL_WORKLOAD = """
            SELECT region, hour, team, agent, local_weekday, local_hour, created, assigned, resolved, reopened,
                   backlog_delta, public_replies, work_minutes, warnings, breaches
            FROM workload_hourly FINAL WHERE region = ? ORDER BY region, hour, team, agent""";
    /** The hourly cells summed by UTC day: what the daily cells must hold. */
    private static final String HOURS_BY_DAY = """
            SELECT region, toDate(hour) AS day, team, agent, sum(created), sum(assigned), sum(resolved), sum(reopened),
                   sum(backlog_delta), sum(public_replies), sum(work_minutes), sum(warnings), sum(breaches)
            FROM workload_hourly FINAL WHERE region = ? GROUP BY region, day, team, agent
            ORDER BY region, day, team, agent""";
    private static final String ALL_DAYS = """
            SELECT region, day, team, agent, created, assigned, resolved, reopened, backlog_delta, public_replies,
                   work_minutes, warnings, breaches
            FROM workload_daily FINAL WHERE region = ? ORDER BY region, day, team, agent""";
    private static final String ALL_SATISFACTION = """
            SELECT * EXCEPT version FROM satisfaction_daily FINAL WHERE region = ?
            ORDER BY region, day, team, agent, category, channel""";

    @Test
    void cellsAreLiveCorrectedByLateEventsAndTheSameAfterAReplay(LocalStackEndpoints stack) throws Exception {
        JobTestStack test = JobTestStack.prepare(stack, "cells-it");
        KafkaConfig kafka = test.kafka();
        ClickHouseConfig warehouse = test.warehouse();

        TicketStory t1 = ticket("CN-1")
                .created("2026-03-02T01:40:00Z", "cn-east", "desk", "hardware/printer/jam", Channel.EMAIL)
                .assigned("2026-03-02T01:50:00Z", "a1", "printers")
                .publicReply("2026-03-02T02:05:00Z", "a1")
                .worked("2026-03-02T02:10:00Z", "a1", 30)
                .resolved("2026-03-02T03:20:00Z", "a1", true)
                .rated("2026-03-02T04:00:00Z", 5, 10);
        TicketStory t2 = ticket("CN-2")
                .created("2026-03-02T02:15:00Z", "cn-east", "desk", "software/email/sync", Channel.WEB)
                .assigned("2026-03-02T02:20:00Z", "a2", "printers")
                .resolved("2026-03-02T06:00:00Z", "a2", false);
        TicketStory t3 = ticket("CN-3")
                .created("2026-03-02T02:30:00Z", "cn-east", "desk", "network/vpn/connect", Channel.CHAT);
        List<TicketEvent> firstEvents = new ArrayList<>();
        firstEvents.addAll(t1.events());
        firstEvents.addAll(t2.events());
        firstEvents.addAll(t3.events());
        firstEvents.addAll(generatedTickets(60));
        publish(kafka, firstEvents);
        publishAlerts(stack, test.alertsTopic(), List.of(
                alert("CN-3", "WARNING", 75, "2026-03-02T02:52:30Z"),
                alert("CN-3", "BREACH", 100, "2026-03-02T03:00:00Z"),
                alert("CN-3", "BREACH", 100, "2026-03-02T03:00:00Z")));

        JobConfig config = new JobConfig(2, Duration.ofSeconds(2), 1000, Duration.ofMillis(200), "cells-it",
                test.alertsTopic(), test.configTopic(), new byte[0], false);
        JobClient workload = StreamJobs.startWorkload(StreamExecutionEnvironment.getExecutionEnvironment(),
                kafka.bootstrapServers(), kafka.ticketEventsTopic(), warehouse, config, ZONES);
        JobClient satisfaction = StreamJobs.startSatisfaction(StreamExecutionEnvironment.getExecutionEnvironment(),
                kafka.bootstrapServers(), kafka.ticketEventsTopic(), warehouse, config, ZONES);
        try {
            List<String> agents = List.of(
                    "desk  3 0 0 0 0 1 1",          // CN-3's warning and breach came while nobody owned it
                    "printers a1 0 1 1 1 30 0 0",
                    "printers a2 0 1 1 0 0 0 0");
            assertEquals(agents, await(agents, () -> query(warehouse, AGENT_TOTALS, "cn-east")));
            assertEquals(List.of("2026-03-02 01:00:00 1", "2026-03-02 02:00:00 3", "2026-03-02 03:00:00 2",
                    "2026-03-02 06:00:00 1"), query(warehouse, BACKLOG, "cn-east"), "09:00, 10:00, 11:00, 14:00 local");
            assertEquals(List.of("1 9 1", "1 10 2"), query(warehouse, HOUR_OF_WEEK, "cn-east"),
                    "Monday 09:00 and 10:00 in Shanghai");
            List<String> satisfied = List.of("2 1 0 1 1 1 0");
            assertEquals(satisfied, await(satisfied, () -> query(warehouse, SATISFACTION, "cn-east")));

            // Late: CN-1 reopened within 7 days (no longer first contact), a survey for CN-2 days after its
            // resolution, and a reply to CN-3 that happened before the alerts but arrives now.
            publish(kafka, List.of(
                    sequel("CN-1", "late").reopened("2026-03-04T01:00:00Z").events().getFirst(),
                    sequel("CN-2", "late").rated("2026-03-06T08:00:00Z", 2, 3).events().getFirst(),
                    sequel("CN-3", "late").publicReply("2026-03-02T02:40:00Z", "a3").events().getFirst()));
            List<String> corrected = List.of("2 0 1 2 1 1 1");
            assertEquals(corrected, await(corrected, () -> query(warehouse, SATISFACTION, "cn-east")));
            List<String> agentsCorrected = List.of(
                    "desk  3 0 0 0 0 1 1",
                    "desk a3 0 0 0 1 0 0 0",
                    "printers a1 0 1 1 1 30 0 0",
                    "printers a2 0 1 1 0 0 0 0");
            assertEquals(agentsCorrected, await(agentsCorrected, () -> query(warehouse, AGENT_TOTALS, "cn-east")));
            List<String> backlog = List.of("2026-03-02 01:00:00 1", "2026-03-02 02:00:00 3", "2026-03-02 03:00:00 2",
                    "2026-03-02 06:00:00 1", "2026-03-04 01:00:00 2");
            assertEquals(backlog, await(backlog, () -> query(warehouse, BACKLOG, "cn-east")), "CN-1 is open again");
            for (String region : List.of("cn-east", "us-east")) {
                List<String> days = query(warehouse, HOURS_BY_DAY, region);
                assertEquals(days, await(days, () -> query(warehouse, ALL_DAYS, region)), "daily cells of " + region);
            }
        } finally {
            workload.cancel().get();
            satisfaction.cancel().get();
        }

        List<List<String>> live = snapshot(warehouse);
        ClickHouseConfig replayed = warehouse.withDatabase("cells_it_replay");
        new MigrationRunner(replayed).migrate();
        replayToTheEnd(test, replayed, "cells-it-replay");
        assertEquals(live, snapshot(replayed), "a replay from the beginning into an empty warehouse");
        replayToTheEnd(test, warehouse, "cells-it-again");
        assertEquals(live, snapshot(warehouse), "a replay into the same warehouse");
        assertTrue(live.get(0).size() > 100, "the generated tickets fill many cells: " + live.get(0).size());
    }

    /** Every cell of both tables, for both regions, by value. */
    private static List<List<String>> snapshot(ClickHouseConfig warehouse) throws SQLException {
        List<List<String>> tables = new ArrayList<>();
        for (String region : List.of("us-east", "cn-east")) {
            tables.add(query(warehouse, ALL_WORKLOAD, region));
            tables.add(query(warehouse, ALL_DAYS, region));
            tables.add(query(warehouse, ALL_SATISFACTION, region));
        }
        return tables;
    }

    private static void replayToTheEnd(JobTestStack test, ClickHouseConfig warehouse, String group) throws Exception {
        KafkaSource<ConsumedRecord> events = KafkaSource.<ConsumedRecord>builder()
                .setBootstrapServers(test.kafka().bootstrapServers())
                .setTopics(test.kafka().ticketEventsTopic())
                .setGroupId(group)
                .setStartingOffsets(OffsetsInitializer.earliest())
                .setBounded(OffsetsInitializer.latest())
                .setDeserializer(new TicketEventDeserializer())
                .build();
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        env.setParallelism(2);
        new WorkloadJob(events, TicketEventSource.watermarks(),
                KafkaSource.<TicketFact>builder()
                        .setBootstrapServers(test.kafka().bootstrapServers())
                        .setTopics(test.alertsTopic())
                        .setGroupId(group + "-alerts")
                        .setStartingOffsets(OffsetsInitializer.earliest())
                        .setBounded(OffsetsInitializer.latest())
                        .setDeserializer(new SlaAlertFacts())
                        .build(),
                SlaAlertFacts.watermarks(),
                new ClickHouseSink<>(warehouse, WorkloadRow.TABLE, 2000, Duration.ofMillis(200)),
                new ClickHouseSink<>(warehouse, WorkloadDayRow.TABLE, 2000, Duration.ofMillis(200)), ZONES).build(env);
        new SatisfactionJob(events, TicketEventSource.watermarks(),
                new ClickHouseSink<>(warehouse, SatisfactionRow.TABLE, 2000, Duration.ofMillis(200)), ZONES).build(env);
        env.execute("cells-replay"); // bounded: ends at the end of both topics
    }

    /** Tickets in us-east with random but seeded lifecycles, for volume. */
    private static List<TicketEvent> generatedTickets(int count) {
        Random random = new Random(7);
        String[] categories = {"hardware/laptop/battery", "software/email/sync", "access/account/locked"};
        List<TicketEvent> events = new ArrayList<>();
        Instant start = Instant.parse("2026-03-02T00:00:00Z");
        for (int i = 0; i < count; i++) {
            Instant created = start.plusSeconds(random.nextInt(5 * 24 * 3600));
            String agent = "u" + random.nextInt(4);
            TicketStory story = ticket("US-" + i)
                    .created(created.toString(), "us-east", "team-" + random.nextInt(2), categories[i % 3],
                            Channel.values()[random.nextInt(Channel.values().length)])
                    .assigned(created.plusSeconds(60 + random.nextInt(3600)).toString(), agent, null)
                    .publicReply(created.plusSeconds(3700 + random.nextInt(3600)).toString(), agent);
            Instant resolved = created.plusSeconds(8000 + random.nextInt(86_400));
            if (random.nextInt(4) > 0) {
                story.resolved(resolved.toString(), agent, random.nextBoolean());
                if (random.nextInt(3) == 0) {
                    story.rated(resolved.plusSeconds(random.nextInt(3 * 86_400)).toString(), 1 + random.nextInt(5),
                            random.nextInt(11));
                }
                if (random.nextInt(10) == 0) {
                    story.reopened(resolved.plusSeconds(random.nextInt(10 * 86_400)).toString());
                }
            }
            events.addAll(story.events());
        }
        return events;
    }

    private static String alert(String ticketId, String kind, int pct, String at) {
        return "{\"ticketId\":\"" + ticketId + "\",\"metric\":\"FIRST_RESPONSE\",\"cycle\":1,\"policyId\":\"std\","
                + "\"kind\":\"" + kind + "\",\"pct\":" + pct + ",\"at\":\"" + at + "\",\"region\":\"cn-east\","
                + "\"team\":\"desk\",\"reportedAt\":\"" + at + "\"}";
    }

    private static void publish(KafkaConfig kafka, List<TicketEvent> events) throws Exception {
        try (TicketEventPublisher publisher = new TicketEventPublisher(kafka)) {
            for (TicketEvent event : events) {
                publisher.publish(event).get();
            }
        }
    }

    private static void publishAlerts(LocalStackEndpoints stack, String topic, List<String> alerts) throws Exception {
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(
                Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrapServers()),
                new StringSerializer(), new ByteArraySerializer())) {
            for (String alert : alerts) {
                producer.send(new ProducerRecord<>(topic, "CN-3", alert.getBytes(StandardCharsets.UTF_8))).get();
            }
        }
    }

    private static List<String> query(ClickHouseConfig warehouse, String sql, String region) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection c = warehouse.connect(); PreparedStatement q = c.prepareStatement(sql)) {
            q.setString(1, region);
            try (ResultSet rs = q.executeQuery()) {
                ResultSetMetaData meta = rs.getMetaData();
                while (rs.next()) {
                    List<String> values = new ArrayList<>();
                    for (int i = 1; i <= meta.getColumnCount(); i++) {
                        values.add(rs.getString(i));
                    }
                    rows.add(String.join(" ", values));
                }
            }
        }
        return rows;
    }
}

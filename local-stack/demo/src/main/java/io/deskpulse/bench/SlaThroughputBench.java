package io.deskpulse.bench;

import io.deskpulse.ingestion.KafkaConfig;
import io.deskpulse.ingestion.TicketTopics;
import io.deskpulse.jobs.JobConfig;
import io.deskpulse.jobs.attainment.AttainmentRow;
import io.deskpulse.jobs.sla.AlertRow;
import io.deskpulse.jobs.sla.AlertTopicSink;
import io.deskpulse.jobs.sla.ClockRow;
import io.deskpulse.jobs.sla.ConfigurationItem;
import io.deskpulse.jobs.sla.EventRow;
import io.deskpulse.jobs.sla.SlaMonitorJob;
import io.deskpulse.jobs.sla.TicketRow;
import io.deskpulse.jobs.source.DeadLetterSink;
import io.deskpulse.jobs.source.TicketEventSource;
import io.deskpulse.jobs.warehouse.ClickHouseSink;
import io.deskpulse.jobs.warehouse.WarehouseTable;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.apache.flink.connector.kafka.source.KafkaSource;
import org.apache.flink.connector.kafka.source.enumerator.initializer.OffsetsInitializer;
import org.apache.flink.connector.kafka.source.reader.deserializer.KafkaRecordDeserializationSchema;
import org.apache.flink.streaming.api.functions.sink.v2.DiscardingSink;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * {@code bin/bench sla-throughput [--events N]}: N generated events on a 6-partition topic, then on
 * a local MiniCluster (parallelism 2) (a) a bare job, bounded KafkaSource with the production
 * deserializer and watermarks into a discarding sink, and (b) the real {@link SlaMonitorJob} with a
 * bounded KafkaSource, the ClickHouse sinks on the embedded engine and the Kafka alert and DLQ sinks.
 */
final class SlaThroughputBench {

    private static final String TOPIC = "bench-events";
    private static final String ALERTS = "bench-alerts";
    private static final String CONFIGURATIONS = "bench-sla-config";
    private static final double GOAL_PER_CORE = 100_000;
    private static final double GOAL_RATIO = 0.5;

    private SlaThroughputBench() {}

    static void run(Args args) throws Exception {
        long events = args.number("--events", 1_000_000);
        Report.title("sla-throughput: " + Report.number(events) + " events, parallelism " + JobRun.PARALLELISM);
        JobConfig defaults = JobConfig.fromEnvironment();
        Path dir = BenchStack.freshDir("sla-throughput");
        try (BenchStack stack = BenchStack.start(dir)) {
            KafkaConfig kafka = stack.kafka(TOPIC, 6);
            TicketTopics.ensureExist(kafka, List.of(ALERTS), List.of(CONFIGURATIONS));
            Instant to = Instant.now().truncatedTo(ChronoUnit.DAYS).minus(Duration.ofDays(2));
            long started = System.nanoTime();
            long published = BenchStack.publishAll(kafka,
                    BenchEvents.inTimeOrder(1, events, "BT-", to.minus(Duration.ofDays(7)), to));
            System.out.printf("published %,d events (about %,d tickets over 7 days, to %s) in %.1f s: not measured%n",
                    published, Math.round(published / BenchEvents.EVENTS_PER_TICKET), to,
                    (System.nanoTime() - started) / 1e9);

            JobRun bare = JobRun.measure("bare", published, defaults.checkpointInterval(), dir, env -> env
                    .fromSource(JobRun.boundedEvents(stack, TOPIC, "bench-bare"), TicketEventSource.watermarks(), "ticket-events")
                    .sinkTo(new CountingSink<>("bare", new DiscardingSink<>())).name("discard"));
            if (CountingSink.count("bare") != published) {
                System.out.printf("WARNING: the bare job read %,d events, not %,d%n", CountingSink.count("bare"), published);
            }
            JobRun sla = JobRun.measure("sla-monitor", published, defaults.checkpointInterval(), dir,
                    env -> slaJob(stack, kafka, defaults).build(env));
            long clocks = CountingSink.count(ClockRow.TABLE.name());
            long tickets = CountingSink.count(TicketRow.TABLE.name());
            long eventRows = CountingSink.count(EventRow.TABLE.name());
            long alerts = CountingSink.count(AlertRow.TABLE.name());
            // Diagnostic: the same job with every sink discarding, to tell the operator's cost from the warehouse's.
            JobRun discarding = JobRun.measure("sla-monitor, sinks discarding", published, defaults.checkpointInterval(), dir,
                    env -> discardingSlaJob(stack).build(env));

            print(defaults, bare, sla, discarding);
            long rows = clocks + tickets + alerts + eventRows;
            Report.table("rows to ClickHouse (sla-monitor)", "rows handed to the sink", "rows in table (count(), no FINAL)")
                    .row("sla_clocks", Report.number(clocks), Report.number(stack.count("sla_clocks")))
                    .row("tickets", Report.number(tickets), Report.number(stack.count("tickets")))
                    .row("ticket_events", Report.number(eventRows), Report.number(stack.count("ticket_events")))
                    .row("sla_alerts", Report.number(alerts), Report.number(stack.count("sla_alerts")))
                    .row("all, per second of the job", Report.number(rows / sla.seconds()) + " rows/s", "")
                    .print();
            System.out.println("(the tables are ReplacingMergeTree: count() drops below the rows written once merges run)");
        }
    }

    /** The (empty) configuration topic, bounded: the job runs on its initial configuration. */
    private static KafkaSource<byte[]> configurations(BenchStack stack) {
        return KafkaSource.<byte[]>builder()
                .setBootstrapServers(stack.bootstrapServers())
                .setTopics(CONFIGURATIONS)
                .setGroupId("bench-sla-config")
                .setStartingOffsets(OffsetsInitializer.earliest())
                .setBounded(OffsetsInitializer.latest())
                .setDeserializer(KafkaRecordDeserializationSchema.valueOnly(ByteArrayDeserializer.class))
                .build();
    }

    private static SlaMonitorJob slaJob(BenchStack stack, KafkaConfig kafka, JobConfig defaults) {
        return new SlaMonitorJob(JobRun.boundedEvents(stack, TOPIC, "bench-sla"), TicketEventSource.watermarks(),
                new SlaMonitorJob.Sinks(
                        warehouse(stack, ClockRow.TABLE, defaults),
                        warehouse(stack, TicketRow.TABLE, defaults),
                        warehouse(stack, AlertRow.TABLE, defaults),
                        AlertTopicSink.kafka(stack.bootstrapServers(), ALERTS),
                        DeadLetterSink.kafka(stack.bootstrapServers(), kafka.deadLetterTopic()),
                        warehouse(stack, EventRow.TABLE, defaults),
                        warehouse(stack, AttainmentRow.TABLE, defaults),
                        warehouse(stack, ConfigurationItem.POLICIES, defaults),
                        warehouse(stack, ConfigurationItem.CALENDARS, defaults)),
                BenchEvents.config(), configurations(stack));
    }

    private static SlaMonitorJob discardingSlaJob(BenchStack stack) {
        return new SlaMonitorJob(JobRun.boundedEvents(stack, TOPIC, "bench-sla-discarding"), TicketEventSource.watermarks(),
                new SlaMonitorJob.Sinks(new DiscardingSink<>(), new DiscardingSink<>(), new DiscardingSink<>(),
                        new DiscardingSink<>(), new DiscardingSink<>(), new DiscardingSink<>(), new DiscardingSink<>(),
                        new DiscardingSink<>(), new DiscardingSink<>()),
                BenchEvents.config(), configurations(stack));
    }

    private static <T> CountingSink<T> warehouse(BenchStack stack, WarehouseTable<T> table, JobConfig defaults) {
        return new CountingSink<>(table.name(), new ClickHouseSink<>(stack.warehouse(), table,
                defaults.sinkBatchSize(), defaults.sinkFlushInterval()));
    }

    private static void print(JobConfig defaults, JobRun bare, JobRun sla, JobRun discarding) {
        double ratio = sla.perSecond() / bare.perSecond();
        double slaPerCore = sla.perSecond() / Report.CORES;
        System.out.printf("%nthroughput, %d cores, parallelism %d, checkpoint every %d s, ClickHouse batches of %d rows"
                        + " or %d ms, heap state backend, checkpoints to local files:%n", Report.CORES, JobRun.PARALLELISM,
                defaults.checkpointInterval().toSeconds(), defaults.sinkBatchSize(), defaults.sinkFlushInterval().toMillis());
        Report.table("job", "events", "seconds", "events/s", "events/s per core", "CPU during the run")
                .row("bare (consume + parse)", Report.number(bare.events()), Report.decimal(bare.seconds()),
                        Report.number(bare.perSecond()), Report.number(bare.perSecond() / Report.CORES), bare.cpu())
                .row("sla-monitor", Report.number(sla.events()), Report.decimal(sla.seconds()),
                        Report.number(sla.perSecond()), Report.number(slaPerCore), sla.cpu())
                .row("(diagnostic) sla-monitor, sinks discarding", Report.number(discarding.events()),
                        Report.decimal(discarding.seconds()), Report.number(discarding.perSecond()),
                        Report.number(discarding.perSecond() / Report.CORES), discarding.cpu())
                .print();
        Report.table("goal", "measured", "met")
                .row(">= 100,000 events/s per core (sla-monitor)", Report.number(slaPerCore),
                        Report.yesNo(slaPerCore >= GOAL_PER_CORE))
                .row("ratio sla-monitor / bare >= 0.5", Report.decimal(ratio), Report.yesNo(ratio >= GOAL_RATIO))
                .print();
        if (bare.cpu().noisy() || sla.cpu().noisy() || discarding.cpu().noisy()) {
            System.out.println("NOTE: other processes used the cores during a run; repeat for steadier figures.");
        }
    }
}

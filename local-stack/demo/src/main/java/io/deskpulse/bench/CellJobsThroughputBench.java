package io.deskpulse.bench;

import io.deskpulse.ingestion.KafkaConfig;
import io.deskpulse.ingestion.TicketTopics;
import io.deskpulse.jobs.JobConfig;
import io.deskpulse.jobs.cells.RegionZones;
import io.deskpulse.jobs.cells.TicketFact;
import io.deskpulse.jobs.satisfaction.SatisfactionJob;
import io.deskpulse.jobs.satisfaction.SatisfactionRow;
import io.deskpulse.jobs.source.SlaAlertFacts;
import io.deskpulse.jobs.source.TicketEventSource;
import io.deskpulse.jobs.warehouse.ClickHouseSink;
import io.deskpulse.jobs.workload.WorkloadJob;
import io.deskpulse.jobs.workload.WorkloadDayRow;
import io.deskpulse.jobs.workload.WorkloadRow;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.apache.flink.connector.kafka.source.KafkaSource;
import org.apache.flink.connector.kafka.source.enumerator.initializer.OffsetsInitializer;
import org.apache.flink.streaming.api.functions.sink.v2.DiscardingSink;

/**
 * {@code bin/bench cells [--events N]}: N generated events on a 6-partition topic, then on a local
 * MiniCluster (parallelism 2) the bare consume-and-parse job, the workload job and the satisfaction
 * job, each bounded, the two cell jobs writing to the embedded ClickHouse through the production sink.
 */
final class CellJobsThroughputBench {

    private static final String TOPIC = "bench-cell-events";
    private static final String ALERTS = "bench-cell-alerts";

    private CellJobsThroughputBench() {}

    static void run(Args args) throws Exception {
        long events = args.number("--events", 1_000_000);
        Report.title("cells: workload and satisfaction jobs, " + Report.number(events) + " events, parallelism "
                + JobRun.PARALLELISM);
        JobConfig defaults = JobConfig.fromEnvironment();
        RegionZones zones = RegionZones.parse(RegionZones.DEFAULT);
        Path dir = BenchStack.freshDir("cells");
        try (BenchStack stack = BenchStack.start(dir)) {
            KafkaConfig kafka = stack.kafka(TOPIC, 6);
            TicketTopics.ensureExist(kafka, List.of(ALERTS), List.of());
            Instant to = Instant.now().truncatedTo(ChronoUnit.DAYS).minus(Duration.ofDays(2));
            long published = BenchStack.publishAll(kafka,
                    BenchEvents.inTimeOrder(3, events, "BC-", to.minus(Duration.ofDays(30)), to));
            System.out.printf("published %,d events over 30 days (not measured)%n", published);

            JobRun bare = JobRun.measure("bare", published, defaults.checkpointInterval(), dir, env -> env
                    .fromSource(JobRun.boundedEvents(stack, TOPIC, "bench-cells-bare"), TicketEventSource.watermarks(),
                            "ticket-events")
                    .sinkTo(new CountingSink<>("cells-bare", new DiscardingSink<>())).name("discard"));
            JobRun workload = JobRun.measure("workload", published, defaults.checkpointInterval(), dir,
                    env -> new WorkloadJob(JobRun.boundedEvents(stack, TOPIC, "bench-workload"),
                            TicketEventSource.watermarks(), alerts(stack), SlaAlertFacts.watermarks(),
                            new CountingSink<>(WorkloadRow.TABLE.name(), new ClickHouseSink<>(stack.warehouse(),
                                    WorkloadRow.TABLE, defaults.sinkBatchSize(), defaults.sinkFlushInterval())),
                            new CountingSink<>(WorkloadDayRow.TABLE.name(), new ClickHouseSink<>(stack.warehouse(),
                                    WorkloadDayRow.TABLE, defaults.sinkBatchSize(), defaults.sinkFlushInterval())),
                            zones).build(env));
            JobRun satisfaction = JobRun.measure("satisfaction", published, defaults.checkpointInterval(), dir,
                    env -> new SatisfactionJob(JobRun.boundedEvents(stack, TOPIC, "bench-satisfaction"),
                            TicketEventSource.watermarks(),
                            new CountingSink<>(SatisfactionRow.TABLE.name(), new ClickHouseSink<>(stack.warehouse(),
                                    SatisfactionRow.TABLE, defaults.sinkBatchSize(), defaults.sinkFlushInterval())),
                            zones).build(env));

            long workloadRows = CountingSink.count(WorkloadRow.TABLE.name()) + CountingSink.count(WorkloadDayRow.TABLE.name());
            long satisfactionRows = CountingSink.count(SatisfactionRow.TABLE.name());
            Report.table("job", "events", "seconds", "events/s", "events/s per core", "ratio to bare", "rows written",
                            "rows/s", "CPU during the run")
                    .row("bare (consume + parse)", Report.number(bare.events()), Report.decimal(bare.seconds()),
                            Report.number(bare.perSecond()), Report.number(bare.perSecond() / Report.CORES), "1",
                            "", "", bare.cpu())
                    .row("workload", Report.number(workload.events()), Report.decimal(workload.seconds()),
                            Report.number(workload.perSecond()), Report.number(workload.perSecond() / Report.CORES),
                            Report.decimal(workload.perSecond() / bare.perSecond()), Report.number(workloadRows),
                            Report.number(workloadRows / workload.seconds()), workload.cpu())
                    .row("satisfaction", Report.number(satisfaction.events()), Report.decimal(satisfaction.seconds()),
                            Report.number(satisfaction.perSecond()),
                            Report.number(satisfaction.perSecond() / Report.CORES),
                            Report.decimal(satisfaction.perSecond() / bare.perSecond()),
                            Report.number(satisfactionRows), Report.number(satisfactionRows / satisfaction.seconds()),
                            satisfaction.cpu())
                    .print();
            Report.table("table", "rows written (cell versions)", "cells (FINAL)")
                    .row("workload_hourly", Report.number(workloadRows), Report.number(stack.countFinal("workload_hourly")))
                    .row("satisfaction_daily", Report.number(satisfactionRows),
                            Report.number(stack.countFinal("satisfaction_daily")))
                    .print();
        }
    }

    /** The (empty) alerts topic, bounded: the SLA monitor does not run in this benchmark. */
    private static KafkaSource<TicketFact> alerts(BenchStack stack) {
        return KafkaSource.<TicketFact>builder()
                .setBootstrapServers(stack.bootstrapServers())
                .setTopics(ALERTS)
                .setGroupId("bench-workload-alerts")
                .setStartingOffsets(OffsetsInitializer.earliest())
                .setBounded(OffsetsInitializer.latest())
                .setDeserializer(new SlaAlertFacts())
                .build();
    }
}

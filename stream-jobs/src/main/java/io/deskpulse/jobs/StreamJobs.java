package io.deskpulse.jobs;

import io.deskpulse.events.DeadLetter;
import io.deskpulse.jobs.sla.AlertRow;
import io.deskpulse.jobs.sla.AlertTopicSink;
import io.deskpulse.jobs.sla.ClockRow;
import io.deskpulse.jobs.sla.ConfigurationItem;
import io.deskpulse.jobs.sla.EventRow;
import io.deskpulse.jobs.sla.SlaMonitorJob;
import io.deskpulse.jobs.sla.TicketRow;
import io.deskpulse.jobs.attainment.AttainmentRow;
import io.deskpulse.jobs.cells.RegionZones;
import io.deskpulse.jobs.satisfaction.SatisfactionJob;
import io.deskpulse.jobs.satisfaction.SatisfactionRow;
import io.deskpulse.jobs.source.DeadLetterSink;
import io.deskpulse.jobs.source.SlaAlertFacts;
import io.deskpulse.jobs.source.TicketEventSource;
import io.deskpulse.jobs.warehouse.ClickHouseSink;
import io.deskpulse.jobs.warehouse.WarehouseTable;
import io.deskpulse.jobs.workload.WorkloadDayRow;
import io.deskpulse.jobs.workload.WorkloadJob;
import io.deskpulse.jobs.workload.WorkloadRow;
import io.deskpulse.warehouse.ClickHouseConfig;
import io.deskpulse.warehouse.MigrationRunner;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/**
 * Wires the production sources and sinks into the jobs. {@link #main} submits them to whatever
 * environment it runs in (a Flink cluster, or a MiniCluster when started from the local demo).
 */
public final class StreamJobs {

    private StreamJobs() {}

    public static SlaMonitorJob slaMonitor(String kafkaBootstrap, String topic, ClickHouseConfig clickHouse,
            JobConfig config) {
        return new SlaMonitorJob(
                TicketEventSource.kafka(kafkaBootstrap, topic, config.groupFor(SlaMonitorJob.NAME), config.replayFromEarliest()),
                TicketEventSource.watermarks(),
                new SlaMonitorJob.Sinks(
                        warehouse(clickHouse, ClockRow.TABLE, config),
                        warehouse(clickHouse, TicketRow.TABLE, config),
                        warehouse(clickHouse, AlertRow.TABLE, config),
                        AlertTopicSink.kafka(kafkaBootstrap, config.alertsTopic()),
                        DeadLetterSink.kafka(kafkaBootstrap, DeadLetter.topicFor(topic)),
                        warehouse(clickHouse, EventRow.TABLE, config),
                        warehouse(clickHouse, AttainmentRow.TABLE, config),
                        warehouse(clickHouse, ConfigurationItem.POLICIES, config),
                        warehouse(clickHouse, ConfigurationItem.CALENDARS, config)),
                config.slaConfiguration(),
                TicketEventSource.configurations(kafkaBootstrap, config.configTopic(), config.groupFor(SlaMonitorJob.NAME)));
    }

    public static WorkloadJob workload(String kafkaBootstrap, String topic, ClickHouseConfig clickHouse,
            JobConfig config, RegionZones zones) {
        String group = config.groupFor(WorkloadJob.NAME);
        return new WorkloadJob(
                TicketEventSource.kafka(kafkaBootstrap, topic, group, config.replayFromEarliest()),
                TicketEventSource.watermarks(),
                SlaAlertFacts.kafka(kafkaBootstrap, config.alertsTopic(), group + "-alerts", config.replayFromEarliest()),
                SlaAlertFacts.watermarks(),
                warehouse(clickHouse, WorkloadRow.TABLE, config),
                warehouse(clickHouse, WorkloadDayRow.TABLE, config),
                zones);
    }

    public static SatisfactionJob satisfaction(String kafkaBootstrap, String topic, ClickHouseConfig clickHouse,
            JobConfig config, RegionZones zones) {
        return new SatisfactionJob(
                TicketEventSource.kafka(kafkaBootstrap, topic, config.groupFor(SatisfactionJob.NAME),
                        config.replayFromEarliest()),
                TicketEventSource.watermarks(),
                warehouse(clickHouse, SatisfactionRow.TABLE, config),
                zones);
    }

    private static <T> ClickHouseSink<T> warehouse(ClickHouseConfig clickHouse, WarehouseTable<T> table,
            JobConfig config) {
        return new ClickHouseSink<>(clickHouse, table, config.sinkBatchSize(), config.sinkFlushInterval());
    }

    public static JobClient startSlaMonitor(StreamExecutionEnvironment env, String kafkaBootstrap, String topic,
            ClickHouseConfig clickHouse, JobConfig config) throws Exception {
        return slaMonitor(kafkaBootstrap, topic, clickHouse, config).start(configured(env, config));
    }

    public static JobClient startWorkload(StreamExecutionEnvironment env, String kafkaBootstrap, String topic,
            ClickHouseConfig clickHouse, JobConfig config, RegionZones zones) throws Exception {
        return workload(kafkaBootstrap, topic, clickHouse, config, zones).start(configured(env, config));
    }

    public static JobClient startSatisfaction(StreamExecutionEnvironment env, String kafkaBootstrap, String topic,
            ClickHouseConfig clickHouse, JobConfig config, RegionZones zones) throws Exception {
        return satisfaction(kafkaBootstrap, topic, clickHouse, config, zones).start(configured(env, config));
    }

    private static StreamExecutionEnvironment configured(StreamExecutionEnvironment env, JobConfig config) {
        env.setParallelism(config.parallelism());
        env.enableCheckpointing(config.checkpointInterval().toMillis());
        return env;
    }

    /** Submits the jobs named in {@code args} ({@code sla-monitor}, {@code workload}, {@code satisfaction}; all by default). */
    public static void main(String[] args) throws Exception {
        Map<String, String> env = System.getenv();
        String bootstrap = env.getOrDefault("DESKPULSE_KAFKA_BOOTSTRAP", "127.0.0.1:9092");
        String topic = env.getOrDefault("DESKPULSE_TOPIC_TICKET_EVENTS", "ticket-events");
        ClickHouseConfig clickHouse = ClickHouseConfig.fromEnvironment();
        JobConfig config = JobConfig.fromEnvironment();
        RegionZones zones = RegionZones.fromEnvironment(env);
        // The same runner as bin/migrate and the app: the tables the jobs write exist before they start.
        MigrationRunner.fromEnvironment(clickHouse, env).migrate();
        List<String> jobs = args.length == 0
                ? List.of(SlaMonitorJob.NAME, WorkloadJob.NAME, SatisfactionJob.NAME) : List.of(args);
        List<JobClient> running = new ArrayList<>();
        for (String job : jobs) {
            StreamExecutionEnvironment flink = StreamExecutionEnvironment.getExecutionEnvironment();
            running.add(switch (job) {
                case SlaMonitorJob.NAME -> startSlaMonitor(flink, bootstrap, topic, clickHouse, config);
                case WorkloadJob.NAME -> startWorkload(flink, bootstrap, topic, clickHouse, config, zones);
                case SatisfactionJob.NAME -> startSatisfaction(flink, bootstrap, topic, clickHouse, config, zones);
                default -> throw new IllegalArgumentException("unknown job '" + job + "': expected "
                        + SlaMonitorJob.NAME + ", " + WorkloadJob.NAME + " or " + SatisfactionJob.NAME);
            });
        }
        for (JobClient client : running) {
            client.getJobExecutionResult().get();
        }
    }
}

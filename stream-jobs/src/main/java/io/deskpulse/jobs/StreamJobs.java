package io.deskpulse.jobs;

import io.deskpulse.events.DeadLetter;
import io.deskpulse.jobs.sla.AlertRow;
import io.deskpulse.jobs.sla.AlertTopicSink;
import io.deskpulse.jobs.sla.ClockRow;
import io.deskpulse.jobs.sla.SlaMonitorJob;
import io.deskpulse.jobs.sla.TicketRow;
import io.deskpulse.jobs.source.DeadLetterSink;
import io.deskpulse.jobs.source.TicketEventSource;
import io.deskpulse.jobs.warehouse.ClickHouseSink;
import io.deskpulse.jobs.warehouse.WarehouseTable;
import io.deskpulse.warehouse.ClickHouseConfig;
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
                TicketEventSource.kafka(kafkaBootstrap, topic, config.consumerGroup(), config.replayFromEarliest()),
                TicketEventSource.watermarks(),
                new SlaMonitorJob.Sinks(
                        warehouse(clickHouse, ClockRow.TABLE, config),
                        warehouse(clickHouse, TicketRow.TABLE, config),
                        warehouse(clickHouse, AlertRow.TABLE, config),
                        AlertTopicSink.kafka(kafkaBootstrap, config.alertsTopic()),
                        DeadLetterSink.kafka(kafkaBootstrap, DeadLetter.topicFor(topic))),
                config.slaConfiguration(),
                TicketEventSource.configurations(kafkaBootstrap, config.configTopic(), config.consumerGroup()));
    }

    private static <T> ClickHouseSink<T> warehouse(ClickHouseConfig clickHouse, WarehouseTable<T> table,
            JobConfig config) {
        return new ClickHouseSink<>(clickHouse, table, config.sinkBatchSize(), config.sinkFlushInterval());
    }

    public static JobClient startSlaMonitor(StreamExecutionEnvironment env, String kafkaBootstrap, String topic,
            ClickHouseConfig clickHouse, JobConfig config) throws Exception {
        env.setParallelism(config.parallelism());
        env.enableCheckpointing(config.checkpointInterval().toMillis());
        return slaMonitor(kafkaBootstrap, topic, clickHouse, config).start(env);
    }

    public static void main(String[] args) throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        JobClient client = startSlaMonitor(env,
                System.getenv().getOrDefault("DESKPULSE_KAFKA_BOOTSTRAP", "127.0.0.1:9092"),
                System.getenv().getOrDefault("DESKPULSE_TOPIC_TICKET_EVENTS", "ticket-events"),
                ClickHouseConfig.fromEnvironment(), JobConfig.fromEnvironment());
        client.getJobExecutionResult().get();
    }
}

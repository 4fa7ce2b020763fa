package io.deskpulse.jobs;

import io.deskpulse.sla.policy.SlaConfigurationSource;
import java.time.Duration;
import java.util.Map;

/**
 * Settings of the stream jobs, from the environment, with defaults for the local stack.
 *
 * @param parallelism {@code DESKPULSE_JOB_PARALLELISM}, default 2
 * @param checkpointInterval {@code DESKPULSE_CHECKPOINT_INTERVAL_SECONDS}, default 10
 * @param sinkBatchSize {@code DESKPULSE_SINK_BATCH_ROWS}, default 5000
 * @param sinkFlushInterval {@code DESKPULSE_SINK_FLUSH_MILLIS}, default 500
 * @param consumerGroup {@code DESKPULSE_CONSUMER_GROUP}, default {@code deskpulse}: the prefix of each
 *     job's Kafka consumer group ({@link #groupFor})
 * @param alertsTopic {@code DESKPULSE_TOPIC_SLA_ALERTS}, default {@code sla-alerts}
 * @param configTopic {@code DESKPULSE_TOPIC_SLA_CONFIG}, default {@code sla-config}: later SLA
 *     configuration versions (compacted, key = version)
 * @param slaConfiguration the initial SLA policies and calendars: the file named by
 *     {@code DESKPULSE_SLA_CONFIG}, or the demo configuration of {@code sla-core}
 * @param replayFromEarliest {@code DESKPULSE_REPLAY_FROM_EARLIEST}, default false: read the topic
 *     from its first record instead of the group's committed offsets. A job started without its
 *     state (no checkpoint or savepoint to restore) rebuilds it this way; the warehouse tables
 *     absorb the replay because their rows are versioned.
 */
public record JobConfig(int parallelism, Duration checkpointInterval, int sinkBatchSize,
        Duration sinkFlushInterval, String consumerGroup, String alertsTopic, String configTopic,
        byte[] slaConfiguration,
        boolean replayFromEarliest) {

    public static JobConfig fromEnvironment() {
        return fromEnvironment(System.getenv());
    }

    public static JobConfig fromEnvironment(Map<String, String> env) {
        return new JobConfig(
                Integer.parseInt(env.getOrDefault("DESKPULSE_JOB_PARALLELISM", "2")),
                Duration.ofSeconds(Long.parseLong(env.getOrDefault("DESKPULSE_CHECKPOINT_INTERVAL_SECONDS", "10"))),
                Integer.parseInt(env.getOrDefault("DESKPULSE_SINK_BATCH_ROWS", "5000")),
                Duration.ofMillis(Long.parseLong(env.getOrDefault("DESKPULSE_SINK_FLUSH_MILLIS", "500"))),
                env.getOrDefault("DESKPULSE_CONSUMER_GROUP", "deskpulse"),
                env.getOrDefault("DESKPULSE_TOPIC_SLA_ALERTS", "sla-alerts"),
                env.getOrDefault("DESKPULSE_TOPIC_SLA_CONFIG", "sla-config"),
                SlaConfigurationSource.fromEnvironment(env),
                Boolean.parseBoolean(env.getOrDefault("DESKPULSE_REPLAY_FROM_EARLIEST", "false")));
    }

    public JobConfig replayingFromEarliest() {
        return new JobConfig(parallelism, checkpointInterval, sinkBatchSize, sinkFlushInterval, consumerGroup,
                alertsTopic, configTopic, slaConfiguration, true);
    }

    /** The consumer group of one job: every job reads the whole topic at its own pace. */
    public String groupFor(String job) {
        return consumerGroup + "-" + job;
    }
}

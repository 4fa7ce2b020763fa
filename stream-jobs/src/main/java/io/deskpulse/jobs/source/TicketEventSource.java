package io.deskpulse.jobs.source;

import java.time.Duration;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.connector.kafka.source.KafkaSource;
import org.apache.flink.connector.kafka.source.enumerator.initializer.OffsetsInitializer;
import org.apache.flink.connector.kafka.source.reader.deserializer.KafkaRecordDeserializationSchema;
import org.apache.kafka.clients.consumer.OffsetResetStrategy;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * The production source of the jobs: the {@code ticket-events} topic, from the consumer group's
 * committed offsets (the earliest record for a new group), or from the earliest record on request.
 */
public final class TicketEventSource {

    /** How far out of order the watermarks let events of different tickets arrive. */
    public static final Duration OUT_OF_ORDERNESS = Duration.ofMinutes(1);

    private TicketEventSource() {}

    public static KafkaSource<ConsumedRecord> kafka(String bootstrapServers, String topic, String groupId,
            boolean fromEarliest) {
        return KafkaSource.<ConsumedRecord>builder()
                .setBootstrapServers(bootstrapServers)
                .setTopics(topic)
                .setGroupId(groupId)
                .setStartingOffsets(startingOffsets(fromEarliest))
                .setDeserializer(new TicketEventDeserializer())
                .build();
    }

    /** The group's committed offsets (the earliest record for a new group), or the earliest record on request. */
    static OffsetsInitializer startingOffsets(boolean fromEarliest) {
        return fromEarliest ? OffsetsInitializer.earliest() : OffsetsInitializer.committedOffsets(OffsetResetStrategy.EARLIEST);
    }

    /** The {@code sla-config} topic: SLA configuration documents, every one from the beginning. */
    public static KafkaSource<byte[]> configurations(String bootstrapServers, String topic, String groupId) {
        return KafkaSource.<byte[]>builder()
                .setBootstrapServers(bootstrapServers)
                .setTopics(topic)
                .setGroupId(groupId + "-config")
                .setStartingOffsets(OffsetsInitializer.earliest())
                .setDeserializer(KafkaRecordDeserializationSchema.valueOnly(ByteArrayDeserializer.class))
                .build();
    }

    /**
     * Event time from {@code occurredAt} (a dead letter keeps the Kafka record's time), a minute of
     * allowed disorder, and idleness so that a quiet partition does not hold back the watermark of
     * the others.
     */
    public static WatermarkStrategy<ConsumedRecord> watermarks() {
        return WatermarkStrategy.<ConsumedRecord>forBoundedOutOfOrderness(OUT_OF_ORDERNESS)
                .withTimestampAssigner((record, kafkaTime) ->
                        record.event() == null ? kafkaTime : record.event().occurredAt().toEpochMilli())
                .withIdleness(Duration.ofSeconds(10));
    }
}

package io.deskpulse.jobs.source;

import io.deskpulse.events.DeadLetter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.flink.connector.base.DeliveryGuarantee;
import org.apache.flink.connector.kafka.sink.KafkaRecordSerializationSchema;
import org.apache.flink.connector.kafka.sink.KafkaSink;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeader;

/**
 * The dead-letter topic: each rejected record with its original key and bytes, and the reason and
 * coordinates in headers. At least once: a letter may be written twice after a failure, never lost.
 */
public final class DeadLetterSink {

    private DeadLetterSink() {}

    public static KafkaSink<DeadLetter> kafka(String bootstrapServers, String topic) {
        return KafkaSink.<DeadLetter>builder()
                .setBootstrapServers(bootstrapServers)
                .setDeliveryGuarantee(DeliveryGuarantee.AT_LEAST_ONCE)
                .setRecordSerializer((KafkaRecordSerializationSchema<DeadLetter>) (letter, context, timestamp) ->
                        new ProducerRecord<>(topic, null, null, letter.key(), letter.value(), headers(letter)))
                .build();
    }

    private static List<Header> headers(DeadLetter letter) {
        return List.of(
                header(DeadLetter.REASON_HEADER, letter.reason()),
                header(DeadLetter.TOPIC_HEADER, letter.topic()),
                header(DeadLetter.PARTITION_HEADER, String.valueOf(letter.partition())),
                header(DeadLetter.OFFSET_HEADER, String.valueOf(letter.offset())),
                header(DeadLetter.REJECTED_AT_HEADER, letter.rejectedAt().toString()));
    }

    private static Header header(String name, String value) {
        return new RecordHeader(name, value.getBytes(StandardCharsets.UTF_8));
    }
}

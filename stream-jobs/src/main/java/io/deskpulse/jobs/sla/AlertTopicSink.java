package io.deskpulse.jobs.sla;

import java.nio.charset.StandardCharsets;
import org.apache.flink.connector.base.DeliveryGuarantee;
import org.apache.flink.connector.kafka.sink.KafkaRecordSerializationSchema;
import org.apache.flink.connector.kafka.sink.KafkaSink;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * The {@code sla-alerts} topic: one JSON record per warning or breach, keyed by ticket id. Records
 * are stamped with the wall clock, not the alert's instant: Kafka refuses timestamps far in the
 * future, and the stamp tells when the alert was reported.
 */
public final class AlertTopicSink {

    private AlertTopicSink() {}

    public static KafkaSink<AlertRow> kafka(String bootstrapServers, String topic) {
        return KafkaSink.<AlertRow>builder()
                .setBootstrapServers(bootstrapServers)
                .setDeliveryGuarantee(DeliveryGuarantee.AT_LEAST_ONCE)
                .setRecordSerializer((KafkaRecordSerializationSchema<AlertRow>) (alert, context, timestamp) ->
                        new ProducerRecord<>(topic, null, null,
                                alert.alert().ticketId().getBytes(StandardCharsets.UTF_8), alert.toJson()))
                .build();
    }
}

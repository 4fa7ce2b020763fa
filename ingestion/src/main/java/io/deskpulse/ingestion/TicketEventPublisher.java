package io.deskpulse.ingestion;

import io.deskpulse.events.TicketEvent;
import io.deskpulse.events.TicketEventCodec;
import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Publishes ticket events to the {@code ticket-events} topic, keyed by ticket id so that a ticket's
 * events stay in order in one partition. Idempotent and {@code acks=all}: a retried send never
 * duplicates or reorders, and an acknowledged event survives a broker failure. Thread-safe.
 */
public final class TicketEventPublisher implements AutoCloseable {

    private final KafkaProducer<String, byte[]> producer;
    private final String topic;

    public TicketEventPublisher(KafkaConfig config) {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, config.bootstrapServers());
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        props.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        props.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 120_000);
        props.put(ProducerConfig.CLIENT_ID_CONFIG, "deskpulse-publisher");
        this.producer = new KafkaProducer<>(props, new StringSerializer(), new ByteArraySerializer());
        this.topic = config.ticketEventsTopic();
    }

    /** Completes when the broker has acknowledged the event on all in-sync replicas. */
    public CompletableFuture<RecordMetadata> publish(TicketEvent event) {
        CompletableFuture<RecordMetadata> acknowledged = new CompletableFuture<>();
        producer.send(new ProducerRecord<>(topic, event.ticketId(), TicketEventCodec.encode(event)),
                (metadata, error) -> {
                    if (error != null) {
                        acknowledged.completeExceptionally(error);
                    } else {
                        acknowledged.complete(metadata);
                    }
                });
        return acknowledged;
    }

    @Override
    public void close() {
        producer.close(Duration.ofSeconds(10));
    }
}

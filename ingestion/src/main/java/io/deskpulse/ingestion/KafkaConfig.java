package io.deskpulse.ingestion;

import io.deskpulse.events.DeadLetter;
import java.util.Map;

/**
 * Where the ticket events go. Read from the environment so that the production topology needs no
 * code change; the defaults point at the local stack.
 *
 * @param bootstrapServers {@code DESKPULSE_KAFKA_BOOTSTRAP}, default {@code 127.0.0.1:9092}
 * @param ticketEventsTopic {@code DESKPULSE_TOPIC_TICKET_EVENTS}, default {@code ticket-events}
 * @param partitions {@code DESKPULSE_TICKET_EVENTS_PARTITIONS}, default 6
 */
public record KafkaConfig(String bootstrapServers, String ticketEventsTopic, int partitions) {

    public static KafkaConfig fromEnvironment() {
        return fromEnvironment(System.getenv());
    }

    public static KafkaConfig fromEnvironment(Map<String, String> env) {
        return new KafkaConfig(
                env.getOrDefault("DESKPULSE_KAFKA_BOOTSTRAP", "127.0.0.1:9092"),
                env.getOrDefault("DESKPULSE_TOPIC_TICKET_EVENTS", "ticket-events"),
                Integer.parseInt(env.getOrDefault("DESKPULSE_TICKET_EVENTS_PARTITIONS", "6")));
    }

    /** Where records that are not valid events go, with their reason: {@code ticket-events-dlq}. */
    public String deadLetterTopic() {
        return DeadLetter.topicFor(ticketEventsTopic);
    }

    public KafkaConfig withBootstrapServers(String servers) {
        return new KafkaConfig(servers, ticketEventsTopic, partitions);
    }
}

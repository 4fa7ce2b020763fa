package io.deskpulse.app.base;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The app's own settings. {@code application.properties} maps each to the environment variable
 * that {@code KafkaConfig.fromEnvironment()} and {@code ClickHouseConfig.fromEnvironment()} read,
 * with the same local-stack defaults; an in-process launcher overrides them as Spring properties
 * (for example {@code deskpulse.kafka.bootstrap-servers=127.0.0.1:39092}).
 */
@ConfigurationProperties("deskpulse")
public record DeskPulseProperties(Kafka kafka, ClickHouse clickhouse, Intake intake, Queue queue) {

    /**
     * @param bootstrapServers {@code deskpulse.kafka.bootstrap-servers} ({@code DESKPULSE_KAFKA_BOOTSTRAP})
     * @param ticketEventsTopic {@code deskpulse.kafka.ticket-events-topic} ({@code DESKPULSE_TOPIC_TICKET_EVENTS})
     * @param partitions {@code deskpulse.kafka.partitions} ({@code DESKPULSE_TICKET_EVENTS_PARTITIONS})
     */
    public record Kafka(String bootstrapServers, String ticketEventsTopic, @DefaultValue("6") int partitions) {}

    /**
     * @param url {@code deskpulse.clickhouse.url}, the HTTP endpoint ({@code DESKPULSE_CLICKHOUSE_URL})
     * @param migrate {@code deskpulse.clickhouse.migrate}: apply pending migrations at start-up
     */
    public record ClickHouse(String url, String database, String user, String password, String options,
            @DefaultValue("true") boolean migrate) {}

    /** @param publishTimeout how long the intake form waits for the broker's acknowledgement */
    public record Intake(@DefaultValue("10s") Duration publishTimeout) {}

    /** @param refreshInterval how often the agent queue reloads itself */
    public record Queue(@DefaultValue("5s") Duration refreshInterval, @DefaultValue("500") int limit) {}
}

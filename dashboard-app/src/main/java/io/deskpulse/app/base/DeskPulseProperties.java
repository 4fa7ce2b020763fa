package io.deskpulse.app.base;

import io.deskpulse.ingestion.KafkaConfig;
import io.deskpulse.warehouse.ClickHouseConfig;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The app's own settings ({@code deskpulse.*}). A connection setting left unset falls back to the
 * environment variable that {@code KafkaConfig.fromEnvironment()} or
 * {@code ClickHouseConfig.fromEnvironment()} reads, with its local-stack default.
 *
 * <p>The defaults deliberately live here and not in {@code application.properties}: an in-process
 * launcher's {@code SpringApplicationBuilder.properties(...)} are Spring's lowest-priority
 * "default properties", which any value in {@code application.properties} would override.
 */
@ConfigurationProperties("deskpulse")
public record DeskPulseProperties(
        @DefaultValue Kafka kafka, @DefaultValue ClickHouse clickhouse, @DefaultValue Intake intake,
        @DefaultValue Queue queue, @DefaultValue Api api, @DefaultValue Alerts alerts) {

    /**
     * @param bootstrapServers {@code deskpulse.kafka.bootstrap-servers}, else {@code DESKPULSE_KAFKA_BOOTSTRAP}
     * @param ticketEventsTopic {@code deskpulse.kafka.ticket-events-topic}, else {@code DESKPULSE_TOPIC_TICKET_EVENTS}
     * @param partitions {@code deskpulse.kafka.partitions}, else {@code DESKPULSE_TICKET_EVENTS_PARTITIONS}
     */
    public record Kafka(String bootstrapServers, String ticketEventsTopic, Integer partitions) {

        public KafkaConfig over(KafkaConfig fromEnvironment) {
            return new KafkaConfig(
                    or(bootstrapServers, fromEnvironment.bootstrapServers()),
                    or(ticketEventsTopic, fromEnvironment.ticketEventsTopic()),
                    partitions != null ? partitions : fromEnvironment.partitions());
        }
    }

    /**
     * Each unset value falls back to {@code DESKPULSE_CLICKHOUSE_<NAME>}.
     *
     * @param url {@code deskpulse.clickhouse.url}, the HTTP endpoint such as {@code http://127.0.0.1:8123}
     * @param database {@code deskpulse.clickhouse.database}
     * @param migrate {@code deskpulse.clickhouse.migrate}: apply pending migrations at start-up (default true)
     */
    public record ClickHouse(String url, String database, String user, String password, String options,
            @DefaultValue("true") boolean migrate) {

        public ClickHouseConfig over(ClickHouseConfig fromEnvironment) {
            return new ClickHouseConfig(
                    or(url, fromEnvironment.endpoint()),
                    or(database, fromEnvironment.database()),
                    or(user, fromEnvironment.user()),
                    password != null ? password : fromEnvironment.password(),
                    options != null ? options : fromEnvironment.options());
        }
    }

    /** @param publishTimeout {@code deskpulse.intake.publish-timeout}: wait for the broker's acknowledgement */
    public record Intake(@DefaultValue("10s") Duration publishTimeout) {}

    /**
     * @param refreshInterval {@code deskpulse.queue.refresh-interval}: how often the agent queue reloads
     * @param limit {@code deskpulse.queue.limit}: rows shown at most
     */
    public record Queue(@DefaultValue("5s") Duration refreshInterval, @DefaultValue("500") int limit) {}

    /**
     * The intake HTTP API ({@code /api/v1}, docs/api.md).
     *
     * @param tokens {@code deskpulse.api.tokens} ({@code DESKPULSE_API_TOKENS}): comma-separated
     *     {@code name:secret} pairs, one per sending system; the name becomes the events' source
     *     ({@code api:name}). Without any, the API refuses every request.
     * @param maxRequestSize {@code deskpulse.api.max-request-size}: the largest request body accepted;
     *     the default holds a full batch of events of a few hundred bytes each
     * @param maxBatchEvents {@code deskpulse.api.max-batch-events}: the most events in one batch
     * @param replayMemory {@code deskpulse.api.replay-memory}: how much of recent answers is kept to
     *     replay to retries with the same idempotency key
     */
    public record Api(String tokens, @DefaultValue("256KB") DataSize maxRequestSize,
            @DefaultValue("500") int maxBatchEvents, @DefaultValue("16MB") DataSize replayMemory) {

        /** Never prints the secrets, e.g. in a start-up failure or a configuration report. */
        @Override
        public String toString() {
            return "Api[tokens=" + (tokens == null || tokens.isBlank() ? "none" : "(secret)") + ", maxRequestSize="
                    + maxRequestSize + ", maxBatchEvents=" + maxBatchEvents + ", replayMemory=" + replayMemory + "]";
        }
    }

    /**
     * Live SLA alerts in the app (the bell).
     *
     * @param topic {@code deskpulse.alerts.topic}, else {@code DESKPULSE_TOPIC_SLA_ALERTS}, else {@code sla-alerts}
     * @param history {@code deskpulse.alerts.history}: how far back the list reaches when the app starts
     * @param keep {@code deskpulse.alerts.keep}: alerts kept in memory for the lists, newest first
     */
    public record Alerts(String topic, @DefaultValue("24h") Duration history, @DefaultValue("2000") int keep) {

        public String topicOrDefault() {
            return or(topic, System.getenv().getOrDefault("DESKPULSE_TOPIC_SLA_ALERTS", "sla-alerts"));
        }
    }

    private static String or(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }
}

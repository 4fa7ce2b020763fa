package io.deskpulse.jobs.source;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.deskpulse.jobs.cells.TicketFact;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.connector.kafka.source.KafkaSource;
import org.apache.flink.connector.kafka.source.reader.deserializer.KafkaRecordDeserializationSchema;
import org.apache.flink.util.Collector;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code sla-alerts} topic (the sla-monitor job's warnings and breaches) as ticket facts. The
 * topic is this product's own output; a record that does not parse is logged and skipped.
 */
public final class SlaAlertFacts implements KafkaRecordDeserializationSchema<TicketFact> {

    private static final Logger LOG = LoggerFactory.getLogger(SlaAlertFacts.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    public static KafkaSource<TicketFact> kafka(String bootstrapServers, String topic, String groupId,
            boolean fromEarliest) {
        return KafkaSource.<TicketFact>builder()
                .setBootstrapServers(bootstrapServers)
                .setTopics(topic)
                .setGroupId(groupId)
                .setStartingOffsets(TicketEventSource.startingOffsets(fromEarliest))
                .setDeserializer(new SlaAlertFacts())
                .build();
    }

    /** Event time from the alert's instant; idle when no alert comes, so it never holds the events back. */
    public static WatermarkStrategy<TicketFact> watermarks() {
        return WatermarkStrategy.<TicketFact>forBoundedOutOfOrderness(TicketEventSource.OUT_OF_ORDERNESS)
                .withTimestampAssigner((fact, kafkaTime) -> fact.at().toEpochMilli())
                .withIdleness(Duration.ofSeconds(10));
    }

    static TicketFact.Alert parse(byte[] value) throws IOException {
        JsonNode json = JSON.readTree(value);
        return new TicketFact.Alert(json.get("ticketId").asText(), json.get("metric").asText(),
                json.get("cycle").asInt(), json.get("kind").asText(), json.get("pct").asInt(),
                Instant.parse(json.get("at").asText()));
    }

    @Override
    public void deserialize(ConsumerRecord<byte[], byte[]> record, Collector<TicketFact> out) {
        try {
            out.collect(parse(record.value()));
        } catch (IOException | RuntimeException e) {
            LOG.warn("skipping an unreadable SLA alert at {}-{}@{}: {}", record.topic(), record.partition(),
                    record.offset(), e.toString());
        }
    }

    @Override
    public TypeInformation<TicketFact> getProducedType() {
        return TypeInformation.of(TicketFact.class);
    }
}

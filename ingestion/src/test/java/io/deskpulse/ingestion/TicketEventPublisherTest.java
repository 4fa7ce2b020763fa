package io.deskpulse.ingestion;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.deskpulse.events.AgentReplied;
import io.deskpulse.events.Channel;
import io.deskpulse.events.DecodeResult;
import io.deskpulse.events.Priority;
import io.deskpulse.events.TicketCreated;
import io.deskpulse.events.TicketEvent;
import io.deskpulse.events.TicketEventCodec;
import io.deskpulse.localstack.junit.LocalStack;
import io.deskpulse.localstack.junit.LocalStackEndpoints;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(LocalStack.class)
class TicketEventPublisherTest {

    @Test
    void eventsOfATicketLandInOnePartitionKeyedByTicketIdInOrder(LocalStackEndpoints stack) throws Exception {
        KafkaConfig config = new KafkaConfig(stack.kafkaBootstrapServers(), "publisher-test", 3);
        TicketTopics.ensureExist(config);
        TicketTopics.ensureExist(config);
        Instant at = Instant.parse("2026-03-02T01:00:00Z");
        List<TicketEvent> sent = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            String ticketId = "T-" + (i % 4);
            sent.add(i < 4
                    ? new TicketCreated(UUID.randomUUID(), ticketId, at, "test", "C-1", "VIP2", "east", "desk",
                            "software/email", Priority.P3, Channel.WEB, "Mail down")
                    : new AgentReplied(UUID.randomUUID(), ticketId, at.plusSeconds(i), "test", "agent-1", true));
        }
        try (TicketEventPublisher publisher = new TicketEventPublisher(config)) {
            for (TicketEvent event : sent) {
                publisher.publish(event).get();
            }
        }

        List<ConsumerRecord<String, byte[]>> received = consumeAll(config, sent.size());

        assertEquals(sent.size(), received.size());
        for (ConsumerRecord<String, byte[]> record : received) {
            TicketEvent event = ((DecodeResult.Accepted) TicketEventCodec.decode(record.value())).event();
            assertEquals(event.ticketId(), record.key());
            long samePartition = received.stream().filter(r -> r.key().equals(record.key()))
                    .map(ConsumerRecord::partition).distinct().count();
            assertEquals(1, samePartition, "all events of " + record.key() + " share a partition");
        }
        for (String ticketId : List.of("T-0", "T-1", "T-2", "T-3")) {
            assertEquals(
                    sent.stream().filter(e -> e.ticketId().equals(ticketId)).toList(),
                    received.stream().filter(r -> r.key().equals(ticketId)).sorted(
                                    java.util.Comparator.comparingLong(ConsumerRecord::offset))
                            .map(r -> ((DecodeResult.Accepted) TicketEventCodec.decode(r.value())).event()).toList());
        }
    }

    private static List<ConsumerRecord<String, byte[]>> consumeAll(KafkaConfig config, int expected) {
        List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, config.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "publisher-test",
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
                new StringDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(config.ticketEventsTopic()));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (records.size() < expected && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
        }
        return records;
    }
}

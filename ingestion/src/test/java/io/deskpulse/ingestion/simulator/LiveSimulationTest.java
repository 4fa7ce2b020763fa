package io.deskpulse.ingestion.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.deskpulse.events.DecodeResult;
import io.deskpulse.events.EventType;
import io.deskpulse.events.TicketEvent;
import io.deskpulse.events.TicketEventCodec;
import io.deskpulse.ingestion.KafkaConfig;
import io.deskpulse.ingestion.TicketEventPublisher;
import io.deskpulse.ingestion.TicketTopics;
import io.deskpulse.localstack.junit.LocalStack;
import io.deskpulse.localstack.junit.LocalStackEndpoints;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(LocalStack.class)
class LiveSimulationTest {

    /** One simulated hour per second. */
    private static final double SPEED = 3600;

    @Test
    void publishesABacklogThenLiveEventsAsTheirSimulatedInstantsCome(LocalStackEndpoints stack) throws Exception {
        KafkaConfig config = new KafkaConfig(stack.kafkaBootstrapServers(), "simulator-live-test", 3);
        TicketTopics.ensureExist(config);
        Instant started = Instant.now();
        long sent;
        try (TicketEventPublisher publisher = new TicketEventPublisher(config)) {
            KafkaSink sink = new KafkaSink(publisher);
            try (LiveSimulation live = LiveSimulation.start(new SimulationSettings(3, 2000), SPEED, Duration.ofHours(1),
                    Clock.systemUTC(), sink)) {
                Thread.sleep(3000);
                assertTrue(live.summary().events() > 0, "published while running");
            }
            sink.awaitAcknowledged(Duration.ofSeconds(30));
            sent = sink.sent();
        }

        List<ConsumerRecord<String, byte[]>> records = consume(config, sent);
        assertEquals(sent, records.size());
        Map<String, List<TicketEvent>> byTicket = new HashMap<>();
        for (ConsumerRecord<String, byte[]> record : records) {
            DecodeResult decoded = TicketEventCodec.decode(record.value());
            assertTrue(decoded instanceof DecodeResult.Accepted, () -> "valid: " + decoded);
            TicketEvent event = ((DecodeResult.Accepted) decoded).event();
            assertEquals(event.ticketId(), record.key());
            byTicket.computeIfAbsent(event.ticketId(), id -> new ArrayList<>()).add(event);
        }
        long backlog = records.stream().filter(r -> event(r).occurredAt().isBefore(started)).count();
        Instant halfAnHourIn = started.plus(Duration.ofMinutes(30));
        long live = records.stream().filter(r -> event(r).occurredAt().isAfter(halfAnHourIn)).count();
        assertTrue(backlog > 0, "a backlog from the hour before the start");
        assertTrue(live > 0, "events of the simulated hours after the start");
        assertTrue(records.stream().noneMatch(r -> event(r).occurredAt().isAfter(started.plus(Duration.ofHours(6)))),
                "3 s at one hour per second stay well within 6 simulated hours");
        // Records of a ticket share a partition, so the consumer sees them in the order published: time order.
        byTicket.values().forEach(events -> {
            for (int i = 1; i < events.size(); i++) {
                assertTrue(!events.get(i).occurredAt().isBefore(events.get(i - 1).occurredAt()), "in order: " + events);
            }
            assertEquals(EventType.TICKET_CREATED, events.getFirst().type());
        });
    }

    private static TicketEvent event(ConsumerRecord<String, byte[]> record) {
        return ((DecodeResult.Accepted) TicketEventCodec.decode(record.value())).event();
    }

    private static List<ConsumerRecord<String, byte[]>> consume(KafkaConfig config, long expected) {
        List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, config.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "simulator-live-test",
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

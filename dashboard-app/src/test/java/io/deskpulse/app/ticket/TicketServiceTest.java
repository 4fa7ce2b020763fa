package io.deskpulse.app.ticket;

import static io.deskpulse.app.DeskFixture.ANNA;
import static io.deskpulse.app.DeskFixture.EU_MANAGER;
import static io.deskpulse.app.DeskFixture.EXECUTIVE;
import static io.deskpulse.app.DeskFixture.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.deskpulse.app.DeskFixture;
import io.deskpulse.app.base.DeskPulseProperties;
import io.deskpulse.app.intake.TicketEventSender;
import io.deskpulse.app.security.OutOfScopeException;
import io.deskpulse.events.AgentReplied;
import io.deskpulse.events.DecodeResult;
import io.deskpulse.events.Priority;
import io.deskpulse.events.PriorityChanged;
import io.deskpulse.events.TicketAssigned;
import io.deskpulse.events.TicketEvent;
import io.deskpulse.events.TicketEventCodec;
import io.deskpulse.events.TicketResolved;
import io.deskpulse.events.TicketStatus;
import io.deskpulse.ingestion.KafkaConfig;
import io.deskpulse.ingestion.TicketEventPublisher;
import io.deskpulse.ingestion.TicketTopics;
import io.deskpulse.localstack.junit.LocalStack;
import io.deskpulse.localstack.junit.LocalStackEndpoints;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

/**
 * Actions on tickets through a real Kafka broker: what each role may do to which ticket, and the
 * events that land on the topic. Every refused action publishes nothing.
 */
@ExtendWith(LocalStack.class)
class TicketServiceTest {

    private static final String TOPIC = "ticket-actions-test";
    private static TicketEventPublisher publisher;
    private static TicketService tickets;
    private static KafkaConsumer<String, byte[]> consumer;

    @BeforeAll
    static void start(LocalStackEndpoints stack) throws Exception {
        KafkaConfig kafka = new KafkaConfig(stack.kafkaBootstrapServers(), TOPIC, 1);
        TicketTopics.ensureExist(kafka);
        publisher = new TicketEventPublisher(kafka);
        StaticListableBeanFactory beans = new StaticListableBeanFactory(Map.of("publisher", publisher));
        TicketEventSender sender = new TicketEventSender(beans.getBeanProvider(TicketEventPublisher.class),
                new DeskPulseProperties(null, null, new DeskPulseProperties.Intake(Duration.ofSeconds(10)), null, null,
                        null));
        tickets = new TicketService(DeskFixture.warehouse(stack.clickHouseEndpoint(), "ticket_service"), sender,
                Clock.fixed(NOW, ZoneOffset.UTC));
        consumer = new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()),
                new StringDeserializer(), new ByteArrayDeserializer());
        consumer.assign(List.of(new TopicPartition(TOPIC, 0)));
        consumer.seekToEnd(List.of(new TopicPartition(TOPIC, 0)));
        consumer.position(new TopicPartition(TOPIC, 0));
    }

    @AfterAll
    static void stop() {
        consumer.close();
        publisher.close();
    }

    @Test
    void anAgentHandlesTheirOwnTicketsOnly() throws Exception {
        tickets.resolve(ANNA, "E-1", "replaced toner", true).get();
        tickets.reply(ANNA, "E-2", false).get();
        assertThatThrownBy(() -> tickets.resolve(ANNA, "E-3", "solved", false))
                .isInstanceOf(OutOfScopeException.class).hasMessage("Ticket E-3 is not in your scope");
        assertThatThrownBy(() -> tickets.reply(ANNA, "C-1", true)).isInstanceOf(OutOfScopeException.class);
        assertThatThrownBy(() -> tickets.reassign(ANNA, "E-1", "lukas.schmidt"))
                .isInstanceOf(OutOfScopeException.class).hasMessageContaining("Only managers");
        assertThatThrownBy(() -> tickets.setAside(ANNA, "E-2", TicketStatus.ON_HOLD, " "))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("reason: required");

        List<TicketEvent> published = received(2);
        assertThat(published.get(0)).isInstanceOfSatisfying(TicketResolved.class, resolved -> {
            assertThat(resolved.ticketId()).isEqualTo("E-1");
            assertThat(resolved.agentId()).isEqualTo("anna.mueller");
            assertThat(resolved.resolutionCode()).isEqualTo("replaced toner");
            assertThat(resolved.firstContact()).isTrue();
            assertThat(resolved.source()).isEqualTo("app:agent");
            assertThat(resolved.occurredAt()).isEqualTo(NOW);
        });
        assertThat(published.get(1)).isInstanceOfSatisfying(AgentReplied.class,
                reply -> assertThat(reply.publicReply()).isFalse());
    }

    @Test
    void aManagerDirectsTicketsOfTheirRegionsToAgentsOfTheirRegions() throws Exception {
        tickets.reassign(EU_MANAGER, "E-3", "anna.mueller").get();
        tickets.escalate(EU_MANAGER, "E-2").get();
        tickets.changePriority(EU_MANAGER, "E-3", Priority.P1).get();
        assertThatThrownBy(() -> tickets.reassign(EU_MANAGER, "E-3", "wei.wang"))
                .isInstanceOf(OutOfScopeException.class).hasMessage("Agent wei.wang is not in your scope");
        assertThatThrownBy(() -> tickets.escalate(EU_MANAGER, "C-1"))
                .isInstanceOf(OutOfScopeException.class).hasMessage("Ticket C-1 is not in your scope");
        assertThatThrownBy(() -> tickets.resolve(EU_MANAGER, "E-4", "solved", false))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("ticket: E-4 is RESOLVED already");
        assertThatThrownBy(() -> tickets.changePriority(EU_MANAGER, "E-1", Priority.P2))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("P2 already");

        List<TicketEvent> published = received(3);
        assertThat(published.get(0)).isEqualTo(new TicketAssigned(published.get(0).eventId(), "E-3", NOW,
                "app:manager", "anna.mueller", "eu-desk"));
        assertThat(published.get(1)).isEqualTo(new PriorityChanged(published.get(1).eventId(), "E-2", NOW,
                "app:manager", Priority.P2));
        assertThat(published.get(2)).isEqualTo(new PriorityChanged(published.get(2).eventId(), "E-3", NOW,
                "app:manager", Priority.P1));
    }

    @Test
    void anExecutiveLooksButDoesNotHandleTickets() throws Exception {
        assertThatThrownBy(() -> tickets.reply(EXECUTIVE, "E-1", true))
                .isInstanceOf(OutOfScopeException.class).hasMessage("Your role does not handle tickets");
        assertThat(tickets.detail(EXECUTIVE, "C-1")).isPresent();
        assertThat(tickets.detail(ANNA, "C-1")).isEmpty();
        assertThat(received(0)).isEmpty();
    }

    /** The next {@code count} events on the topic, then checks that nothing else follows. */
    private static synchronized List<TicketEvent> received(int count) {
        List<TicketEvent> events = new ArrayList<>();
        long deadline = System.nanoTime() + Duration.ofSeconds(count == 0 ? 2 : 20).toNanos();
        while (System.nanoTime() < deadline && (events.size() < count || count == 0)) {
            for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                DecodeResult decoded = TicketEventCodec.decode(record.value());
                assertThat(decoded).isInstanceOf(DecodeResult.Accepted.class);
                events.add(((DecodeResult.Accepted) decoded).event());
            }
        }
        for (ConsumerRecord<String, byte[]> extra : consumer.poll(Duration.ofMillis(500))) {
            events.add(((DecodeResult.Accepted) TicketEventCodec.decode(extra.value())).event());
        }
        assertThat(events).hasSize(count);
        return events;
    }
}

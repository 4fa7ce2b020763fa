package io.deskpulse.app.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.deskpulse.app.DashboardApplication;
import io.deskpulse.events.AgentReplied;
import io.deskpulse.events.Channel;
import io.deskpulse.events.DecodeResult;
import io.deskpulse.events.Priority;
import io.deskpulse.events.TicketCreated;
import io.deskpulse.events.TicketEvent;
import io.deskpulse.events.TicketEventCodec;
import io.deskpulse.events.TicketEventSchema;
import io.deskpulse.ingestion.KafkaConfig;
import io.deskpulse.ingestion.TicketTopics;
import io.deskpulse.localstack.junit.LocalStack;
import io.deskpulse.localstack.junit.LocalStackEndpoints;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
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
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The intake API over real HTTP, against the app on a random port and a real Kafka broker: what is
 * answered, and what lands on the event topic.
 */
@ExtendWith(LocalStack.class)
class TicketApiTest {

    private static final String TOPIC = "api-test-ticket-events";
    private static final String MAILGW_TOKEN = "mailgw-7c1d0e5a9b3f";
    private static final String CHATBOT_TOKEN = "chatbot-2e8f6a4c1d9b";
    private static final ObjectMapper JSON = new ObjectMapper();

    private static ConfigurableApplicationContext app;
    private static String baseUrl;
    private static KafkaConsumer<String, byte[]> consumer;
    private static List<TopicPartition> partitions;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @BeforeAll
    static void startTheApp(LocalStackEndpoints stack) {
        KafkaConfig kafka = new KafkaConfig(stack.kafkaBootstrapServers(), TOPIC, 2);
        TicketTopics.ensureExist(kafka);
        app = new SpringApplicationBuilder(DashboardApplication.class)
                .properties(Map.of(
                        "server.port", "0",
                        "deskpulse.kafka.bootstrap-servers", kafka.bootstrapServers(),
                        "deskpulse.kafka.ticket-events-topic", TOPIC,
                        "deskpulse.clickhouse.url", stack.clickHouseEndpoint(),
                        "deskpulse.clickhouse.migrate", "false",
                        "deskpulse.api.tokens", "mailgw:" + MAILGW_TOKEN + ", chatbot:" + CHATBOT_TOKEN,
                        "deskpulse.api.max-request-size", "16KB",
                        "deskpulse.api.max-batch-events", "20"))
                .run();
        baseUrl = "http://127.0.0.1:" + app.getEnvironment().getProperty("local.server.port");
        consumer = new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()),
                new StringDeserializer(), new ByteArrayDeserializer());
        partitions = List.of(new TopicPartition(TOPIC, 0), new TopicPartition(TOPIC, 1));
        consumer.assign(partitions);
    }

    @AfterAll
    static void stopTheApp() {
        if (consumer != null) {
            consumer.close();
        }
        if (app != null) {
            app.close();
        }
    }

    @Test
    void createsATicketWithItsSlaAndPublishesTheEvent() throws Exception {
        HttpResponse<String> response = post("/api/v1/tickets", MAILGW_TOKEN, """
                {"customerId": "C-10042", "customerTier": "VIP1", "region": "cn-east", "team": "hardware-desk",
                 "category": "hardware/printer/jam", "priority": "P1", "channel": "email",
                 "subject": "Printer on floor 3 jams"}""");

        assertThat(response.statusCode()).isEqualTo(201);
        JsonNode receipt = JSON.readTree(response.body());
        String ticketId = receipt.get("ticketId").asText();
        assertThat(ticketId).matches("T-[0-9A-Z]{8}");
        assertThat(receipt.at("/sla/policyId").asText()).isNotEmpty();
        assertThat(Instant.parse(receipt.at("/sla/firstResponseDue").asText()))
                .isAfter(Instant.parse(receipt.get("occurredAt").asText()));

        TicketCreated published = (TicketCreated) eventsOf(ticketId, 1).getFirst();
        assertThat(published.eventId()).hasToString(receipt.get("eventId").asText());
        assertThat(published.source()).isEqualTo("api:mailgw");
        assertThat(published.occurredAt()).isEqualTo(receipt.get("occurredAt").asText());
        assertThat(published.priority()).isEqualTo(Priority.P1);
        assertThat(published.channel()).isEqualTo(Channel.EMAIL);
        assertThat(published.subject()).isEqualTo("Printer on floor 3 jams");
    }

    @Test
    void appendsEventsOfAnyTypeToTheTicketOfThePath() throws Exception {
        String eventId = UUID.randomUUID().toString();
        HttpResponse<String> reply = post("/api/v1/tickets/T-APPEND01/events", CHATBOT_TOKEN, """
                {"eventId": "%s", "type": "AGENT_REPLIED", "agentId": "agent-7", "public": true,
                 "occurredAt": "2026-03-02T17:15:00+08:00", "futureField": {"kept": "ignored"}}""".formatted(eventId));
        HttpResponse<String> closed = post("/api/v1/tickets/T-APPEND01/events", CHATBOT_TOKEN,
                "{\"type\": \"TICKET_CLOSED\"}");

        assertThat(reply.statusCode()).as(reply.body()).isEqualTo(202);
        assertThat(JSON.readTree(reply.body()).get("eventId").asText()).isEqualTo(eventId);
        assertThat(closed.statusCode()).isEqualTo(202);
        List<TicketEvent> events = eventsOf("T-APPEND01", 2);
        assertThat(events.getFirst()).isEqualTo(new AgentReplied(UUID.fromString(eventId), "T-APPEND01",
                Instant.parse("2026-03-02T09:15:00Z"), "api:chatbot", "agent-7", true));
        assertThat(events.get(1).type().name()).isEqualTo("TICKET_CLOSED");
    }

    @Test
    void invalidFieldsAreAllNamedAsProblemDetails() throws Exception {
        HttpResponse<String> created = post("/api/v1/tickets", MAILGW_TOKEN, """
                {"customerTier": "VIP1", "category": "hardware", "priority": "urgent", "channel": "EMAIL",
                 "source": "import"}""");
        HttpResponse<String> wrongTicket = post("/api/v1/tickets/T-PATH0001/events", MAILGW_TOKEN,
                "{\"type\": \"CUSTOMER_REPLIED\", \"ticketId\": \"T-BODY0001\"}");

        assertThat(created.statusCode()).isEqualTo(422);
        assertThat(created.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        JsonNode problem = JSON.readTree(created.body());
        assertThat(problem.get("type").asText()).isEqualTo("tag:deskpulse.io,2026:problems/invalid-events");
        assertThat(problem.get("title").asText()).isEqualTo("Invalid events");
        assertThat(problem.get("status").asInt()).isEqualTo(422);
        assertThat(pointers(problem)).containsExactly("/source", "/region", "/priority", "/channel");
        assertThat(problem.at("/errors/2/detail").asText()).isEqualTo("must be one of [P1, P2, P3, P4], got 'urgent'");
        assertThat(pointers(JSON.readTree(wrongTicket.body()))).containsExactly("/ticketId");
    }

    @Test
    void aBatchWithOneBadEventPublishesNothingAndAGoodOneKeepsItsOrder() throws Exception {
        long before = endOffset();
        HttpResponse<String> bad = post("/api/v1/events:batch", MAILGW_TOKEN, """
                [{"ticketId": "T-BATCH001", "type": "CUSTOMER_REPLIED"},
                 {"ticketId": "T-BATCH001", "type": "PRIORITY_CHANGED", "priority": "urgent"},
                 {"ticketId": "T-BATCH001", "type": "SATISFACTION_RATED", "csat": 4, "nps": 11}]""");

        assertThat(bad.statusCode()).isEqualTo(422);
        JsonNode problem = JSON.readTree(bad.body());
        assertThat(pointers(problem)).containsExactly("/1/priority", "/2/nps");
        assertThat(problem.get("detail").asText()).isEqualTo("Nothing was published: 2 of 3 events are not valid.");
        assertThat(endOffset()).isEqualTo(before);

        HttpResponse<String> good = post("/api/v1/events:batch", MAILGW_TOKEN, """
                [{"ticketId": "T-BATCH001", "type": "CUSTOMER_REPLIED"},
                 {"ticketId": "T-BATCH001", "type": "PRIORITY_CHANGED", "priority": "P2"},
                 {"ticketId": "T-BATCH001", "type": "SATISFACTION_RATED", "csat": 4, "nps": 10}]""");

        assertThat(good.statusCode()).as(good.body()).isEqualTo(202);
        assertThat(JSON.readTree(good.body()).get("published").asInt()).isEqualTo(3);
        assertThat(JSON.readTree(good.body()).at("/results/2/type").asText()).isEqualTo("SATISFACTION_RATED");
        assertThat(eventsOf("T-BATCH001", 3)).extracting(event -> event.type().name())
                .containsExactly("CUSTOMER_REPLIED", "PRIORITY_CHANGED", "SATISFACTION_RATED");
    }

    @Test
    void aRetryWithTheSameIdempotencyKeyGetsTheSameAnswerAndPublishesOnce() throws Exception {
        String ticket = """
                {"customerTier": "STANDARD", "region": "eu-central", "category": "software/email",
                 "priority": "P3", "channel": "api"}""";
        long before = endOffset();

        HttpResponse<String> first = post("/api/v1/tickets", MAILGW_TOKEN, ticket, "Idempotency-Key", "mail-4711");
        HttpResponse<String> retry = post("/api/v1/tickets", MAILGW_TOKEN, ticket, "Idempotency-Key", "mail-4711");

        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(retry.statusCode()).isEqualTo(201);
        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(retry.headers().firstValue("Idempotent-Replayed")).hasValue("true");
        assertThat(endOffset()).isEqualTo(before + 1);

        HttpResponse<String> otherRequest = post("/api/v1/tickets", MAILGW_TOKEN,
                ticket.replace("P3", "P2"), "Idempotency-Key", "mail-4711");
        HttpResponse<String> otherSource = post("/api/v1/tickets", CHATBOT_TOKEN, ticket,
                "Idempotency-Key", "mail-4711");
        assertThat(otherRequest.statusCode()).isEqualTo(422);
        assertThat(JSON.readTree(otherRequest.body()).get("type").asText()).endsWith("/idempotency-key-reused");
        assertThat(otherSource.statusCode()).isEqualTo(201);
        assertThat(JSON.readTree(otherSource.body()).get("ticketId"))
                .isNotEqualTo(JSON.readTree(first.body()).get("ticketId"));
    }

    @Test
    void anEventIdInTheBodyMakesARetrySafeToo() throws Exception {
        String event = "{\"eventId\": \"%s\", \"type\": \"TICKET_REOPENED\", \"reason\": \"still jams\"}"
                .formatted(UUID.randomUUID());
        long before = endOffset();

        HttpResponse<String> first = post("/api/v1/tickets/T-RETRY001/events", MAILGW_TOKEN, event);
        HttpResponse<String> retry = post("/api/v1/tickets/T-RETRY001/events", MAILGW_TOKEN, event);

        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(endOffset()).isEqualTo(before + 1);
    }

    @Test
    void onlyAKnownBearerTokenGetsInAndNoSessionIsMade() throws Exception {
        String event = "{\"type\": \"TICKET_CLOSED\"}";
        HttpResponse<String> none = send(HttpRequest.newBuilder(uri("/api/v1/tickets/T-AUTH0001/events"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(event)));
        HttpResponse<String> wrong = post("/api/v1/tickets/T-AUTH0001/events", MAILGW_TOKEN + "x", event);
        HttpResponse<String> right = post("/api/v1/tickets/T-AUTH0001/events", MAILGW_TOKEN, event);

        assertThat(none.statusCode()).isEqualTo(401);
        assertThat(none.headers().firstValue("WWW-Authenticate")).hasValue("Bearer realm=\"deskpulse\"");
        assertThat(none.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(JSON.readTree(none.body()).get("type").asText()).endsWith("/unauthorized");
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(wrong.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                value -> assertThat(value).contains("invalid_token"));
        assertThat(right.statusCode()).isEqualTo(202);
        assertThat(right.headers().allValues("Set-Cookie")).isEmpty();
        // The Vaadin app keeps its form login.
        assertThat(send(HttpRequest.newBuilder(uri("/queue"))).statusCode()).isEqualTo(302);
    }

    @Test
    void anOversizeBodyOrBatchIsRefusedNamingTheLimit() throws Exception {
        String subject = "x".repeat(17 * 1024);
        HttpResponse<String> body = post("/api/v1/tickets", MAILGW_TOKEN, "{\"subject\": \"" + subject + "\"}");
        List<String> events = new ArrayList<>();
        for (int i = 0; i < 21; i++) {
            events.add("{\"ticketId\": \"T-LIMIT001\", \"type\": \"CUSTOMER_REPLIED\"}");
        }
        HttpResponse<String> batch = post("/api/v1/events:batch", MAILGW_TOKEN, "[" + String.join(",", events) + "]");

        assertThat(body.statusCode()).isEqualTo(413);
        assertThat(JSON.readTree(body.body()).get("limit").asLong()).isEqualTo(16 * 1024);
        assertThat(JSON.readTree(body.body()).get("detail").asText()).contains("16384 bytes");
        assertThat(batch.statusCode()).isEqualTo(413);
        assertThat(JSON.readTree(batch.body()).get("limit").asLong()).isEqualTo(20);
    }

    @Test
    void aBodyThatIsNotJsonIsMalformed() throws Exception {
        HttpResponse<String> notJson = post("/api/v1/tickets", MAILGW_TOKEN, "{\"priority\": ");
        HttpResponse<String> form = send(HttpRequest.newBuilder(uri("/api/v1/tickets"))
                .header("Authorization", "Bearer " + MAILGW_TOKEN)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("priority=P1")));

        assertThat(notJson.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(notJson.body()).get("detail").asText()).startsWith("The body is not valid JSON");
        assertThat(form.statusCode()).isEqualTo(415);
    }

    @Test
    void servesTheOpenApiDocumentAndTheEventSchemaWhoseReferencesResolve() throws Exception {
        HttpResponse<String> openApi = send(HttpRequest.newBuilder(uri("/api/v1/openapi.json")));
        HttpResponse<String> schema = send(HttpRequest.newBuilder(uri("/api/v1/schema/ticket-event.json")));

        assertThat(openApi.statusCode()).isEqualTo(200);
        assertThat(schema.statusCode()).isEqualTo(200);
        assertThat(schema.headers().firstValue("Content-Type")).hasValue("application/schema+json");
        JsonNode document = JSON.readTree(openApi.body());
        JsonNode eventSchema = JSON.readTree(schema.body());
        assertThat(document.get("openapi").asText()).isEqualTo("3.1.0");
        assertThat(eventSchema).isEqualTo(JSON.readTree(TicketEventSchema.json()));
        List<String> references = document.findValuesAsText("$ref");
        assertThat(references).contains("/api/v1/schema/ticket-event.json");
        for (String reference : references) {
            String[] target = reference.split("#", 2);
            JsonNode root = target[0].isEmpty() ? document : eventSchema;
            assertThat(target[0]).isIn("", "/api/v1/schema/ticket-event.json");
            assertThat(root.at(target.length > 1 ? target[1] : "").isMissingNode()).as(reference).isFalse();
        }
    }

    @Test
    void whatNoEndpointTakesIsAProblemNotTheAppsPage() throws Exception {
        HttpResponse<String> unknown = post("/api/v1/nothing", MAILGW_TOKEN, "{}");
        HttpResponse<String> wrongMethod = send(HttpRequest.newBuilder(uri("/api/v1/tickets"))
                .header("Authorization", "Bearer " + MAILGW_TOKEN));

        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(wrongMethod.statusCode()).isEqualTo(405);
        assertThat(wrongMethod.headers().firstValue("Allow")).hasValue("POST");
    }

    private HttpResponse<String> post(String path, String token, String body, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return send(request);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static URI uri(String path) {
        return URI.create(baseUrl + path);
    }

    private static List<String> pointers(JsonNode problem) {
        return problem.get("errors").findValuesAsText("pointer");
    }

    /** Records on the topic so far: an answer comes only after the broker's acknowledgement. */
    private static long endOffset() {
        return consumer.endOffsets(partitions).values().stream().mapToLong(Long::longValue).sum();
    }

    /** The events of one ticket on the topic, in order, once there are {@code count} of them. */
    private static List<TicketEvent> eventsOf(String ticketId, int count) {
        consumer.seekToBeginning(partitions);
        List<TicketEvent> events = new ArrayList<>();
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (events.size() < count && System.nanoTime() < deadline) {
            for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                if (ticketId.equals(record.key())) {
                    events.add(((DecodeResult.Accepted) TicketEventCodec.decode(record.value())).event());
                }
            }
        }
        assertThat(events).hasSize(count);
        return events;
    }
}

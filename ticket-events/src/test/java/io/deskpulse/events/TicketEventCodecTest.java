package io.deskpulse.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class TicketEventCodecTest {

    private static final Instant NINE_AM = Instant.parse("2026-03-02T01:00:00Z");

    private static final TicketCreated PRINTER_JAM = new TicketCreated(
            UUID.fromString("7b0c2f1e-6d0a-4c55-9a57-2a6f4f1b8c01"), "T-1", NINE_AM, "intake",
            "C-42", "VIP1", "east", "hardware-desk", "hardware/printer/jam", Priority.P1, Channel.PHONE,
            "Printer on floor 3 jams");

    @Test
    void everySupportedEventSurvivesTheRoundTrip() {
        TicketEvent[] events = {
            PRINTER_JAM,
            new AgentReplied(UUID.randomUUID(), "T-1", NINE_AM.plusSeconds(600), "api", "agent-7", true),
            new TicketResolved(UUID.randomUUID(), "T-1", NINE_AM.plusSeconds(3600), "api", "agent-7", "fixed", true),
            new TicketAssigned(UUID.randomUUID(), "T-1", NINE_AM.plusSeconds(60), "api", "agent-7", "hardware-desk"),
            new CustomerReplied(UUID.randomUUID(), "T-1", NINE_AM.plusSeconds(900), "api"),
            new StatusChanged(UUID.randomUUID(), "T-1", NINE_AM.plusSeconds(1200), "api",
                    TicketStatus.PENDING_CUSTOMER, "waiting for the serial number"),
            new PriorityChanged(UUID.randomUUID(), "T-1", NINE_AM.plusSeconds(1300), "api", Priority.P2),
            new TicketReopened(UUID.randomUUID(), "T-1", NINE_AM.plusSeconds(4000), "api", "still jams"),
            new TicketClosed(UUID.randomUUID(), "T-1", NINE_AM.plusSeconds(9000), "api"),
            new SatisfactionRated(UUID.randomUUID(), "T-1", NINE_AM.plusSeconds(9100), "api", 4, 9, "quick"),
            new SatisfactionRated(UUID.randomUUID(), "T-1", NINE_AM.plusSeconds(9200), "api", 2, null, null),
            new WorkLogged(UUID.randomUUID(), "T-1", NINE_AM.plusSeconds(9300), "api", "agent-7", 25),
        };
        for (TicketEvent event : events) {
            assertEquals(new DecodeResult.Accepted(event), TicketEventCodec.decode(TicketEventCodec.encode(event)));
        }
    }

    @Test
    void unknownFieldsAreIgnoredAndOffsetsBecomeInstants() {
        String json = TicketEventCodec.encodeToString(PRINTER_JAM)
                .replace("\"2026-03-02T01:00:00Z\"", "\"2026-03-02T09:00:00+08:00\"")
                .replace("{", "{\"futureField\":{\"x\":1},");
        assertEquals(new DecodeResult.Accepted(PRINTER_JAM), decode(json));
    }

    @Test
    void rejectionsNameTheField() {
        String valid = TicketEventCodec.encodeToString(PRINTER_JAM);
        assertRejected("field 'priority': must be one of [P1, P2, P3, P4], got 'urgent'",
                valid.replace("\"P1\"", "\"urgent\""));
        assertRejected("field 'occurredAt': must be an ISO-8601 instant with Z or an offset, got 'yesterday'",
                valid.replace("2026-03-02T01:00:00Z", "yesterday"));
        assertRejected("field 'region': is required", valid.replace("\"region\"", "\"regio\""));
        assertRejected("field 'eventId': must be a UUID, got 'abc'",
                valid.replace("7b0c2f1e-6d0a-4c55-9a57-2a6f4f1b8c01", "abc"));
        assertRejected("field 'schema': unsupported schema 2, expected 1", valid.replace("\"schema\":1", "\"schema\":2"));
        assertEquals(new DecodeResult.Rejected(null, "not a JSON object"), decode("[1,2]"));
    }

    @Test
    void onlyTheFieldsTheSlaEngineReadsAreRequired() {
        String minimal = "{\"eventId\":\"7B0C2F1E-6D0A-4C55-9A57-2A6F4F1B8C01\",\"schema\":1,"
                + "\"type\":\"TICKET_CREATED\",\"ticketId\":\"T-1\",\"occurredAt\":\"2026-03-02T01:00:00.000Z\","
                + "\"source\":\"api\",\"customerTier\":\"VIP1\",\"region\":\"east\",\"category\":\"hw\","
                + "\"priority\":\"P1\",\"channel\":\"phone\",\"team\":null}";
        assertEquals(new DecodeResult.Accepted(new TicketCreated(PRINTER_JAM.eventId(), "T-1", NINE_AM, "api",
                null, "VIP1", "east", null, "hw", Priority.P1, Channel.PHONE, null)), decode(minimal));
        assertEquals(new DecodeResult.Accepted(new TicketResolved(PRINTER_JAM.eventId(), "T-1", NINE_AM, "api",
                null, null, false)), decode(common("TICKET_RESOLVED", "")));
    }

    @Test
    void typeSpecificRejectionsNameTheField() {
        assertRejected("field 'public': is required", common("AGENT_REPLIED", ",\"agentId\":\"a1\""));
        assertRejected("field 'public': must be true or false", common("AGENT_REPLIED", ",\"public\":\"yes\""));
        assertRejected("field 'status': must be one of [NEW, OPEN, PENDING_CUSTOMER, ON_HOLD, RESOLVED, CLOSED], got 'WAITING'",
                common("STATUS_CHANGED", ",\"status\":\"WAITING\""));
        assertRejected("field 'priority': is required", common("PRIORITY_CHANGED", ""));
        assertRejected("field 'csat': must be between 1 and 5, got 6", common("SATISFACTION_RATED", ",\"csat\":6"));
        assertRejected("field 'nps': must be between 0 and 10, got 11",
                common("SATISFACTION_RATED", ",\"csat\":5,\"nps\":11"));
        assertRejected("field 'minutes': must be an integer", common("WORK_LOGGED", ",\"minutes\":\"ten\""));
        assertRejected("field 'reason': must be a string", common("TICKET_REOPENED", ",\"reason\":7"));
        assertRejected("field 'type': must be one of [TICKET_CREATED, TICKET_ASSIGNED, AGENT_REPLIED, CUSTOMER_REPLIED, "
                + "STATUS_CHANGED, PRIORITY_CHANGED, TICKET_RESOLVED, TICKET_REOPENED, TICKET_CLOSED, SATISFACTION_RATED, "
                + "WORK_LOGGED], got 'TICKET_MERGED'", common("TICKET_MERGED", ""));
    }

    @Test
    void instantsAreWholeSecondsWithAnOffset() {
        String valid = TicketEventCodec.encodeToString(PRINTER_JAM);
        assertRejected("field 'occurredAt': must be a whole second (a fraction must be zero), got '2026-03-02T01:00:00.5Z'",
                valid.replace("2026-03-02T01:00:00Z", "2026-03-02T01:00:00.5Z"));
        assertRejected("field 'occurredAt': must be an ISO-8601 instant with Z or an offset, got '2026-03-02T01:00:00'",
                valid.replace("2026-03-02T01:00:00Z", "2026-03-02T01:00:00"));
        assertEquals(new DecodeResult.Accepted(PRINTER_JAM),
                decode(valid.replace("2026-03-02T01:00:00Z", "2026-03-02T01:00:00.000Z")));
    }

    @Test
    void channelsAndUuidsFollowTheContractsSpelling() {
        String valid = TicketEventCodec.encodeToString(PRINTER_JAM);
        assertRejected("field 'channel': must be one of phone, email, web, chat, wechat, api, got 'PHONE'",
                valid.replace("\"phone\"", "\"PHONE\""));
        assertRejected("field 'eventId': must be a UUID, got '1-2-3-4-5'",
                valid.replace("7b0c2f1e-6d0a-4c55-9a57-2a6f4f1b8c01", "1-2-3-4-5"));
    }

    @Test
    void trailingContentIsNotJson() {
        String valid = TicketEventCodec.encodeToString(PRINTER_JAM);
        assertInstanceOf(DecodeResult.Rejected.class, decode(valid + " {}"));
    }

    @Test
    void problemsNameEveryBadFieldInOrderAndStartWithTheRejection() throws Exception {
        String json = TicketEventCodec.encodeToString(PRINTER_JAM)
                .replace("\"schema\":1", "\"schema\":2")
                .replace("\"region\"", "\"regio\"")
                .replace("\"P1\"", "\"urgent\"")
                .replace("\"phone\"", "\"PHONE\"");
        JsonNode root = new ObjectMapper().readTree(json);

        List<DecodeResult.Rejected> problems = TicketEventCodec.problems(root);

        assertEquals(List.of("schema", "region", "priority", "channel"),
                problems.stream().map(DecodeResult.Rejected::field).toList());
        assertEquals(TicketEventCodec.decode(root), problems.getFirst());
        assertEquals("field 'region': is required", problems.get(1).reason());
    }

    @Test
    void withoutATypeOnlyTheCommonFieldsHaveProblems() throws Exception {
        JsonNode root = new ObjectMapper().readTree("{\"type\":\"TICKET_MERGED\",\"csat\":9}");

        assertEquals(List.of("eventId", "schema", "type", "ticketId", "occurredAt", "source"),
                TicketEventCodec.problems(root).stream().map(DecodeResult.Rejected::field).toList());
        assertEquals(List.of(new DecodeResult.Rejected(null, "not a JSON object")),
                TicketEventCodec.problems(new ObjectMapper().readTree("[]")));
        assertEquals(List.of(), TicketEventCodec.problems(new ObjectMapper().readTree(
                TicketEventCodec.encodeToString(PRINTER_JAM))));
    }

    private static String common(String type, String extra) {
        return "{\"eventId\":\"7b0c2f1e-6d0a-4c55-9a57-2a6f4f1b8c01\",\"schema\":1,\"type\":\"" + type
                + "\",\"ticketId\":\"T-1\",\"occurredAt\":\"2026-03-02T01:00:00Z\",\"source\":\"api\"" + extra + "}";
    }

    @Test
    void malformedJsonIsRejectedNotThrown() {
        DecodeResult result = decode("{\"eventId\": ");
        assertInstanceOf(DecodeResult.Rejected.class, result);
    }

    private static void assertRejected(String reason, String json) {
        DecodeResult result = decode(json);
        assertInstanceOf(DecodeResult.Rejected.class, result);
        assertEquals(reason, ((DecodeResult.Rejected) result).reason());
    }

    private static DecodeResult decode(String json) {
        return TicketEventCodec.decode(json.getBytes(StandardCharsets.UTF_8));
    }
}

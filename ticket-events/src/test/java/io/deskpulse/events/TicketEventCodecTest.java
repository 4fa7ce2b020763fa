package io.deskpulse.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
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
        assertRejected("not a JSON object", "[1,2]");
    }

    @Test
    void malformedJsonIsRejectedNotThrown() {
        DecodeResult result = decode("{\"eventId\": ");
        assertInstanceOf(DecodeResult.Rejected.class, result);
    }

    private static void assertRejected(String reason, String json) {
        assertEquals(new DecodeResult.Rejected(reason), decode(json));
    }

    private static DecodeResult decode(String json) {
        return TicketEventCodec.decode(json.getBytes(StandardCharsets.UTF_8));
    }
}

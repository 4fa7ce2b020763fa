package io.deskpulse.jobs.sla;

import io.deskpulse.events.AgentReplied;
import io.deskpulse.events.Channel;
import io.deskpulse.events.Priority;
import io.deskpulse.events.TicketCreated;
import io.deskpulse.events.TicketResolved;
import java.time.Instant;
import java.util.UUID;

/** Named instants and event factories that make the job tests read like desk scenarios. */
final class TicketScenarios {

    static final Instant NINE_AM = Instant.parse("2026-03-02T09:00:00Z");
    static final Instant TEN_PAST_NINE = NINE_AM.plusSeconds(10 * 60);
    static final Instant HALF_PAST_NINE = NINE_AM.plusSeconds(30 * 60);
    static final Instant TWENTY_TO_TEN = NINE_AM.plusSeconds(40 * 60);

    /** One policy for every ticket, around the clock: first response 30 min, resolution 60 min. */
    static final byte[] STANDARD_POLICY = """
            {"calendars": [{"id": "always", "alwaysOpen": true}],
             "policies": [{"id": "std", "match": {}, "calendar": "always",
                           "targets": {"FIRST_RESPONSE": 30, "NEXT_REPLY": 60, "RESOLUTION": 60},
                           "warnAt": [50]}]}
            """.getBytes(java.nio.charset.StandardCharsets.UTF_8);

    private TicketScenarios() {}

    static TicketCreated created(String ticketId, Instant at) {
        return new TicketCreated(UUID.randomUUID(), ticketId, at, "test", "C-1", "VIP1", "east", "hardware-desk",
                "hardware/printer/jam", Priority.P2, Channel.EMAIL, "Printer jams");
    }

    static AgentReplied publicReply(String ticketId, Instant at) {
        return new AgentReplied(UUID.randomUUID(), ticketId, at, "test", "agent-7", true);
    }

    static AgentReplied internalNote(String ticketId, Instant at) {
        return new AgentReplied(UUID.randomUUID(), ticketId, at, "test", "agent-7", false);
    }

    static TicketResolved resolved(String ticketId, Instant at) {
        return new TicketResolved(UUID.randomUUID(), ticketId, at, "test", "agent-7", "fixed", true);
    }
}

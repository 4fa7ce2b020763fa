package io.deskpulse.events;

import java.time.Instant;
import java.util.UUID;

/** Agent time spent on the ticket; fields the SLA engine does not read may be null. */
public record WorkLogged(
        UUID eventId, String ticketId, Instant occurredAt, String source, String agentId, Integer minutes)
        implements TicketEvent {

    @Override
    public EventType type() {
        return EventType.WORK_LOGGED;
    }
}

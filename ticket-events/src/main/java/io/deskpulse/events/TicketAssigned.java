package io.deskpulse.events;

import java.time.Instant;
import java.util.UUID;

/** The ticket was given to an agent or team; a NEW ticket becomes OPEN. Both fields may be null. */
public record TicketAssigned(
        UUID eventId, String ticketId, Instant occurredAt, String source, String agentId, String team)
        implements TicketEvent {

    @Override
    public EventType type() {
        return EventType.TICKET_ASSIGNED;
    }
}

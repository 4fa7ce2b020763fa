package io.deskpulse.events;

import java.time.Instant;
import java.util.UUID;

public record TicketResolved(
        UUID eventId,
        String ticketId,
        Instant occurredAt,
        String source,
        String agentId,
        String resolutionCode,
        boolean firstContact) implements TicketEvent {

    @Override
    public EventType type() {
        return EventType.TICKET_RESOLVED;
    }
}

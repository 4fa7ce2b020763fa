package io.deskpulse.events;

import java.time.Instant;
import java.util.UUID;

/**
 * The ticket was resolved (status RESOLVED). {@code agentId} and {@code resolutionCode} may be null;
 * an absent {@code firstContact} reads as false.
 */
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

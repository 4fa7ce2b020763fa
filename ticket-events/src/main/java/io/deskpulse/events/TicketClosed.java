package io.deskpulse.events;

import java.time.Instant;
import java.util.UUID;

/** The ticket is closed for good (status CLOSED). */
public record TicketClosed(
        UUID eventId, String ticketId, Instant occurredAt, String source)
        implements TicketEvent {

    @Override
    public EventType type() {
        return EventType.TICKET_CLOSED;
    }
}

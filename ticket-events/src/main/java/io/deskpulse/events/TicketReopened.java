package io.deskpulse.events;

import java.time.Instant;
import java.util.UUID;

/** A ticket is worked on again (status OPEN); {@code reason} may be null. */
public record TicketReopened(
        UUID eventId, String ticketId, Instant occurredAt, String source, String reason)
        implements TicketEvent {

    @Override
    public EventType type() {
        return EventType.TICKET_REOPENED;
    }
}

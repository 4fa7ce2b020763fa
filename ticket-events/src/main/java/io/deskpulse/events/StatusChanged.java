package io.deskpulse.events;

import java.time.Instant;
import java.util.UUID;

/** The status was set explicitly; {@code reason} may be null. */
public record StatusChanged(
        UUID eventId, String ticketId, Instant occurredAt, String source, TicketStatus status, String reason)
        implements TicketEvent {

    @Override
    public EventType type() {
        return EventType.STATUS_CHANGED;
    }
}

package io.deskpulse.events;

import java.time.Instant;
import java.util.UUID;

/** The priority changed; the SLA policy is selected again. */
public record PriorityChanged(
        UUID eventId, String ticketId, Instant occurredAt, String source, Priority priority)
        implements TicketEvent {

    @Override
    public EventType type() {
        return EventType.PRIORITY_CHANGED;
    }
}

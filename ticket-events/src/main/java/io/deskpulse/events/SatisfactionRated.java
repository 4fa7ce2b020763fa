package io.deskpulse.events;

import java.time.Instant;
import java.util.UUID;

/** The customer's rating: {@code csat} 1..5, {@code nps} 0..10 or null, {@code comment} may be null. */
public record SatisfactionRated(
        UUID eventId, String ticketId, Instant occurredAt, String source, int csat, Integer nps, String comment)
        implements TicketEvent {

    @Override
    public EventType type() {
        return EventType.SATISFACTION_RATED;
    }
}

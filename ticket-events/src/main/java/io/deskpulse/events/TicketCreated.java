package io.deskpulse.events;

import java.time.Instant;
import java.util.UUID;

/**
 * A new ticket. {@code customerTier}, {@code region}, {@code category}, {@code priority} and
 * {@code channel} are always present (the SLA policy is chosen by them); {@code customerId},
 * {@code team} and {@code subject} may be null.
 */
public record TicketCreated(
        UUID eventId,
        String ticketId,
        Instant occurredAt,
        String source,
        String customerId,
        String customerTier,
        String region,
        String team,
        String category,
        Priority priority,
        Channel channel,
        String subject) implements TicketEvent {

    @Override
    public EventType type() {
        return EventType.TICKET_CREATED;
    }
}

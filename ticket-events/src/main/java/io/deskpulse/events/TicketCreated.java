package io.deskpulse.events;

import java.time.Instant;
import java.util.UUID;

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

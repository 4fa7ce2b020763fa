package io.deskpulse.events;

import java.time.Instant;
import java.util.UUID;

/** The customer wrote; may start a NEXT_REPLY cycle. */
public record CustomerReplied(
        UUID eventId, String ticketId, Instant occurredAt, String source)
        implements TicketEvent {

    @Override
    public EventType type() {
        return EventType.CUSTOMER_REPLIED;
    }
}

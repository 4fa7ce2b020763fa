package io.deskpulse.events;

import java.time.Instant;
import java.util.UUID;

/** An agent's reply; only a public one (seen by the customer) stops a response clock. {@code agentId} may be null. */
public record AgentReplied(
        UUID eventId, String ticketId, Instant occurredAt, String source, String agentId, boolean publicReply)
        implements TicketEvent {

    @Override
    public EventType type() {
        return EventType.AGENT_REPLIED;
    }
}

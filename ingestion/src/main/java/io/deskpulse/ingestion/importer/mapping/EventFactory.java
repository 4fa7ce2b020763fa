package io.deskpulse.ingestion.importer.mapping;

import io.deskpulse.events.Channel;
import io.deskpulse.events.EventType;
import io.deskpulse.events.Priority;
import io.deskpulse.events.PriorityChanged;
import io.deskpulse.events.StatusChanged;
import io.deskpulse.events.TicketAssigned;
import io.deskpulse.events.TicketClosed;
import io.deskpulse.events.TicketCreated;
import io.deskpulse.events.TicketReopened;
import io.deskpulse.events.TicketResolved;
import io.deskpulse.events.TicketStatus;
import io.deskpulse.ingestion.importer.dedup.EventIds;
import java.time.Instant;

/**
 * Makes the events of an import, each with its name-based event id: the profile's source, the
 * ticket, the type, the instant, and for the types a ticket can have twice at one instant, the
 * content that tells them apart.
 */
public final class EventFactory {

    private final String source;
    private final EventIds ids = new EventIds();

    public EventFactory(String source) {
        this.source = source;
    }

    public TicketCreated created(String ticketId, Instant at, String customerId, String customerTier, String region,
            String team, String category, Priority priority, Channel channel, String subject) {
        return new TicketCreated(ids.of(source, ticketId, EventType.TICKET_CREATED, at, null), ticketId, at, source,
                customerId, customerTier, region, team, category, priority, channel, subject);
    }

    public TicketAssigned assigned(String ticketId, Instant at, String agentId, String team) {
        return new TicketAssigned(ids.of(source, ticketId, EventType.TICKET_ASSIGNED, at, agentId + "\u0000" + team),
                ticketId, at, source, agentId, team);
    }

    public StatusChanged statusChanged(String ticketId, Instant at, TicketStatus status, String reason) {
        return new StatusChanged(ids.of(source, ticketId, EventType.STATUS_CHANGED, at, status.name()), ticketId, at,
                source, status, reason);
    }

    public PriorityChanged priorityChanged(String ticketId, Instant at, Priority priority) {
        return new PriorityChanged(ids.of(source, ticketId, EventType.PRIORITY_CHANGED, at, priority.name()), ticketId,
                at, source, priority);
    }

    public TicketResolved resolved(String ticketId, Instant at, String agentId, String resolutionCode,
            boolean firstContact) {
        return new TicketResolved(ids.of(source, ticketId, EventType.TICKET_RESOLVED, at, null), ticketId, at, source,
                agentId, resolutionCode, firstContact);
    }

    public TicketReopened reopened(String ticketId, Instant at, String reason) {
        return new TicketReopened(ids.of(source, ticketId, EventType.TICKET_REOPENED, at, null), ticketId, at, source,
                reason);
    }

    public TicketClosed closed(String ticketId, Instant at) {
        return new TicketClosed(ids.of(source, ticketId, EventType.TICKET_CLOSED, at, null), ticketId, at, source);
    }
}

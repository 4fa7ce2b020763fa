package io.deskpulse.app.ticket;

import static io.deskpulse.app.base.WarehouseUnavailableException.whileReading;

import io.deskpulse.app.base.WarehouseUnavailableException;
import io.deskpulse.app.intake.TicketEventSender;
import io.deskpulse.app.security.OutOfScopeException;
import io.deskpulse.app.security.Viewer;
import io.deskpulse.events.AgentReplied;
import io.deskpulse.events.Priority;
import io.deskpulse.events.PriorityChanged;
import io.deskpulse.events.StatusChanged;
import io.deskpulse.events.TicketAssigned;
import io.deskpulse.events.TicketEvent;
import io.deskpulse.events.TicketResolved;
import io.deskpulse.events.TicketStatus;
import io.deskpulse.warehouse.ClickHouseConfig;
import io.deskpulse.warehouse.query.TicketQueries;
import io.deskpulse.warehouse.query.TicketQueries.AgentHome;
import io.deskpulse.warehouse.query.TicketQueries.Ticket;
import io.deskpulse.warehouse.query.TicketQueries.TicketDetail;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.springframework.stereotype.Service;

/**
 * A ticket's detail and the actions on it. Every action first reads the ticket through the viewer's
 * scope (a ticket outside it is "not found") and checks the viewer's role, then publishes events to
 * {@code ticket-events} like any other source: the SLA engine and the dashboards see them as they
 * see events from a desk system. The returned future completes when the broker has acknowledged.
 */
@Service
public class TicketService {

    /** The reasons an agent picks from when setting a ticket aside (free text is allowed too). */
    public static final List<String> SET_ASIDE_REASONS = List.of("Waiting for customer information",
            "Waiting for a part", "Waiting for a vendor", "Scheduled visit", "Change window");

    private final TicketQueries tickets;
    private final TicketEventSender sender;
    private final Clock clock;

    public TicketService(ClickHouseConfig warehouse, TicketEventSender sender, Clock clock) {
        this.tickets = new TicketQueries(warehouse);
        this.sender = sender;
        // Event instants are whole seconds (SLA-SPEC.md).
        this.clock = Clock.tick(clock, Duration.ofSeconds(1));
    }

    /** The ticket with its events and clocks, if it is in the viewer's scope. */
    public Optional<TicketDetail> detail(Viewer viewer, String ticketId) throws WarehouseUnavailableException {
        return whileReading(() -> tickets.detail(viewer.scope(), ticketId));
    }

    /** The agents in the viewer's scope, whom a ticket may be reassigned to. */
    public List<AgentHome> assignees(Viewer viewer) throws WarehouseUnavailableException {
        return whileReading(() -> tickets.agents(viewer.scope()));
    }

    /** A reply to the customer ({@code publicReply}) or an internal note. */
    public CompletableFuture<Void> reply(Viewer viewer, String ticketId, boolean publicReply)
            throws OutOfScopeException, WarehouseUnavailableException {
        openTicketHandledBy(viewer, ticketId);
        return send(new AgentReplied(UUID.randomUUID(), ticketId, clock.instant(), source(viewer), viewer.actorId(),
                publicReply));
    }

    /** Pending the customer or on hold, with the reason the SLA clock records for the pause. */
    public CompletableFuture<Void> setAside(Viewer viewer, String ticketId, TicketStatus status, String reason)
            throws OutOfScopeException, WarehouseUnavailableException {
        if (status != TicketStatus.PENDING_CUSTOMER && status != TicketStatus.ON_HOLD) {
            throw new IllegalArgumentException("status: a ticket is set aside as PENDING_CUSTOMER or ON_HOLD");
        }
        String why = required(reason, "reason");
        openTicketHandledBy(viewer, ticketId);
        return send(new StatusChanged(UUID.randomUUID(), ticketId, clock.instant(), source(viewer), status, why));
    }

    public CompletableFuture<Void> resolve(Viewer viewer, String ticketId, String resolutionCode, boolean firstContact)
            throws OutOfScopeException, WarehouseUnavailableException {
        String code = required(resolutionCode, "resolution code");
        openTicketHandledBy(viewer, ticketId);
        return send(new TicketResolved(UUID.randomUUID(), ticketId, clock.instant(), source(viewer), viewer.actorId(),
                code, firstContact));
    }

    /** Hands the ticket to an agent in the viewer's scope, in that agent's team. */
    public CompletableFuture<Void> reassign(Viewer viewer, String ticketId, String agentId)
            throws OutOfScopeException, WarehouseUnavailableException {
        openTicketDirectedBy(viewer, ticketId);
        AgentHome agent = assignees(viewer).stream().filter(a -> a.agentId().equals(agentId)).findFirst()
                .orElseThrow(() -> new OutOfScopeException("Agent " + agentId + " is not in your scope"));
        return send(new TicketAssigned(UUID.randomUUID(), ticketId, clock.instant(), source(viewer), agent.agentId(),
                agent.team()));
    }

    /** A new priority: the SLA engine re-selects the policy and keeps the time already used. */
    public CompletableFuture<Void> changePriority(Viewer viewer, String ticketId, Priority priority)
            throws OutOfScopeException, WarehouseUnavailableException {
        Ticket ticket = openTicketDirectedBy(viewer, ticketId);
        if (priority.name().equals(ticket.priority())) {
            throw new IllegalArgumentException("priority: ticket " + ticketId + " is " + priority + " already");
        }
        return send(new PriorityChanged(UUID.randomUUID(), ticketId, clock.instant(), source(viewer), priority));
    }

    /**
     * Escalation raises the priority one level (P4 to P3 ... P2 to P1): the stricter policy's targets
     * apply from now on, and the ticket moves up every queue.
     */
    public CompletableFuture<Void> escalate(Viewer viewer, String ticketId)
            throws OutOfScopeException, WarehouseUnavailableException {
        Ticket ticket = openTicketDirectedBy(viewer, ticketId);
        Priority current = Priority.valueOf(ticket.priority());
        if (current == Priority.P1) {
            throw new IllegalArgumentException("priority: ticket " + ticketId + " is P1, the highest, already");
        }
        return send(new PriorityChanged(UUID.randomUUID(), ticketId, clock.instant(), source(viewer),
                Priority.values()[current.ordinal() - 1]));
    }

    private Ticket openTicketHandledBy(Viewer viewer, String ticketId)
            throws OutOfScopeException, WarehouseUnavailableException {
        if (!viewer.mayHandle()) {
            throw new OutOfScopeException("Your role does not handle tickets");
        }
        return openTicketInScope(viewer, ticketId);
    }

    private Ticket openTicketDirectedBy(Viewer viewer, String ticketId)
            throws OutOfScopeException, WarehouseUnavailableException {
        if (!viewer.mayDirect()) {
            throw new OutOfScopeException("Only managers reassign, reprioritise and escalate tickets");
        }
        return openTicketInScope(viewer, ticketId);
    }

    private Ticket openTicketInScope(Viewer viewer, String ticketId)
            throws OutOfScopeException, WarehouseUnavailableException {
        Ticket ticket = whileReading(() -> tickets.ticket(viewer.scope(), ticketId))
                .orElseThrow(() -> new OutOfScopeException("Ticket " + ticketId + " is not in your scope"));
        if (TicketStatus.valueOf(ticket.status()).isDone()) {
            throw new IllegalArgumentException("ticket: " + ticketId + " is " + ticket.status() + " already");
        }
        return ticket;
    }

    private CompletableFuture<Void> send(TicketEvent event) {
        return sender.send(List.of(event));
    }

    private static String source(Viewer viewer) {
        return "app:" + viewer.username();
    }

    private static String required(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + ": required");
        }
        return value.strip();
    }
}

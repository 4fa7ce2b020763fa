package io.deskpulse.app.intake;

import io.deskpulse.events.TicketAssigned;
import io.deskpulse.events.TicketCreated;
import io.deskpulse.events.TicketEvent;
import io.deskpulse.sla.SlaPreview;
import io.deskpulse.sla.policy.ConfigurationException;
import io.deskpulse.sla.policy.ConfigurationReader;
import io.deskpulse.sla.policy.PolicyBook;
import io.deskpulse.sla.policy.SlaConfigurationSource;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.springframework.stereotype.Service;

/** Publishes the intake form's tickets as {@code TicketCreated} events. */
@Service
public class IntakeService {

    /** What the submitter is told once the broker has acknowledged the ticket. */
    public record Submitted(String ticketId, Instant createdAt, Optional<SlaPreview> sla) {}

    private final TicketEventSender sender;
    private final Clock clock;
    private final PolicyBook policies;

    public IntakeService(TicketEventSender sender, Clock clock) {
        this.sender = sender;
        // Event instants are whole seconds (SLA-SPEC.md): a fraction would send the event to the DLQ.
        this.clock = Clock.tick(clock, Duration.ofSeconds(1));
        // The same policies as the stream job (DESKPULSE_SLA_CONFIG or the shipped demo configuration).
        try {
            this.policies = ConfigurationReader.read(SlaConfigurationSource.fromEnvironment());
        } catch (ConfigurationException e) {
            throw new IllegalStateException("invalid SLA configuration, line " + e.line() + ", field '"
                    + e.path() + "': " + e.getMessage(), e);
        }
    }

    /** The policy and due times the ticket in {@code draft} would get if created now. */
    public Optional<SlaPreview> preview(TicketDraft draft) {
        return preview(draft.toEvent("preview", now()));
    }

    /** The policy and due times {@code ticket} gets, as the SLA engine will compute them. */
    public Optional<SlaPreview> preview(TicketCreated ticket) {
        return SlaPreview.of(ticket, policies);
    }

    public Instant now() {
        return clock.instant();
    }

    /**
     * Publishes the ticket, and its assignment to {@code assignee} in the ticket's team when one is
     * given (an agent taking the call); completes with its id once the broker has acknowledged
     * them, or exceptionally on a broker error or after {@code deskpulse.intake.publish-timeout}.
     */
    public CompletableFuture<Submitted> submit(TicketDraft draft, Optional<String> assignee) {
        Instant createdAt = clock.instant();
        TicketCreated event = draft.toEvent(TicketIds.next(), createdAt);
        List<TicketEvent> events = new ArrayList<>(List.of(event));
        assignee.ifPresent(agent -> events.add(new TicketAssigned(UUID.randomUUID(), event.ticketId(), createdAt,
                TicketDraft.SOURCE, agent, event.team())));
        return sender.send(events)
                .thenApply(acknowledged -> new Submitted(event.ticketId(), createdAt, preview(event)));
    }

    public Duration publishTimeout() {
        return sender.publishTimeout();
    }
}

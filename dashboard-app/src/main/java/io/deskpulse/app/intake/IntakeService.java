package io.deskpulse.app.intake;

import io.deskpulse.events.TicketAssigned;
import io.deskpulse.events.TicketCreated;
import io.deskpulse.events.TicketEvent;
import io.deskpulse.sla.SlaPreview;
import io.deskpulse.sla.policy.ConfigurationException;
import io.deskpulse.sla.policy.ConfigurationReader;
import io.deskpulse.sla.policy.PolicyBook;
import io.deskpulse.sla.policy.SlaConfigurationSource;
import io.deskpulse.warehouse.ClickHouseConfig;
import io.deskpulse.warehouse.query.TicketQueries;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/** Publishes the intake form's tickets as {@code TicketCreated} events. */
@Service
public class IntakeService {

    static final Duration CHOICES_FRESH_FOR = Duration.ofMinutes(5);
    static final int CATEGORIES_SUGGESTED = 500;
    private static final Logger LOG = LoggerFactory.getLogger(IntakeService.class);

    /** What the submitter is told once the broker has acknowledged the ticket. */
    public record Submitted(String ticketId, Instant createdAt, Optional<SlaPreview> sla) {}

    private final TicketEventSender sender;
    private final Clock clock;
    private final PolicyBook policies;
    private final TicketQueries tickets;
    private volatile IntakeChoices choices = IntakeChoices.NONE;
    private volatile Instant choicesReadAt = Instant.MIN;

    public IntakeService(TicketEventSender sender, Clock clock, ClickHouseConfig warehouse) {
        this.sender = sender;
        this.tickets = new TicketQueries(warehouse);
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

    /**
     * The regions, teams and categories to suggest, read from the warehouse at most every few
     * minutes; the last ones read (or none) while it does not answer: the form works without them.
     */
    public IntakeChoices choices() {
        Instant now = clock.instant();
        if (Duration.between(choicesReadAt, now).compareTo(CHOICES_FRESH_FOR) > 0) {
            try {
                Map<String, List<String>> teams = new TreeMap<>();
                for (TicketQueries.TeamHome home : tickets.teams()) {
                    teams.computeIfAbsent(home.region(), r -> new ArrayList<>()).add(home.team());
                }
                choices = new IntakeChoices(teams, tickets.categories(CATEGORIES_SUGGESTED));
                choicesReadAt = now;
            } catch (SQLException | RuntimeException e) {
                LOG.warn("Intake suggestions unavailable: {}", e.toString());
            }
        }
        return choices;
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

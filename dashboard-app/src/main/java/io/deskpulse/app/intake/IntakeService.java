package io.deskpulse.app.intake;

import io.deskpulse.app.base.DeskPulseProperties;
import io.deskpulse.events.TicketCreated;
import io.deskpulse.ingestion.TicketEventPublisher;
import io.deskpulse.sla.SlaPreview;
import io.deskpulse.sla.policy.ConfigurationException;
import io.deskpulse.sla.policy.ConfigurationReader;
import io.deskpulse.sla.policy.PolicyBook;
import io.deskpulse.sla.policy.SlaConfigurationSource;
import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/** Publishes the intake form's tickets as {@code TicketCreated} events. */
@Service
public class IntakeService {

    /** What the submitter is told once the broker has acknowledged the ticket. */
    public record Submitted(String ticketId, Instant createdAt, Optional<SlaPreview> sla) {}

    private final ObjectProvider<TicketEventPublisher> publisher;
    private final Clock clock;
    private final Duration publishTimeout;
    private final PolicyBook policies;
    // The producer's send() blocks while it has no broker metadata: never on a request thread.
    private final ExecutorService sender = Executors.newVirtualThreadPerTaskExecutor();

    public IntakeService(ObjectProvider<TicketEventPublisher> publisher, Clock clock, DeskPulseProperties properties) {
        this.publisher = publisher;
        // Event instants are whole seconds (SLA-SPEC.md): a fraction would send the event to the DLQ.
        this.clock = Clock.tick(clock, Duration.ofSeconds(1));
        this.publishTimeout = properties.intake().publishTimeout();
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
        return SlaPreview.of(draft.toEvent("preview", now()), policies);
    }

    public Instant now() {
        return clock.instant();
    }

    /**
     * Publishes the ticket; completes with its id once the broker has acknowledged it, or
     * exceptionally on a broker error or after {@code deskpulse.intake.publish-timeout}.
     */
    public CompletableFuture<Submitted> submit(TicketDraft draft) {
        Instant createdAt = clock.instant();
        TicketCreated event = draft.toEvent(TicketIds.next(), createdAt);
        return CompletableFuture.supplyAsync(() -> publisher.getObject().publish(event), sender)
                .thenCompose(acknowledged -> acknowledged)
                .orTimeout(publishTimeout.toMillis(), TimeUnit.MILLISECONDS)
                .thenApply(metadata -> new Submitted(event.ticketId(), createdAt, SlaPreview.of(event, policies)));
    }

    public Duration publishTimeout() {
        return publishTimeout;
    }

    @PreDestroy
    void stop() {
        sender.shutdownNow();
    }
}

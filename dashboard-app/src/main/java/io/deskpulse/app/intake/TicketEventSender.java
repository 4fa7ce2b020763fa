package io.deskpulse.app.intake;

import io.deskpulse.app.base.DeskPulseProperties;
import io.deskpulse.events.TicketEvent;
import io.deskpulse.ingestion.TicketEventPublisher;
import jakarta.annotation.PreDestroy;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Publishes ticket events for the intake form and the HTTP API, and reports the broker's
 * acknowledgement: the future completes once every event is acknowledged, or exceptionally on a
 * broker error or after {@code deskpulse.intake.publish-timeout} (a {@link java.util.concurrent.TimeoutException}).
 */
@Component
public class TicketEventSender {

    private final ObjectProvider<TicketEventPublisher> publisher;
    private final Duration publishTimeout;
    // The producer's send() blocks while it has no broker metadata: never on a request thread.
    private final ExecutorService sender = Executors.newVirtualThreadPerTaskExecutor();

    public TicketEventSender(ObjectProvider<TicketEventPublisher> publisher, DeskPulseProperties properties) {
        this.publisher = publisher;
        this.publishTimeout = properties.intake().publishTimeout();
    }

    /** Sends in list order from one thread, so that a ticket's events keep their order on its partition. */
    public CompletableFuture<Void> send(List<? extends TicketEvent> events) {
        return CompletableFuture.supplyAsync(() -> events.stream().map(publisher.getObject()::publish).toList(), sender)
                .thenCompose(acknowledged -> CompletableFuture.allOf(acknowledged.toArray(CompletableFuture[]::new)))
                .orTimeout(publishTimeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    public Duration publishTimeout() {
        return publishTimeout;
    }

    @PreDestroy
    public void stop() {
        sender.shutdownNow();
    }
}

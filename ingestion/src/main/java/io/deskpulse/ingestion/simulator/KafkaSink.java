package io.deskpulse.ingestion.simulator;

import io.deskpulse.events.TicketEvent;
import io.deskpulse.ingestion.TicketEventPublisher;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes events with a {@link TicketEventPublisher} (which it does not close), with at most
 * {@link #MAX_IN_FLIGHT} unacknowledged: a history of millions of events must not queue up in
 * memory faster than the broker takes it. A failed send is counted and logged, not thrown: the
 * caller decides with {@link #awaitAcknowledged} whether a run succeeded.
 */
public final class KafkaSink implements EventSink {

    static final int MAX_IN_FLIGHT = 20_000;
    private static final Logger LOG = LoggerFactory.getLogger(KafkaSink.class);

    private final TicketEventPublisher publisher;
    private final Semaphore inFlight = new Semaphore(MAX_IN_FLIGHT);
    private final AtomicLong sent = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    private final AtomicReference<Throwable> firstFailure = new AtomicReference<>();

    public KafkaSink(TicketEventPublisher publisher) {
        this.publisher = publisher;
    }

    @Override
    public void accept(TicketEvent event) {
        inFlight.acquireUninterruptibly();
        sent.incrementAndGet();
        publisher.publish(event).whenComplete((metadata, error) -> {
            // Recorded before the permit is returned, so that awaitAcknowledged sees every failure.
            if (error != null && failed.incrementAndGet() == 1) {
                firstFailure.set(error);
                LOG.warn("could not publish {} of {} (later failures are counted, not logged): {}", event.type(),
                        event.ticketId(), error.toString());
            }
            inFlight.release();
        });
    }

    /** Events handed to the publisher so far. */
    public long sent() {
        return sent.get();
    }

    /**
     * Waits until every event sent so far is acknowledged by the broker.
     *
     * @throws IllegalStateException when some were not, or not within {@code timeout}
     */
    public void awaitAcknowledged(Duration timeout) throws InterruptedException {
        if (!inFlight.tryAcquire(MAX_IN_FLIGHT, timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new IllegalStateException((MAX_IN_FLIGHT - inFlight.availablePermits())
                    + " events not acknowledged by Kafka after " + timeout.toSeconds() + " s");
        }
        inFlight.release(MAX_IN_FLIGHT);
        if (failed.get() > 0) {
            throw new IllegalStateException(failed.get() + " of " + sent.get() + " events were not published: "
                    + firstFailure.get().getMessage());
        }
    }
}

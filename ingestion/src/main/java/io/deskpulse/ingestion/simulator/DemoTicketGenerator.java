package io.deskpulse.ingestion.simulator;

import io.deskpulse.events.AgentReplied;
import io.deskpulse.events.Channel;
import io.deskpulse.events.Priority;
import io.deskpulse.events.TicketCreated;
import io.deskpulse.events.TicketEvent;
import io.deskpulse.events.TicketResolved;
import io.deskpulse.ingestion.TicketEventPublisher;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A first, simple source of live tickets for the demo: a backlog created over the last hour, then a
 * new ticket every few seconds, with agents replying to and resolving some of the open ones. The
 * realistic simulator (arrival curves, regions, skills) replaces it.
 */
public final class DemoTicketGenerator implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(DemoTicketGenerator.class);
    private static final String[] REGIONS = {"east", "west", "north", "south"};
    private static final String[] TIERS = {"VIP1", "VIP2", "VIP3", "STANDARD", "STANDARD"};
    private static final String[][] SUBJECTS = {
        {"hardware/printer/jam", "Printer on floor %d jams on every job"},
        {"hardware/laptop/battery", "Laptop battery drains within %d minutes"},
        {"software/email/sync", "Mailbox stopped syncing on %d phones"},
        {"network/vpn/connect", "VPN drops every %d minutes"},
        {"access/account/locked", "Account locked after %d failed logins"},
    };

    private final TicketEventPublisher publisher;
    private final Clock clock;
    private final Random random;
    private final List<String> openTickets = new ArrayList<>();
    private final ScheduledExecutorService scheduler =
            Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "demo-ticket-generator"));
    private int sequence;

    public DemoTicketGenerator(TicketEventPublisher publisher, Clock clock, long seed) {
        this.publisher = publisher;
        // Event instants are whole seconds (SLA-SPEC.md): a fraction would send the event to the DLQ.
        this.clock = Clock.tick(clock, Duration.ofSeconds(1));
        this.random = new Random(seed);
    }

    /** Publishes a backlog of {@code backlog} tickets spread over the last hour, then one tick per period. */
    public void start(int backlog, Duration period) {
        scheduler.execute(() -> {
            Instant now = clock.instant();
            for (int i = backlog; i > 0; i--) {
                create(now.minus(Duration.ofMinutes(i * 60L / backlog)));
            }
        });
        scheduler.scheduleAtFixedRate(this::tick, period.toMillis(), period.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void tick() {
        try {
            Instant now = clock.instant();
            create(now);
            if (openTickets.size() > 8 && random.nextInt(3) == 0) {
                String ticketId = openTickets.remove(random.nextInt(openTickets.size() / 2));
                String agent = "agent-" + (1 + random.nextInt(6));
                publish(random.nextBoolean()
                        ? new AgentReplied(UUID.randomUUID(), ticketId, now, "simulator", agent, true)
                        : new TicketResolved(UUID.randomUUID(), ticketId, now, "simulator", agent, "fixed",
                                random.nextBoolean()));
            }
        } catch (RuntimeException e) {
            LOG.warn("demo generator tick failed; trying again next tick", e);
        }
    }

    private void create(Instant at) {
        String ticketId = "DEMO-" + Long.toString(at.getEpochSecond(), 36).toUpperCase() + "-" + (++sequence);
        String[] subject = SUBJECTS[random.nextInt(SUBJECTS.length)];
        publish(new TicketCreated(UUID.randomUUID(), ticketId, at, "simulator",
                "C-" + (1000 + random.nextInt(9000)),
                TIERS[random.nextInt(TIERS.length)],
                REGIONS[random.nextInt(REGIONS.length)],
                subject[0].substring(0, subject[0].indexOf('/')) + "-desk",
                subject[0],
                Priority.values()[random.nextInt(Priority.values().length)],
                Channel.values()[random.nextInt(Channel.values().length)],
                subject[1].formatted(2 + random.nextInt(9))));
        openTickets.add(ticketId);
    }

    private void publish(TicketEvent event) {
        publisher.publish(event).whenComplete((metadata, error) -> {
            if (error != null) {
                LOG.warn("could not publish {} of {}", event.type(), event.ticketId(), error);
            }
        });
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
    }
}

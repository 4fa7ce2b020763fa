package io.deskpulse.bench;

import io.deskpulse.events.AgentReplied;
import io.deskpulse.events.Channel;
import io.deskpulse.events.CustomerReplied;
import io.deskpulse.events.Priority;
import io.deskpulse.events.PriorityChanged;
import io.deskpulse.events.StatusChanged;
import io.deskpulse.events.TicketAssigned;
import io.deskpulse.events.TicketCreated;
import io.deskpulse.events.TicketEvent;
import io.deskpulse.events.TicketResolved;
import io.deskpulse.events.TicketStatus;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.PriorityQueue;
import java.util.Random;
import java.util.UUID;

/**
 * The event generator shared by the benchmarks: realistic ticket lifecycles (about eight events:
 * created, assigned, replies, a wait for the customer, resolved), whole-second instants, and the SLA
 * configuration they are measured with (business calendars with a lunch break, holidays and DST).
 */
final class BenchEvents {

    /** Three policies on three calendars. */
    static final String CONFIG = """
            {"calendars": [
               {"id": "cn-office", "zone": "Asia/Shanghai",
                "hours": {"MON": ["09:00-12:00", "13:00-18:00"], "TUE": ["09:00-12:00", "13:00-18:00"],
                          "WED": ["09:00-12:00", "13:00-18:00"], "THU": ["09:00-12:00", "13:00-18:00"],
                          "FRI": ["09:00-12:00", "13:00-18:00"]},
                "holidays": ["2026-10-01", "2026-10-02", "2026-10-05", "2026-10-06", "2026-10-07"]},
               {"id": "ny", "zone": "America/New_York",
                "hours": {"MON": ["09:00-17:00"], "TUE": ["09:00-17:00"], "WED": ["09:00-17:00"],
                          "THU": ["09:00-17:00"], "FRI": ["09:00-17:00"]}},
               {"id": "always", "alwaysOpen": true}],
             "policies": [
               {"id": "vip", "match": {"customerTier": ["VIP1"]}, "calendar": "always",
                "targets": {"FIRST_RESPONSE": 30, "NEXT_REPLY": 60, "RESOLUTION": 240}, "warnAt": [50, 75, 90]},
               {"id": "east", "match": {"region": ["east"]}, "calendar": "cn-office",
                "targets": {"FIRST_RESPONSE": 60, "NEXT_REPLY": 120, "RESOLUTION": 960}, "warnAt": [50, 90],
                "pauseOn": ["PENDING_CUSTOMER", "ON_HOLD"]},
               {"id": "std", "match": {}, "calendar": "ny",
                "targets": {"FIRST_RESPONSE": 120, "NEXT_REPLY": 240, "RESOLUTION": 2400}, "warnAt": [75],
                "pauseOn": ["PENDING_CUSTOMER"]}]}
            """;

    /** Average events per ticket of {@link #ticket} (for spreading tickets over a time span). */
    static final double EVENTS_PER_TICKET = 7.85;

    private static final String[] REGIONS = {"east", "west", "north", "south"};
    private static final String[] CATEGORIES = {"hardware/printer", "hardware/laptop", "software/email",
        "software/vpn", "access/password", "billing/invoice"};
    private static final String SOURCE = "bench";

    private BenchEvents() {}

    static byte[] config() {
        return CONFIG.getBytes(StandardCharsets.UTF_8);
    }

    /**
     * One ticket's events in time order from {@code createdAt}: assigned, sometimes an internal note,
     * the first public reply, sometimes a priority change, usually a wait for the customer (a pause)
     * and then a next reply, resolved. 7.85 events on average; instants in whole seconds.
     */
    static List<TicketEvent> ticket(Random random, String id, Instant createdAt) {
        List<TicketEvent> events = new ArrayList<>(10);
        String agent = "agent-" + random.nextInt(200);
        String team = "l" + (1 + random.nextInt(2));
        Instant at = createdAt.truncatedTo(ChronoUnit.SECONDS);
        events.add(new TicketCreated(UUID.randomUUID(), id, at, SOURCE, "C-" + random.nextInt(50_000),
                random.nextInt(10) == 0 ? "VIP1" : "STANDARD", REGIONS[random.nextInt(REGIONS.length)], team,
                CATEGORIES[random.nextInt(CATEGORIES.length)], Priority.values()[random.nextInt(4)],
                Channel.values()[random.nextInt(Channel.values().length)], "Something is broken"));
        at = at.plusSeconds(60 + random.nextInt(1800));
        events.add(new TicketAssigned(UUID.randomUUID(), id, at, SOURCE, agent, team));
        if (random.nextInt(100) < 15) {
            at = at.plusSeconds(60 + random.nextInt(1200));
            events.add(new AgentReplied(UUID.randomUUID(), id, at, SOURCE, agent, false));
        }
        at = at.plusSeconds(60 + random.nextInt(7200));
        events.add(new AgentReplied(UUID.randomUUID(), id, at, SOURCE, agent, true));
        if (random.nextInt(100) < 10) {
            at = at.plusSeconds(60 + random.nextInt(600));
            events.add(new PriorityChanged(UUID.randomUUID(), id, at, SOURCE, Priority.values()[random.nextInt(4)]));
        }
        if (random.nextInt(100) < 80) {
            at = at.plusSeconds(60 + random.nextInt(7200));
            events.add(new StatusChanged(UUID.randomUUID(), id, at, SOURCE, TicketStatus.PENDING_CUSTOMER, "need logs"));
            at = at.plusSeconds(60 + random.nextInt(36_000));
            events.add(new CustomerReplied(UUID.randomUUID(), id, at, SOURCE));
            events.add(new StatusChanged(UUID.randomUUID(), id, at, SOURCE, TicketStatus.OPEN, "answered"));
        } else {
            at = at.plusSeconds(60 + random.nextInt(14_400));
            events.add(new CustomerReplied(UUID.randomUUID(), id, at, SOURCE));
        }
        at = at.plusSeconds(60 + random.nextInt(7200));
        events.add(new AgentReplied(UUID.randomUUID(), id, at, SOURCE, agent, true));
        at = at.plusSeconds(60 + random.nextInt(72_000));
        events.add(new TicketResolved(UUID.randomUUID(), id, at, SOURCE, agent, "fixed", random.nextInt(4) == 0));
        return events;
    }

    /**
     * {@code count} events of tickets created evenly over [{@code from}, {@code to}), in
     * {@code occurredAt} order across tickets (as a live desk produces them; a ticket's own events
     * keep their order). Tickets still open at the end have only their first events.
     */
    static Iterator<TicketEvent> inTimeOrder(long seed, long count, String idPrefix, Instant from, Instant to) {
        return new TimeOrdered(new Random(seed), count, idPrefix, from, to);
    }

    /** The same event at another instant (whole seconds), for streams stamped with the wall clock. */
    static TicketEvent at(TicketEvent event, Instant instant) {
        Instant at = instant.truncatedTo(ChronoUnit.SECONDS);
        return switch (event) {
            case TicketCreated e -> new TicketCreated(e.eventId(), e.ticketId(), at, e.source(), e.customerId(),
                    e.customerTier(), e.region(), e.team(), e.category(), e.priority(), e.channel(), e.subject());
            case TicketAssigned e -> new TicketAssigned(e.eventId(), e.ticketId(), at, e.source(), e.agentId(), e.team());
            case AgentReplied e -> new AgentReplied(e.eventId(), e.ticketId(), at, e.source(), e.agentId(),
                    e.publicReply());
            case CustomerReplied e -> new CustomerReplied(e.eventId(), e.ticketId(), at, e.source());
            case StatusChanged e -> new StatusChanged(e.eventId(), e.ticketId(), at, e.source(), e.status(), e.reason());
            case PriorityChanged e -> new PriorityChanged(e.eventId(), e.ticketId(), at, e.source(), e.priority());
            case TicketResolved e -> new TicketResolved(e.eventId(), e.ticketId(), at, e.source(), e.agentId(),
                    e.resolutionCode(), e.firstContact());
            default -> throw new IllegalArgumentException("the generator does not make " + event.type());
        };
    }

    private static final class TimeOrdered implements Iterator<TicketEvent> {

        private record Pending(TicketEvent event, long ticket, int index) {}

        private final PriorityQueue<Pending> queue = new PriorityQueue<>(Comparator
                .comparing((Pending p) -> p.event().occurredAt())
                .thenComparingLong(Pending::ticket)
                .thenComparingInt(Pending::index));
        private final Random random;
        private final String idPrefix;
        private final long fromSecond;
        private final double secondsPerTicket;
        private final long count;
        private long emitted;
        private long nextTicket;

        TimeOrdered(Random random, long count, String idPrefix, Instant from, Instant to) {
            this.random = random;
            this.count = count;
            this.idPrefix = idPrefix;
            this.fromSecond = from.getEpochSecond();
            this.secondsPerTicket = (to.getEpochSecond() - fromSecond) / Math.max(1.0, count / EVENTS_PER_TICKET);
        }

        @Override
        public boolean hasNext() {
            return emitted < count;
        }

        @Override
        public TicketEvent next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            // A ticket is created once the earliest pending event is not before its creation.
            while (queue.isEmpty() || !nextCreation().isAfter(queue.peek().event().occurredAt())) {
                List<TicketEvent> events = ticket(random, idPrefix + nextTicket, nextCreation());
                for (int i = 0; i < events.size(); i++) {
                    queue.add(new Pending(events.get(i), nextTicket, i));
                }
                nextTicket++;
            }
            emitted++;
            return queue.poll().event();
        }

        private Instant nextCreation() {
            return Instant.ofEpochSecond(fromSecond + (long) (nextTicket * secondsPerTicket));
        }
    }
}

package io.deskpulse.sla.clock;

import static io.deskpulse.sla.clock.TicketEvents.NINE;
import static io.deskpulse.sla.clock.TicketEvents.book;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.deskpulse.events.Priority;
import io.deskpulse.events.TicketEvent;
import io.deskpulse.events.TicketStatus;
import io.deskpulse.sla.policy.PolicyBook;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * On random event logs, the live way of driving a ticket (apply one event at a time, advance to
 * timers in between, keep the state serialized between steps) gives the same clocks as a replay,
 * and the alerts it emits are exactly the warnings and breaches of the final clocks.
 */
class IncrementalConsistencyTest {

    private static final PolicyBook BOOK = book("{'calendars': ["
            + "{'id': 'ny', 'zone': 'America/New_York', 'hours': {'SAT': ['09:00-17:00'], 'SUN': ['00:00-04:00', '13:00-24:00'],"
            + " 'MON': ['09:00-12:00', '13:00-18:00']}},"
            + "{'id': 'always', 'alwaysOpen': true}],"
            + " 'policies': ["
            + "{'id': 'p1', 'match': {'priority': ['P1']}, 'calendar': 'always',"
            + " 'targets': {'FIRST_RESPONSE': 20, 'NEXT_REPLY': 30, 'RESOLUTION': 90}, 'warnAt': [25, 50, 75]},"
            + "{'id': 'p2', 'match': {'priority': ['P2', 'P3']}, 'calendar': 'ny',"
            + " 'targets': {'FIRST_RESPONSE': 60, 'NEXT_REPLY': 45, 'RESOLUTION': 300}, 'warnAt': [50, 90], 'pauseOn': ['ON_HOLD', 'NEW']}]}");

    @Test
    void liveDrivingEqualsReplay() {
        Random random = new Random(7);
        Instant start = NINE.plusSeconds(5 * 86_400); // Saturday 2026-03-07, the night before spring forward
        for (int round = 0; round < 300; round++) {
            List<TicketEvent> events = randomLog(random, start);
            Instant until = events.get(events.size() - 1).occurredAt().plusSeconds(random.nextInt(86_400));

            TicketSla replayed = TicketSla.replay(events, BOOK);
            replayed.advanceTo(until);

            TicketSla live = TicketSla.open((io.deskpulse.events.TicketCreated) events.get(0), BOOK);
            List<SlaAlert> alerts = new ArrayList<>();
            for (TicketEvent event : events.subList(1, events.size())) {
                Instant deadline = live.nextDeadline();
                if (deadline != null && deadline.isBefore(event.occurredAt()) && random.nextBoolean()) {
                    alerts.addAll(live.advanceTo(deadline));
                }
                alerts.addAll(live.apply(event));
                live = TicketSlaCodec.read(TicketSlaCodec.write(live), BOOK);
            }
            alerts.addAll(live.advanceTo(until));

            assertEquals(replayed.snapshots(), live.snapshots(), "round " + round);
            assertEquals(alertsOf(replayed.snapshots()), alerts.stream()
                    .map(a -> a.metric() + "/" + a.cycle() + "/" + a.pct() + "@" + a.at()).sorted().toList(), "round " + round);
        }
    }

    private static List<String> alertsOf(List<ClockSnapshot> clocks) {
        List<String> alerts = new ArrayList<>();
        for (ClockSnapshot clock : clocks) {
            clock.warnings().forEach(w -> alerts.add(clock.metric() + "/" + clock.cycle() + "/" + w.pct() + "@" + w.at()));
            if (clock.breachedAt() != null) {
                alerts.add(clock.metric() + "/" + clock.cycle() + "/100@" + clock.breachedAt());
            }
        }
        return alerts.stream().sorted().toList();
    }

    /** A creation, then up to 15 events in time order, some at the same instant. */
    private static List<TicketEvent> randomLog(Random random, Instant start) {
        Instant at = start.plusSeconds(random.nextInt(2 * 86_400));
        List<TicketEvent> events = new ArrayList<>();
        events.add(TicketEvents.created(at, Priority.values()[random.nextInt(4)]));
        for (int i = random.nextInt(16); i > 0; i--) {
            at = at.plusSeconds(random.nextInt(4) == 0 ? 0 : random.nextInt(4 * 3600));
            events.add(switch (random.nextInt(9)) {
                case 0 -> TicketEvents.publicReply(at);
                case 1 -> TicketEvents.privateNote(at);
                case 2, 3 -> TicketEvents.customerReply(at);
                case 4 -> TicketEvents.status(at, TicketStatus.values()[random.nextInt(TicketStatus.values().length)]);
                case 5 -> TicketEvents.priority(at, Priority.values()[random.nextInt(4)]);
                case 6 -> TicketEvents.resolved(at);
                case 7 -> TicketEvents.reopened(at);
                default -> TicketEvents.assigned(at);
            });
        }
        events.sort(Comparator.comparing(TicketEvent::occurredAt));
        return events;
    }
}

package io.deskpulse.ingestion.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.deskpulse.events.AgentReplied;
import io.deskpulse.events.DecodeResult;
import io.deskpulse.events.EventType;
import io.deskpulse.events.SatisfactionRated;
import io.deskpulse.events.StatusChanged;
import io.deskpulse.events.TicketAssigned;
import io.deskpulse.events.TicketClosed;
import io.deskpulse.events.TicketCreated;
import io.deskpulse.events.TicketEvent;
import io.deskpulse.events.TicketEventCodec;
import io.deskpulse.events.TicketReopened;
import io.deskpulse.events.TicketResolved;
import io.deskpulse.events.TicketStatus;
import io.deskpulse.events.WorkLogged;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * One 30-day history, checked against the event contract, the SLA spec's ordering rules and the
 * desk model's proportions.
 */
class SimulatedHistoryTest {

    private static final SimulationSettings SETTINGS = new SimulationSettings(11, 1000);
    private static final Instant END = Instant.parse("2026-11-30T00:00:00Z");
    private static final int DAYS = 30;

    private static List<TicketEvent> events;
    private static Map<String, List<TicketEvent>> byTicket;

    @BeforeAll
    static void generate() {
        events = new ArrayList<>();
        RunSummary summary = History.generate(SETTINGS, END, DAYS, events::add);
        assertEquals(events.size(), summary.events());
        byTicket = new LinkedHashMap<>();
        events.forEach(event -> byTicket.computeIfAbsent(event.ticketId(), id -> new ArrayList<>()).add(event));
        assertEquals(byTicket.size(), summary.tickets());
    }

    @Test
    void everyEventPassesTheCodecsValidationUnchanged() {
        for (TicketEvent event : events) {
            DecodeResult decoded = TicketEventCodec.decode(TicketEventCodec.encode(event));
            if (!(decoded instanceof DecodeResult.Accepted accepted)) {
                fail(event + " was rejected: " + ((DecodeResult.Rejected) decoded).reason());
                return;
            }
            assertEquals(event, accepted.event(), () -> "decoded as it was encoded: " + event);
        }
    }

    @Test
    void eventsAreInTimeThenTicketOrderWithWholeSecondsAndUniqueIds() {
        Comparator<TicketEvent> order = Comparator.comparing(TicketEvent::occurredAt)
                .thenComparing(TicketEvent::ticketId);
        Set<UUID> ids = new HashSet<>();
        Instant from = END.minus(Duration.ofDays(DAYS));
        for (int i = 0; i < events.size(); i++) {
            TicketEvent event = events.get(i);
            assertTrue(i == 0 || order.compare(events.get(i - 1), event) <= 0, () -> "out of order at " + event);
            assertEquals(0, event.occurredAt().getNano(), () -> "a whole second: " + event);
            assertTrue(!event.occurredAt().isBefore(from) && event.occurredAt().isBefore(END),
                    () -> "inside the window: " + event);
            assertTrue(ids.add(event.eventId()), () -> "event id used twice: " + event);
            assertEquals("simulator", event.source());
        }
    }

    @Test
    void eachTicketStartsWithItsCreationAndStopsAtItsClosing() {
        for (List<TicketEvent> ticket : byTicket.values()) {
            assertEquals(EventType.TICKET_CREATED, ticket.getFirst().type(),
                    () -> "created first: " + ticket.getFirst());
            TicketStatus status = TicketStatus.NEW;
            for (int i = 1; i < ticket.size(); i++) {
                TicketEvent event = ticket.get(i);
                Instant previous = ticket.get(i - 1).occurredAt();
                assertTrue(!event.occurredAt().isBefore(previous), () -> "in time order: " + event);
                TicketStatus before = status;
                assertTrue(before != TicketStatus.CLOSED, () -> "nothing after closing: " + event);
                assertTrue(event.type() != EventType.TICKET_CREATED, () -> "created once: " + event);
                status = switch (event) {
                    case StatusChanged changed -> changed.status();
                    case TicketResolved resolved -> TicketStatus.RESOLVED;
                    case TicketReopened reopened -> {
                        assertEquals(TicketStatus.RESOLVED, before, () -> "only a resolved ticket reopens: " + event);
                        yield TicketStatus.OPEN;
                    }
                    case TicketClosed closed -> {
                        assertEquals(TicketStatus.RESOLVED, before, () -> "closed after resolution: " + event);
                        yield TicketStatus.CLOSED;
                    }
                    case TicketAssigned assigned -> before == TicketStatus.NEW ? TicketStatus.OPEN : before;
                    default -> before;
                };
            }
        }
    }

    @Test
    void lifecyclesUseEveryKindOfEvent() {
        Set<EventType> types = EnumSet.noneOf(EventType.class);
        events.forEach(event -> types.add(event.type()));
        assertEquals(EnumSet.allOf(EventType.class), types);
        assertTrue(any(e -> e instanceof AgentReplied reply && !reply.publicReply()), "internal notes");
        assertTrue(any(e -> e instanceof StatusChanged s && s.status() == TicketStatus.PENDING_CUSTOMER
                && s.reason() != null));
        assertTrue(any(e -> e instanceof StatusChanged s && s.status() == TicketStatus.ON_HOLD
                && s.reason() != null));
        assertTrue(any(e -> e instanceof StatusChanged s && s.status() == TicketStatus.OPEN));
        assertTrue(any(e -> e instanceof TicketResolved r && r.firstContact()));
        assertTrue(any(e -> e instanceof TicketResolved r && !r.firstContact()));
        assertTrue(any(e -> e instanceof WorkLogged w && w.minutes() > 0));
        assertTrue(any(e -> e instanceof SatisfactionRated r && r.nps() == null), "some skip the NPS question");
    }

    @Test
    void aboutOneInTwentyResolvedTicketsIsReopened() {
        // Tickets resolved early enough that a reopen would have happened inside the window.
        Instant settled = END.minus(Duration.ofDays(3));
        List<List<TicketEvent>> resolved = tickets(ticket -> ticket.stream()
                .anyMatch(e -> e instanceof TicketResolved && e.occurredAt().isBefore(settled)));
        long reopened = resolved.stream().filter(ticket -> has(ticket, EventType.TICKET_REOPENED)).count();
        double rate = (double) reopened / resolved.size();
        assertTrue(rate > 0.035 && rate < 0.065, "reopen rate " + rate + " of " + resolved.size());
    }

    @Test
    void aboutAThirdOfCustomersAnswerTheSurveyAndHappierTicketsRateHigher() {
        List<List<TicketEvent>> closed = tickets(ticket -> has(ticket, EventType.TICKET_CLOSED));
        List<List<TicketEvent>> rated = closed.stream()
                .filter(ticket -> has(ticket, EventType.SATISFACTION_RATED)).toList();
        double rate = (double) rated.size() / closed.size();
        assertTrue(rate > 0.29 && rate < 0.38, "survey answer rate " + rate + " of " + closed.size());

        double reopened = meanCsat(rated, ticket -> has(ticket, EventType.TICKET_REOPENED));
        double firstContact = meanCsat(rated, ticket -> ticket.stream().anyMatch(e -> e instanceof TicketResolved r
                && r.firstContact()));
        assertTrue(reopened + 0.7 < firstContact, "reopened " + reopened + " vs first contact " + firstContact);
        for (List<TicketEvent> ticket : rated) {
            SatisfactionRated rating = (SatisfactionRated) ticket.stream()
                    .filter(e -> e.type() == EventType.SATISFACTION_RATED).findFirst().orElseThrow();
            assertTrue(rating.nps() == null || Math.abs(rating.nps() - (rating.csat() * 2.2 - 1.5)) < 6,
                    "NPS goes with CSAT: " + rating);
        }
    }

    @Test
    void weekdayBusinessHoursBringMoreTicketsThanNightsInEveryRegion() {
        Map<String, ZoneId> zones = new HashMap<>();
        Simulation.world(SETTINGS).regions().forEach(region -> zones.put(region.id(), region.zone()));
        Map<String, int[]> busyAndNight = new LinkedHashMap<>();
        for (List<TicketEvent> ticket : byTicket.values()) {
            TicketCreated created = (TicketCreated) ticket.getFirst();
            ZonedDateTime local = created.occurredAt().atZone(zones.get(created.region()));
            int[] counts = busyAndNight.computeIfAbsent(created.region(), region -> new int[2]);
            boolean weekday = local.getDayOfWeek().compareTo(DayOfWeek.FRIDAY) <= 0;
            if (weekday && local.getHour() >= 9 && local.getHour() < 17) {
                counts[0]++;
            } else if (local.getHour() < 6) {
                counts[1]++;
            }
        }
        assertEquals(zones.keySet(), busyAndNight.keySet());
        busyAndNight.forEach((region, counts) -> {
            // Per hour: 8 business hours on 5 of 7 days, against 6 night hours on all 7.
            double busyPerHour = counts[0] / (8.0 * 5);
            double nightPerHour = counts[1] / (6.0 * 7);
            assertTrue(busyPerHour > 5 * nightPerHour,
                    region + ": " + busyPerHour + " vs " + nightPerHour + " per hour");
        });
    }

    @Test
    void incidentsBringManyTicketsOfOneCategoryToOneRegionWithinAnHour() {
        Map<String, Integer> perRegionCategoryHour = new HashMap<>();
        for (List<TicketEvent> ticket : byTicket.values()) {
            TicketCreated created = (TicketCreated) ticket.getFirst();
            long hour = created.occurredAt().getEpochSecond() / 3600;
            perRegionCategoryHour.merge(created.region() + " " + created.category() + " " + hour, 1, Integer::sum);
        }
        long bursts = perRegionCategoryHour.values().stream().filter(count -> count >= 12).count();
        assertTrue(bursts >= 3, "hours with an incident burst: " + bursts);
    }

    @Test
    void theWorldHasRegionsTeamsTiersAndAThreeLevelCategoryTree() {
        World world = Simulation.world(SETTINGS);
        assertEquals(List.of("cn-east", "eu-central", "us-east"), world.regions().stream().map(Region::id).toList());
        for (Region region : world.regions()) {
            long teams = world.teams().stream().filter(team -> team.region() == region).count();
            assertTrue(teams >= 2 && teams <= 3, region.id() + " has " + teams + " teams");
        }
        assertTrue(world.teams().stream().allMatch(team -> team.id().startsWith(team.region().id() + "-")));
        world.categories().leaves().forEach(leaf -> assertEquals(3, leaf.path().split("/").length, leaf.path()));

        Map<String, Integer> tiers = new HashMap<>();
        byTicket.values().forEach(ticket ->
                tiers.merge(((TicketCreated) ticket.getFirst()).customerTier(), 1, Integer::sum));
        assertEquals(Set.of("VIP1", "VIP2", "VIP3", "STANDARD"), tiers.keySet());
        assertTrue(tiers.get("STANDARD") > 0.7 * byTicket.size(), "most tickets are from STANDARD customers: " + tiers);
    }

    @Test
    void agentsActOnlyOnTheirShift() {
        Map<String, AgentState> agents = new HashMap<>();
        Simulation.world(SETTINGS).agents().forEach(agent -> agents.put(agent.id(), new AgentState(agent)));
        for (TicketEvent event : events) {
            String agentId = switch (event) {
                case AgentReplied e -> e.agentId();
                case TicketAssigned e -> e.agentId();
                case TicketResolved e -> e.agentId();
                case WorkLogged e -> e.agentId();
                default -> null;
            };
            if (agentId != null) {
                AgentState agent = agents.get(agentId);
                assertTrue(agent.onShift(event.occurredAt().getEpochSecond()),
                        () -> agentId + " (" + agent.agent().shift().name() + " shift) off shift at " + event);
            }
        }
    }

    private static boolean any(Predicate<TicketEvent> test) {
        return events.stream().anyMatch(test);
    }

    private static boolean has(List<TicketEvent> ticket, EventType type) {
        return ticket.stream().anyMatch(event -> event.type() == type);
    }

    private static List<List<TicketEvent>> tickets(Predicate<List<TicketEvent>> test) {
        return byTicket.values().stream().filter(test).toList();
    }

    private static double meanCsat(List<List<TicketEvent>> rated, Predicate<List<TicketEvent>> test) {
        return rated.stream().filter(test)
                .mapToInt(ticket -> ticket.stream().filter(e -> e instanceof SatisfactionRated)
                        .mapToInt(e -> ((SatisfactionRated) e).csat()).findFirst().orElseThrow())
                .average().orElseThrow();
    }
}

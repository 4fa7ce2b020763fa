package io.deskpulse.jobs.workload;

import static io.deskpulse.jobs.cells.TicketStory.ticket;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.deskpulse.events.Channel;
import io.deskpulse.jobs.cells.RegionZones;
import io.deskpulse.jobs.cells.TicketFact;
import io.deskpulse.jobs.cells.TicketHistory;
import io.deskpulse.jobs.cells.TicketStory;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Workload cells of single tickets, computed by hand. */
class WorkloadContributionsTest {

    private static final RegionZones ZONES = RegionZones.parse(RegionZones.DEFAULT);

    private static WorkloadCell shanghai(String localHour, String team, String agent) {
        return WorkloadCell.at(Instant.parse(localHour.replace("+08", "Z")).minusSeconds(8 * 3600),
                ZONES.zoneOf("cn-east"), "cn-east", team, agent);
    }

    private static WorkloadMeasures m(long created, long assigned, long resolved, long reopened, long backlog,
            long replies, long minutes, long warnings, long breaches) {
        return new WorkloadMeasures(created, assigned, resolved, reopened, backlog, replies, minutes, warnings, breaches);
    }

    /** Created at 09:40 local, assigned at 09:50, worked on at 10, resolved at 11:20, reopened at 12:10. */
    private static TicketStory shanghaiTicket() {
        return ticket("T-1")
                .created("2026-03-02T01:40:00Z", "cn-east", "desk", "hardware/printer/jam", Channel.EMAIL)
                .assigned("2026-03-02T01:50:00Z", "a1", "printers")
                .publicReply("2026-03-02T02:05:00Z", "a1")
                .internalNote("2026-03-02T02:06:00Z", "a1")
                .worked("2026-03-02T02:10:00Z", "a1", 30)
                .resolved("2026-03-02T03:20:00Z", "a1", false)
                .reopened("2026-03-02T04:10:00Z");
    }

    @Test
    void aTicketCountsWhereAndWhenItsWorkHappened() {
        Map<WorkloadCell, WorkloadMeasures> expected = new LinkedHashMap<>();
        // 09:40 created unassigned in the desk team, 09:50 moved (backlog and all) to a1 in printers
        expected.put(shanghai("2026-03-02T09:00:00+08", "desk", ""), m(1, 0, 0, 0, 0, 0, 0, 0, 0));
        expected.put(shanghai("2026-03-02T09:00:00+08", "printers", "a1"), m(0, 1, 0, 0, 1, 0, 0, 0, 0));
        // 10:05 a public reply (the internal note does not count), 10:10 half an hour of work
        expected.put(shanghai("2026-03-02T10:00:00+08", "printers", "a1"), m(0, 0, 0, 0, 0, 1, 30, 0, 0));
        // 11:20 resolved: out of a1's backlog; 12:10 reopened: back in it
        expected.put(shanghai("2026-03-02T11:00:00+08", "printers", "a1"), m(0, 0, 1, 0, -1, 0, 0, 0, 0));
        expected.put(shanghai("2026-03-02T12:00:00+08", "printers", "a1"), m(0, 0, 0, 1, 1, 0, 0, 0, 0));

        Map<WorkloadCell, WorkloadMeasures> actual = WorkloadContributions.of(shanghaiTicket().history(), ZONES);

        assertEquals(expected, actual);
        assertEquals(new WorkloadCell(Instant.parse("2026-03-02T01:00:00Z").getEpochSecond(), "cn-east", "desk", "",
                1, 9), shanghai("2026-03-02T09:00:00+08", "desk", ""), "09:00 on a Monday in Shanghai");
    }

    @Test
    void theArrivalOrderOfTheEventsDoesNotMatter() {
        List<TicketFact> shuffled = new ArrayList<>(shanghaiTicket().facts());
        Collections.shuffle(shuffled, new Random(42));
        assertEquals(WorkloadContributions.of(shanghaiTicket().history(), ZONES),
                WorkloadContributions.of(TicketHistory.of(shuffled), ZONES));
    }

    @Test
    void beforeItsCreationIsKnownATicketCountsNowhere() {
        List<TicketFact> withoutCreation = shanghaiTicket().facts().subList(1, 7);
        assertEquals(Map.of(), WorkloadContributions.of(TicketHistory.of(withoutCreation), ZONES));
    }

    @Test
    void alertsCountForTheOwnerAtTheirInstant() {
        List<TicketFact> facts = new ArrayList<>(shanghaiTicket().facts());
        facts.add(new TicketFact.Alert("T-1", "FIRST_RESPONSE", 1, "WARNING", 75, Instant.parse("2026-03-02T01:45:00Z")));
        facts.add(new TicketFact.Alert("T-1", "RESOLUTION", 1, "BREACH", 100, Instant.parse("2026-03-02T03:00:00Z")));
        facts.add(new TicketFact.Alert("T-1", "RESOLUTION", 1, "BREACH", 100, Instant.parse("2026-03-02T03:00:00Z")));

        Map<WorkloadCell, WorkloadMeasures> cells = WorkloadContributions.of(TicketHistory.of(facts), ZONES);

        assertEquals(m(1, 0, 0, 0, 0, 0, 0, 1, 0), cells.get(shanghai("2026-03-02T09:00:00+08", "desk", "")),
                "the warning came while the ticket was still unassigned");
        assertEquals(m(0, 0, 1, 0, -1, 0, 0, 0, 1), cells.get(shanghai("2026-03-02T11:00:00+08", "printers", "a1")),
                "the breach counts once, for a1");
    }

    @Test
    void theHourOfWeekIsTheRegionsLocalHourAcrossDaylightSaving() {
        // Berlin moved from CET to CEST at 01:00 UTC on Sunday 2026-03-29.
        List<TicketFact> facts = ticket("B-1")
                .created("2026-03-29T00:30:00Z", "eu-central", "desk", "network/vpn", Channel.WEB)
                .publicReply("2026-03-29T01:30:00Z", "b1")
                .publicReply("2026-03-30T07:00:00Z", "b1")
                .facts();

        Map<WorkloadCell, WorkloadMeasures> cells = WorkloadContributions.of(TicketHistory.of(facts), ZONES);

        List<String> hoursOfWeek = cells.keySet().stream()
                .map(c -> c.agent() + "@" + c.localWeekday() + "/" + c.localHour()).toList();
        assertEquals(List.of("@7/1", "b1@7/3", "b1@1/9"), hoursOfWeek,
                "01:30 CET Sunday, 03:30 CEST Sunday, 09:00 CEST Monday");
    }
}

package io.deskpulse.jobs.satisfaction;

import static io.deskpulse.jobs.cells.TicketStory.ticket;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.deskpulse.events.Channel;
import io.deskpulse.jobs.cells.RegionZones;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Satisfaction cells of single tickets, computed by hand. */
class SatisfactionContributionsTest {

    private static final RegionZones ZONES = RegionZones.parse(RegionZones.DEFAULT);

    private static SatisfactionCell cell(String localDay, String agent) {
        return new SatisfactionCell(LocalDate.parse(localDay).toEpochDay(), "cn-east", "printers", agent,
                "hardware/printer", "chat");
    }

    private static SatisfactionMeasures counts(long resolutions, long fcr, long reopened, long answered, long csat4,
            long csat5, long csat2, long promoters, long passives, long detractors) {
        long npsAnswered = promoters + passives + detractors;
        return new SatisfactionMeasures(resolutions, fcr, reopened, resolutions, answered, 0, csat2, 0, csat4, csat5,
                npsAnswered, promoters, passives, detractors);
    }

    @Test
    void aFirstContactResolutionWithALateSurveyCountsOnItsLocalDay() {
        // Resolved at 01:30 local on 3 March in Shanghai (17:30 UTC the day before); rated 5 days later.
        var ticket = ticket("S-1")
                .created("2026-03-02T16:00:00Z", "cn-east", "printers", "hardware/printer/jam", Channel.CHAT)
                .assigned("2026-03-02T16:05:00Z", "a1", null)
                .resolved("2026-03-02T17:30:00Z", "a1", true)
                .rated("2026-03-07T10:00:00Z", 5, 10);

        assertEquals(Map.of(cell("2026-03-03", "a1"), counts(1, 1, 0, 1, 0, 1, 0, 1, 0, 0)),
                SatisfactionContributions.of(ticket.history(), ZONES));
    }

    @Test
    void aReopenWithinSevenDaysUndoesTheFirstContactAndTheNextResolutionGetsItsOwnSurvey() {
        var ticket = ticket("S-2")
                .created("2026-03-02T01:00:00Z", "cn-east", "printers", "hardware/printer/toner", Channel.CHAT)
                .assigned("2026-03-02T01:05:00Z", "a1", null)
                .resolved("2026-03-02T02:00:00Z", "a1", true)
                .rated("2026-03-02T03:00:00Z", 4, 8)
                .reopened("2026-03-05T01:00:00Z")
                .assigned("2026-03-05T01:10:00Z", "a2", null)
                .resolved("2026-03-05T04:00:00Z", "a2", false)
                .rated("2026-03-05T05:00:00Z", 2, null)
                .rated("2026-03-05T06:00:00Z", 2, 3);

        assertEquals(Map.of(
                        cell("2026-03-02", "a1"), counts(1, 0, 1, 1, 1, 0, 0, 0, 1, 0),
                        cell("2026-03-05", "a2"), counts(1, 0, 0, 1, 0, 0, 1, 0, 0, 1)),
                SatisfactionContributions.of(ticket.history(), ZONES),
                "a1's resolution was reopened; a2's survey counts its last answer once");
    }

    @Test
    void aReopenAfterTheWindowLeavesTheFirstContactStanding() {
        var ticket = ticket("S-3")
                .created("2026-03-02T01:00:00Z", "cn-east", "printers", "hardware/printer/jam", Channel.CHAT)
                .assigned("2026-03-02T01:05:00Z", "a1", null)
                .resolved("2026-03-02T02:00:00Z", "a1", true)
                .reopened("2026-03-09T02:00:01Z");

        assertEquals(Map.of(cell("2026-03-02", "a1"), counts(1, 1, 0, 0, 0, 0, 0, 0, 0, 0)),
                SatisfactionContributions.of(ticket.history(), ZONES));
    }
}

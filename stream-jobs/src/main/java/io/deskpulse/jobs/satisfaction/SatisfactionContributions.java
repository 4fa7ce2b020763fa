package io.deskpulse.jobs.satisfaction;

import io.deskpulse.events.SatisfactionRated;
import io.deskpulse.events.TicketAssigned;
import io.deskpulse.events.TicketCreated;
import io.deskpulse.events.TicketEvent;
import io.deskpulse.events.TicketReopened;
import io.deskpulse.events.TicketResolved;
import io.deskpulse.jobs.cells.Contributions;
import io.deskpulse.jobs.cells.RegionZones;
import io.deskpulse.jobs.cells.TicketHistory;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What one ticket contributes to the satisfaction cells. Everything is counted against a
 * resolution, in the cell of the resolution's local day, team and resolving agent: the survey it
 * sent, the answer to that survey (the last rating before the next resolution, however late it
 * arrives), whether it was reopened within {@link #REOPEN_WINDOW}, and so whether it was a
 * first-contact resolution. A rating before any resolution answers no survey and is not counted.
 */
public final class SatisfactionContributions {

    /** A resolution reopened within this window did not resolve the problem. */
    public static final Duration REOPEN_WINDOW = Duration.ofDays(7);

    private SatisfactionContributions() {}

    private record Resolution(Instant at, String team, String agent, boolean firstContact) {}

    public static Map<SatisfactionCell, SatisfactionMeasures> of(TicketHistory ticket, RegionZones zones) {
        Map<SatisfactionCell, SatisfactionMeasures> cells = new LinkedHashMap<>();
        Optional<TicketCreated> creation = ticket.creation();
        if (creation.isEmpty()) {
            return cells;
        }
        TicketCreated created = creation.get();
        ZoneId zone = zones.zoneOf(created.region());
        List<TicketEvent> events = ticket.events();
        List<Resolution> resolutions = new ArrayList<>();
        List<Instant> reopens = new ArrayList<>();
        List<SatisfactionRated> ratings = new ArrayList<>();
        String team = created.team() == null ? "" : created.team();
        String agent = "";
        for (TicketEvent event : events) {
            switch (event) {
                case TicketAssigned a -> {
                    team = a.team() == null ? team : a.team();
                    agent = a.agentId();
                }
                case TicketResolved r -> resolutions.add(new Resolution(r.occurredAt(), team,
                        r.agentId() == null || r.agentId().isBlank() ? agent : r.agentId(), r.firstContact()));
                case TicketReopened r -> reopens.add(r.occurredAt());
                case SatisfactionRated s -> ratings.add(s);
                default -> { }
            }
        }
        for (int i = 0; i < resolutions.size(); i++) {
            Resolution r = resolutions.get(i);
            Instant next = i + 1 < resolutions.size() ? resolutions.get(i + 1).at() : Instant.MAX;
            Instant windowEnd = r.at().plus(REOPEN_WINDOW);
            boolean reopened = reopens.stream().anyMatch(at -> at.isAfter(r.at()) && !at.isAfter(windowEnd));
            SatisfactionRated answer = null;
            for (SatisfactionRated rating : ratings) {
                if (!rating.occurredAt().isBefore(r.at()) && rating.occurredAt().isBefore(next)) {
                    answer = rating;
                }
            }
            SatisfactionCell cell = new SatisfactionCell(r.at().atZone(zone).toLocalDate().toEpochDay(),
                    created.region(), r.team(), r.agent(), SatisfactionCell.categoryHead(created.category()),
                    created.channel().wireName());
            Contributions.add(cells, cell, SatisfactionMeasures.resolution(r.firstContact(), reopened,
                    answer == null ? 0 : answer.csat(), answer == null ? null : answer.nps()));
        }
        return cells;
    }
}

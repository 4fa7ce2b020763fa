package io.deskpulse.jobs.workload;

import io.deskpulse.events.AgentReplied;
import io.deskpulse.events.StatusChanged;
import io.deskpulse.events.TicketAssigned;
import io.deskpulse.events.TicketClosed;
import io.deskpulse.events.TicketCreated;
import io.deskpulse.events.TicketReopened;
import io.deskpulse.events.TicketResolved;
import io.deskpulse.events.TicketStatus;
import io.deskpulse.events.WorkLogged;
import io.deskpulse.jobs.cells.Contributions;
import io.deskpulse.jobs.cells.RegionZones;
import io.deskpulse.jobs.cells.TicketFact;
import io.deskpulse.jobs.cells.TicketHistory;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What one ticket contributes to the workload cells, walking its history in time order. Work done
 * by a named agent (a reply, a resolution, logged minutes) counts for that agent; everything else
 * counts for whoever the ticket is assigned to at that instant, in the ticket's team at that
 * instant. Nothing is attributed before the ticket's creation is known (its region decides the
 * cells).
 */
public final class WorkloadContributions {

    private WorkloadContributions() {}

    public static Map<WorkloadCell, WorkloadMeasures> of(TicketHistory ticket, RegionZones zones) {
        Map<WorkloadCell, WorkloadMeasures> cells = new LinkedHashMap<>();
        Optional<TicketCreated> creation = ticket.creation();
        if (creation.isEmpty()) {
            return cells;
        }
        Walk walk = new Walk(cells, creation.get().region(), zones.zoneOf(creation.get().region()));
        for (TicketFact fact : ticket.facts()) {
            walk.apply(fact);
        }
        return cells;
    }

    /** The ticket's owner and openness as its history is walked. */
    private static final class Walk {
        private final Map<WorkloadCell, WorkloadMeasures> cells;
        private final String region;
        private final ZoneId zone;
        private boolean created;
        private String team = "";
        private String agent = "";
        private boolean open;

        Walk(Map<WorkloadCell, WorkloadMeasures> cells, String region, ZoneId zone) {
            this.cells = cells;
            this.region = region;
            this.zone = zone;
        }

        void apply(TicketFact fact) {
            Instant at = fact.at();
            if (fact instanceof TicketFact.Event(TicketCreated c)) {
                created = true;
                team = c.team() == null ? "" : c.team();
                count(at, agent, WorkloadMeasures.ticketCreated());
                enterBacklog(at);
                return;
            }
            if (!created) {
                return; // before the creation: no region, team or owner yet
            }
            switch (fact) {
                case TicketFact.Event(TicketAssigned a) -> {
                    boolean wasOpen = open;
                    leaveBacklog(at); // the open ticket moves from the old owner to the new one
                    team = a.team() == null ? team : a.team();
                    agent = a.agentId();
                    count(at, agent, WorkloadMeasures.ticketAssigned());
                    if (wasOpen) {
                        enterBacklog(at);
                    }
                }
                case TicketFact.Event(AgentReplied r) when r.publicReply() ->
                        count(at, or(r.agentId()), WorkloadMeasures.publicReply());
                case TicketFact.Event(WorkLogged w) ->
                        count(at, or(w.agentId()), WorkloadMeasures.work(w.minutes() == null ? 0 : w.minutes()));
                case TicketFact.Event(TicketResolved r) -> {
                    count(at, or(r.agentId()), WorkloadMeasures.ticketResolved());
                    leaveBacklog(at);
                }
                case TicketFact.Event(TicketReopened ignored) -> {
                    count(at, agent, WorkloadMeasures.ticketReopened());
                    enterBacklog(at);
                }
                case TicketFact.Event(TicketClosed ignored) -> leaveBacklog(at);
                case TicketFact.Event(StatusChanged s) -> {
                    if (s.status() == TicketStatus.RESOLVED || s.status() == TicketStatus.CLOSED) {
                        leaveBacklog(at);
                    } else {
                        enterBacklog(at);
                    }
                }
                case TicketFact.Alert alert -> count(at, agent,
                        alert.isBreach() ? WorkloadMeasures.breach() : WorkloadMeasures.warning());
                default -> { }
            }
        }

        /** The named agent, or the owner when the event names none. */
        private String or(String agentId) {
            return agentId == null || agentId.isBlank() ? agent : agentId;
        }

        private void enterBacklog(Instant at) {
            if (!open) {
                open = true;
                count(at, agent, WorkloadMeasures.backlog(1));
            }
        }

        private void leaveBacklog(Instant at) {
            if (open) {
                open = false;
                count(at, agent, WorkloadMeasures.backlog(-1));
            }
        }

        private void count(Instant at, String who, WorkloadMeasures measures) {
            Contributions.add(cells, WorkloadCell.at(at, zone, region, team, who), measures);
        }
    }
}

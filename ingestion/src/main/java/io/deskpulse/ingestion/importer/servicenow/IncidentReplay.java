package io.deskpulse.ingestion.importer.servicenow;

import io.deskpulse.events.Channel;
import io.deskpulse.events.Priority;
import io.deskpulse.events.TicketEvent;
import io.deskpulse.events.TicketStatus;
import io.deskpulse.ingestion.importer.mapping.EventFactory;
import io.deskpulse.ingestion.importer.mapping.ImportedEvent;
import io.deskpulse.ingestion.importer.mapping.TicketHistory;
import io.deskpulse.ingestion.importer.profile.Profile;
import io.deskpulse.ingestion.importer.profile.RowProblem;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * Replays the audit rows of one incident into ticket events. The rows are put in order (by
 * sys_mod_count, then sys_updated_at, then file order; by sys_updated_at alone when some row has no
 * sys_mod_count), identical rows dropped, and each row compared with the incident as it stood:
 *
 * <ul>
 *   <li>the ticket is created at opened_at (else sys_created_at, else the first update), with the
 *       first known value of each attribute, or the profile's default;</li>
 *   <li>a higher reopen_count, or a state that leaves Resolved/Closed: {@code TICKET_REOPENED};</li>
 *   <li>a different priority: {@code PRIORITY_CHANGED};</li>
 *   <li>a different assignee or group: {@code TICKET_ASSIGNED};</li>
 *   <li>a different state: {@code STATUS_CHANGED}, {@code TICKET_RESOLVED}, {@code TICKET_CLOSED}
 *       (a jump to Closed resolves first, at resolved_at when it fits); never back to New.</li>
 * </ul>
 *
 * Each change happens at the row's sys_updated_at, never before the previous event, so the events
 * are in time order. An unknown value changes nothing; rows after Closed change nothing.
 */
final class IncidentReplay {

    private final Profile profile;
    private final CreationDefaults defaults;
    private final EventFactory events;

    IncidentReplay(Profile profile, CreationDefaults defaults) {
        this.profile = profile;
        this.defaults = defaults;
        this.events = new EventFactory(profile.source());
    }

    TicketHistory history(String number, List<IncidentUpdate> rows) {
        List<RowProblem> problems = new ArrayList<>();
        rows.forEach(row -> problems.addAll(row.problems()));
        if (problems.isEmpty()) {
            return replay(number, rows, problems);
        }
        return TicketHistory.rejected(number, rows.size(), problems);
    }

    private TicketHistory replay(String number, List<IncidentUpdate> rows, List<RowProblem> problems) {
        List<IncidentUpdate> ordered = order(rows, problems);
        if (ordered == null) {
            return TicketHistory.rejected(number, rows.size(), problems);
        }
        Set<List<String>> seen = new HashSet<>();
        List<IncidentUpdate> updates = new ArrayList<>(ordered.size());
        for (IncidentUpdate row : ordered) {
            if (seen.add(row.cells())) {
                updates.add(row);
            }
        }
        IncidentUpdate first = updates.getFirst();
        Instant openedAt = firstKnown(updates, IncidentUpdate::openedAt);
        if (openedAt == null) {
            openedAt = firstKnown(updates, IncidentUpdate::recordCreatedAt);
        }
        if (openedAt == null) {
            openedAt = first.updatedAt();
        }
        Priority priority = known(updates, IncidentUpdate::priority, defaults.priority(), "priority", problems);
        Channel channel = known(updates, IncidentUpdate::channel, defaults.channel(), "channel", problems);
        String region = known(updates, IncidentUpdate::region, defaults.region(), "region", problems);
        String category = known(updates, IncidentUpdate::category, defaults.category(), "category", problems);
        String tier = known(updates, IncidentUpdate::customerTier, defaults.customerTier(), "customerTier", problems);
        if (openedAt == null) {
            problems.add(problem(first, "createdAt", "the incident's opening time is unknown on every row"));
        }
        if (!problems.isEmpty()) {
            return TicketHistory.rejected(number, rows.size(), problems);
        }
        Incident incident = new Incident(number, openedAt, priority);
        incident.emit(events.created(number, openedAt, firstKnown(updates, IncidentUpdate::customerId), tier, region,
                first.team(), category, priority, channel, firstKnown(updates, IncidentUpdate::subject)), first.row());
        incident.reopenCount = Objects.requireNonNullElse(first.reopenCount(), 0L);
        for (IncidentUpdate update : updates) {
            incident.apply(update);
        }
        return TicketHistory.of(number, rows.size(), rows.size() - updates.size(), incident.made);
    }

    /** The rows in the order they happened, or null (with a problem) when that cannot be told. */
    private List<IncidentUpdate> order(List<IncidentUpdate> rows, List<RowProblem> problems) {
        boolean bySequence = rows.stream().allMatch(row -> row.sequence() != null);
        Comparator<IncidentUpdate> order;
        if (bySequence) {
            order = Comparator.comparing(IncidentUpdate::sequence)
                    .thenComparing(IncidentUpdate::updatedAt, Comparator.nullsFirst(Comparator.naturalOrder()));
        } else {
            for (IncidentUpdate row : rows) {
                if (row.updatedAt() == null) {
                    problems.add(problem(row, "updatedAt", "neither " + profile.columnOf("sequence") + " nor "
                            + profile.columnOf("updatedAt") + " is known: the row cannot be placed in the incident's "
                            + "history"));
                    return null;
                }
            }
            order = Comparator.comparing(IncidentUpdate::updatedAt);
        }
        List<IncidentUpdate> ordered = new ArrayList<>(rows);
        ordered.sort(order.thenComparingLong(IncidentUpdate::row));
        return ordered;
    }

    private <T> T known(List<IncidentUpdate> rows, Function<IncidentUpdate, T> field, T defaultValue, String name,
            List<RowProblem> problems) {
        T value = firstKnown(rows, field);
        if (value == null) {
            value = defaultValue;
        }
        if (value == null) {
            problems.add(problem(rows.getFirst(), name, "is unknown on every row of the incident and the profile "
                    + "gives no default"));
        }
        return value;
    }

    private static <T> T firstKnown(List<IncidentUpdate> rows, Function<IncidentUpdate, T> field) {
        for (IncidentUpdate row : rows) {
            T value = field.apply(row);
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    private RowProblem problem(IncidentUpdate row, String field, String reason) {
        return new RowProblem(row.row(), profile.columnOf(field), null, reason);
    }

    /** The incident as the replay goes: what the next row is compared with. */
    private final class Incident {
        private final String number;
        private final List<ImportedEvent> made = new ArrayList<>();
        private Instant last;
        private TicketStatus status = TicketStatus.NEW;
        private Priority priority;
        private String agent;
        private String team;
        private long reopenCount;

        Incident(String number, Instant openedAt, Priority priority) {
            this.number = number;
            this.last = openedAt;
            this.priority = priority;
        }

        void apply(IncidentUpdate row) {
            if (status == TicketStatus.CLOSED) {
                return;
            }
            Instant at = row.updatedAt() == null || row.updatedAt().isBefore(last) ? last : row.updatedAt();
            TicketStatus state = row.state();
            boolean reopenCounted = row.reopenCount() != null && row.reopenCount() > reopenCount;
            if (row.reopenCount() != null) {
                reopenCount = Math.max(reopenCount, row.reopenCount());
            }
            if (status.isDone() && (reopenCounted || (state != null && !state.isDone()))) {
                emit(events.reopened(number, at, reopenCounted
                        ? "reopened (" + profile.columnOf("reopenCount") + " " + reopenCount + ")"
                        : "state " + row.stateText() + " after " + status), row.row());
                status = TicketStatus.OPEN;
            }
            if (row.priority() != null && row.priority() != priority) {
                priority = row.priority();
                emit(events.priorityChanged(number, at, priority), row.row());
            }
            assign(row, at);
            // NEW is where a ticket starts, not a state to go back to: ServiceNow still says New after
            // the first assignment, which the event contract makes OPEN.
            if (state != null && state != status && state != TicketStatus.NEW) {
                changeState(row, state, at);
            }
        }

        private void assign(IncidentUpdate row, Instant at) {
            boolean newAgent = row.agent() != null && !row.agent().equals(agent);
            boolean newTeam = row.team() != null && !row.team().equals(team);
            if (!newAgent && !newTeam) {
                return;
            }
            // A move to another group without a named assignee leaves the ticket with the group only.
            agent = row.agent();
            team = row.team() != null ? row.team() : team;
            emit(events.assigned(number, at, agent, team), row.row());
            if (status == TicketStatus.NEW) {
                status = TicketStatus.OPEN;
            }
        }

        private void changeState(IncidentUpdate row, TicketStatus state, Instant at) {
            String resolver = row.resolvedBy() != null ? row.resolvedBy() : agent;
            switch (state) {
                case RESOLVED -> emit(events.resolved(number, at, resolver, row.resolutionCode(), false), row.row());
                case CLOSED -> {
                    Instant closedAt = within(row.closedAt(), last, at);
                    if (status != TicketStatus.RESOLVED) {
                        emit(events.resolved(number, within(row.resolvedAt(), last, closedAt), resolver,
                                row.resolutionCode(), false), row.row());
                    }
                    emit(events.closed(number, closedAt), row.row());
                }
                default -> emit(events.statusChanged(number, at, state, "state " + row.stateText()), row.row());
            }
            status = state;
        }

        /** {@code instant} when it is known and between {@code from} and {@code to}, else {@code to}. */
        private static Instant within(Instant instant, Instant from, Instant to) {
            return instant != null && !instant.isBefore(from) && !instant.isAfter(to) ? instant : to;
        }

        void emit(TicketEvent event, long row) {
            made.add(new ImportedEvent(event, row));
            last = event.occurredAt();
        }
    }
}

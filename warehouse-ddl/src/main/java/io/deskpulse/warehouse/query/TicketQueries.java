package io.deskpulse.warehouse.query;

import io.deskpulse.warehouse.ClickHouseConfig;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The queries about tickets one by one: the work queue, a ticket with its events and clocks, the
 * open load per region, team or agent for the manager's drill-down, and the agents a ticket may be
 * handed to. Like {@link TileQueries}, each takes the viewer's {@link Scope} first and binds every
 * value: a ticket outside the scope is not found, whoever asks for it by id.
 */
public final class TicketQueries {

    /** What the drill-down groups by, with the column naming it in each table. */
    public enum Grouping {
        REGION("region", "region"), TEAM("team", "team"), AGENT("agent_id", "agent");

        private final String ticketColumn;
        private final String cellColumn;

        Grouping(String ticketColumn, String cellColumn) {
            this.ticketColumn = ticketColumn;
            this.cellColumn = cellColumn;
        }
    }

    /**
     * An open ticket with its most urgent clock: of the clocks still counting, the one due first.
     * {@code dueAt}, {@code clockState} and {@code metric} are null when no clock counts (paused).
     */
    public record QueuedTicket(String ticketId, String subject, String priority, String region, String team,
            String agentId, String status, Instant dueAt, String clockState, String metric) {}

    public record Ticket(String ticketId, Instant createdAt, String customerId, String customerTier, String region,
            String team, String category, String priority, String channel, String subject, String status,
            String agentId, Instant resolvedAt) {}

    public record TicketEventRecord(Instant occurredAt, String type, String source, String payload) {}

    /** One SLA clock; {@code timeline} is its JSON explanation (docs/sla-engine.md). */
    public record Clock(String metric, int cycle, String policyId, long targetSeconds, Instant startedAt,
            Instant stoppedAt, Instant dueAt, Instant breachedAt, long usedSeconds, long pausedSeconds, String state,
            String timeline) {}

    public record TicketDetail(Ticket ticket, List<TicketEventRecord> events, List<Clock> clocks) {}

    /** Open tickets of one group now: how many, how many overdue, how many due within the window. */
    public record OpenLoad(String group, long open, long overdue, long dueSoon) {}

    public record GroupAttainment(String group, long met, long breached) {
        public double rate() {
            return met + breached == 0 ? Double.NaN : (double) met / (met + breached);
        }
    }

    public record AgentHome(String agentId, String team, String region) {}

    private static final String OPEN = " AND status NOT IN ('RESOLVED', 'CLOSED')";

    private final ClickHouseConfig warehouse;

    public TicketQueries(ClickHouseConfig warehouse) {
        this.warehouse = warehouse;
    }

    /**
     * The work queue: open tickets in scope, most urgent first (by their first-due counting clock,
     * from {@code sla_open_clocks}), tickets with no counting clock last. With an agent's scope,
     * that agent's own queue.
     */
    public List<QueuedTicket> queue(Scope scope, int limit) throws SQLException {
        Statement q = new Statement().sql("SELECT t.ticket_id, t.subject, t.priority, t.region, t.team, t.agent_id,"
                + " t.status, c.due, c.urgent_state, c.urgent_metric");
        openTicketsWithUrgentClock(q, scope)
                .sql(" ORDER BY c.due ASC NULLS LAST, t.ticket_id LIMIT ").value(limit);
        return list(q, rs -> new QueuedTicket(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                rs.getString(5), rs.getString(6), rs.getString(7), rs.getObject(8, Instant.class),
                blankToNull(rs.getString(9)), blankToNull(rs.getString(10))));
    }

    /** Open tickets per region, team or agent, with those overdue and those due before {@code now + window}. */
    public List<OpenLoad> openLoad(Scope scope, Grouping grouping, Instant now, Duration window) throws SQLException {
        String group = "t." + grouping.ticketColumn;
        Statement q = new Statement().sql("SELECT " + group + " AS grp, count(), countIf(c.due < ").value(now)
                .sql("), countIf(c.due >= ").value(now).sql(" AND c.due < ").value(now.plus(window)).sql(")");
        openTicketsWithUrgentClock(q, scope).sql(" GROUP BY grp ORDER BY grp");
        return list(q, rs -> new OpenLoad(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)));
    }

    private static Statement openTicketsWithUrgentClock(Statement q, Scope scope) {
        return q.sql(" FROM (SELECT ticket_id, subject, priority, region, team, agent_id, status FROM tickets FINAL WHERE ")
                .scope(scope, "region", "agent_id").sql(OPEN).sql(") AS t")
                .sql(" LEFT JOIN (SELECT ticket_id, min(due_at) AS due, argMin(state, due_at) AS urgent_state,"
                        + " argMin(metric, due_at) AS urgent_metric FROM sla_open_clocks FINAL WHERE ")
                .scope(scope, "region", "agent_id").sql(" AND due_at IS NOT NULL GROUP BY ticket_id) AS c")
                .sql(" ON c.ticket_id = t.ticket_id");
    }

    /** Attainment per region, team or agent over the days the period touches. */
    public List<GroupAttainment> attainmentBy(Scope scope, Period period, Grouping grouping) throws SQLException {
        String group = grouping.cellColumn;
        Statement q = new Statement().sql("SELECT " + group + " AS grp, sum(met), sum(breached)"
                        + " FROM sla_attainment_daily FINAL WHERE ")
                .scope(scope, "region", "agent").sql(" AND ").days(period)
                .sql(" GROUP BY grp HAVING sum(met) + sum(breached) > 0 ORDER BY grp");
        return list(q, rs -> new GroupAttainment(rs.getString(1), rs.getLong(2), rs.getLong(3)));
    }

    /** The ticket, if it exists and is in scope: the check before every action on it. */
    public Optional<Ticket> ticket(Scope scope, String ticketId) throws SQLException {
        Statement q = new Statement().sql("SELECT ticket_id, created_at, customer_id, customer_tier, region, team,"
                        + " category, priority, channel, subject, status, agent_id, resolved_at FROM tickets FINAL WHERE ")
                .scope(scope, "region", "agent_id").sql(" AND ticket_id = ").value(ticketId);
        return list(q, rs -> new Ticket(rs.getString(1), rs.getObject(2, Instant.class), rs.getString(3),
                rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9),
                rs.getString(10), rs.getString(11), rs.getString(12), rs.getObject(13, Instant.class)))
                .stream().findFirst();
    }

    /** The ticket with its events in order and its clocks, if it is in scope; nothing else is read otherwise. */
    public Optional<TicketDetail> detail(Scope scope, String ticketId) throws SQLException {
        Optional<Ticket> found = ticket(scope, ticketId);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Ticket ticket = found.get();
        List<TicketEventRecord> events = list(new Statement()
                        .sql("SELECT occurred_at, type, source, payload FROM ticket_events FINAL WHERE ticket_id = ")
                        .value(ticketId).sql(" ORDER BY occurred_at, event_id"),
                rs -> new TicketEventRecord(rs.getObject(1, Instant.class), rs.getString(2), rs.getString(3),
                        rs.getString(4)));
        List<Clock> clocks = list(new Statement()
                        .sql("SELECT metric, cycle, policy_id, target_seconds, started_at, stopped_at, due_at, breached_at,"
                                + " used_seconds, paused_seconds, state, timeline FROM sla_clocks FINAL WHERE region = ")
                        .value(ticket.region()).sql(" AND ticket_id = ").value(ticketId)
                        .sql(" ORDER BY started_at, metric, cycle"),
                rs -> new Clock(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getLong(4),
                        rs.getObject(5, Instant.class), rs.getObject(6, Instant.class), rs.getObject(7, Instant.class),
                        rs.getObject(8, Instant.class), rs.getLong(9), rs.getLong(10), rs.getString(11),
                        rs.getString(12)));
        return Optional.of(new TicketDetail(ticket, events, clocks));
    }

    /** Agents whose team works in scope, by region, team and name: whom a ticket may be handed to. */
    public List<AgentHome> agents(Scope scope) throws SQLException {
        Statement q = new Statement().sql("SELECT a.agent_id, a.team, t.region FROM agents AS a FINAL"
                        + " INNER JOIN teams AS t FINAL ON t.team = a.team WHERE ")
                .scope(scope, "t.region", "a.team", "a.agent_id")
                .sql(" ORDER BY t.region, a.team, a.agent_id");
        return list(q, rs -> new AgentHome(rs.getString(1), rs.getString(2), rs.getString(3)));
    }

    /** A team and the region it works in, from the {@code teams} dimension. */
    public record TeamHome(String team, String region) {}

    /**
     * Every team with its region, for the intake form's suggestions: names only, no ticket data,
     * so no scope (anyone who files tickets may file them for any team).
     */
    public List<TeamHome> teams() throws SQLException {
        return list(new Statement().sql("SELECT team, region FROM teams FINAL ORDER BY region, team"),
                rs -> new TeamHome(rs.getString(1), rs.getString(2)));
    }

    /** The category paths of the most used categories, for the intake form's suggestions (names only). */
    public List<String> categories(int limit) throws SQLException {
        return list(new Statement().sql("SELECT category FROM tickets WHERE category != '' GROUP BY category"
                + " ORDER BY count() DESC LIMIT ").value(limit), rs -> rs.getString(1));
    }

    /** Tickets resolved in scope since {@code since} (from the workload cells). */
    public long resolvedSince(Scope scope, Instant since) throws SQLException {
        Statement q = new Statement().sql("SELECT sum(resolved) FROM workload_hourly FINAL WHERE ")
                .scope(scope, "region", "agent").sql(" AND hour >= toStartOfHour(").value(since).sql(")");
        return list(q, rs -> rs.getLong(1)).stream().findFirst().orElse(0L);
    }

    private static String blankToNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }

    private <T> List<T> list(Statement q, Statement.Row<T> row) throws SQLException {
        return q.rows(warehouse, row);
    }
}

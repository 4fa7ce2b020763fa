package io.deskpulse.warehouse.query;

import io.deskpulse.warehouse.ClickHouseConfig;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * One named query per dashboard tile. Each takes the viewer's {@link Scope} first (it is part of the
 * SQL, not an optional filter), binds every value as a parameter, and reads the versioned tables
 * with FINAL so that rows not yet merged count once. docs/metrics.md defines the numbers.
 */
public final class TileQueries {

    /** How long a trend's buckets are. */
    public enum Granularity {
        DAY("toStartOfDay"), WEEK("toMonday"), MONTH("toStartOfMonth");

        private final String function;

        Granularity(String function) {
            this.function = function;
        }
    }

    /** Where a satisfaction roll-up groups. */
    public enum Level {
        REGION("region"), TEAM("team"), AGENT("agent"), CATEGORY("category"), CHANNEL("channel");

        private final String column;

        Level(String column) {
            this.column = column;
        }
    }

    public record Attainment(String metric, long met, long breached) {
        /** Met clocks over clocks with an outcome; NaN when none has one. */
        public double rate() {
            return met + breached == 0 ? Double.NaN : (double) met / (met + breached);
        }
    }

    public record AttainmentPoint(LocalDate bucket, String metric, long met, long breached) {}

    public record BacklogPoint(Instant hour, long open) {}

    public record AgentHour(String agent, Instant hour, long handled, long workMinutes, long breaches) {}

    public record HourOfWeek(String region, int weekday, int hour, long created) {}

    public record AtRiskClock(String ticketId, String metric, String state, Instant dueAt, String priority,
            String subject, String region, String team, String agentId) {}

    public record SatisfactionRollup(String group, long resolutions, long firstContactResolutions,
            long reopenedResolutions, long surveysSent, long surveysAnswered, long satisfied, long npsAnswered,
            long promoters, long detractors) {}

    public record Volume(String key, long tickets) {}

    private final ClickHouseConfig warehouse;

    public TileQueries(ClickHouseConfig warehouse) {
        this.warehouse = warehouse;
    }

    /**
     * SLA attainment per metric: clocks started in the period that have an outcome, met or breached,
     * from the daily attainment cells (the whole UTC days the period touches).
     */
    public List<Attainment> attainment(Scope scope, Period period) throws SQLException {
        Statement q = new Statement()
                .sql("SELECT metric, sum(met), sum(breached) FROM sla_attainment_daily FINAL WHERE ")
                .scope(scope, "region", "agent")
                .sql(" AND ").days(period)
                .sql(" GROUP BY metric HAVING sum(met) + sum(breached) > 0 ORDER BY metric");
        return list(q, rs -> new Attainment(rs.getString(1), rs.getLong(2), rs.getLong(3)));
    }

    /** Attainment per metric and day, week or month (by the clock's start, UTC buckets). */
    public List<AttainmentPoint> attainmentTrend(Scope scope, Period period, Granularity granularity)
            throws SQLException {
        Statement q = new Statement()
                .sql("SELECT toDate(" + granularity.function + "(day)) AS bucket, metric, sum(met), sum(breached)"
                        + " FROM sla_attainment_daily FINAL WHERE ")
                .scope(scope, "region", "agent")
                .sql(" AND ").days(period)
                .sql(" GROUP BY bucket, metric HAVING sum(met) + sum(breached) > 0 ORDER BY bucket, metric");
        return list(q, rs -> new AttainmentPoint(rs.getObject(1, LocalDate.class), rs.getString(2), rs.getLong(3),
                rs.getLong(4)));
    }

    /**
     * Open tickets at the end of each hour of the period that saw a change: the running sum of the
     * backlog deltas from the beginning (so the first hour already counts what was open before). What
     * was open before is summed from the daily cells of the days before the period's first day and
     * the hourly cells of that day before the period, in the same query.
     */
    public List<BacklogPoint> backlog(Scope scope, Period period) throws SQLException {
        Statement q = new Statement()
                .sql("SELECT hour, (SELECT sum(open) FROM (SELECT sum(backlog_delta) AS open FROM workload_daily FINAL WHERE ")
                .scope(scope, "region", "agent").sql(" AND day < toDate(").value(period.from())
                .sql(") UNION ALL SELECT sum(backlog_delta) FROM workload_hourly FINAL WHERE ")
                .scope(scope, "region", "agent").sql(" AND hour >= toStartOfDay(").value(period.from())
                .sql(") AND hour < ").value(period.from())
                .sql(")) + sum(sum(backlog_delta)) OVER (ORDER BY hour) FROM workload_hourly FINAL WHERE ")
                .scope(scope, "region", "agent")
                .sql(" AND hour >= ").value(period.from()).sql(" AND hour < ").value(period.to())
                .sql(" GROUP BY hour ORDER BY hour");
        return list(q, rs -> new BacklogPoint(rs.getObject(1, Instant.class), rs.getLong(2)));
    }

    /** The agent x hour heatmap: tickets handled (assigned, replied to, resolved), minutes, breaches. */
    public List<AgentHour> agentHours(Scope scope, Period period) throws SQLException {
        // Tens of thousands of cells for a week of a whole desk: the hour travels as epoch seconds, which
        // the driver reads faster than a date-time.
        Statement q = new Statement()
                .sql("SELECT agent, toUnixTimestamp(hour) AS at, sum(assigned + public_replies + resolved),"
                        + " sum(work_minutes), sum(breaches) FROM workload_hourly FINAL WHERE ")
                .scope(scope, "region", "agent")
                .sql(" AND agent != '' AND hour >= ").value(period.from()).sql(" AND hour < ").value(period.to())
                .sql(" GROUP BY agent, hour ORDER BY agent, hour");
        return list(q, rs -> new AgentHour(rs.getString(1), Instant.ofEpochSecond(rs.getLong(2)), rs.getLong(3),
                rs.getLong(4), rs.getLong(5)));
    }

    /** Tickets created per hour of the week in each region's local time, for staffing. */
    public List<HourOfWeek> hourOfWeek(Scope scope, Period period) throws SQLException {
        Statement q = new Statement()
                .sql("SELECT region, local_weekday, local_hour, sum(created) FROM workload_hourly FINAL WHERE ")
                .scope(scope, "region", "agent")
                .sql(" AND hour >= ").value(period.from()).sql(" AND hour < ").value(period.to())
                .sql(" GROUP BY region, local_weekday, local_hour ORDER BY region, local_weekday, local_hour");
        return list(q, rs -> new HourOfWeek(rs.getString(1), rs.getInt(2), rs.getInt(3), rs.getLong(4)));
    }

    /** How far back the at-risk list looks for breached clocks that are still open. */
    public static final Duration OVERDUE_LOOKBACK = Duration.ofDays(30);

    /**
     * Clocks still counting that are due before {@code now + window}, or overdue since at most
     * {@link #OVERDUE_LOOKBACK}, most urgent first, on tickets not resolved or closed: the at-risk list
     * of a manager and, with an agent's scope, that agent's queue. (Tickets overdue for longer are a
     * backlog report's business, not a live list's.) The clocks are found first among the clocks still
     * counting ({@code sla_open_clocks}); their tickets' priority and subject are then read by ticket id.
     */
    public List<AtRiskClock> atRisk(Scope scope, Instant now, Duration window, int limit) throws SQLException {
        Statement clocks = new Statement()
                .sql("SELECT ticket_id, metric, state, due_at, region, team, agent_id FROM sla_open_clocks FINAL WHERE ")
                .scope(scope, "region", "agent_id")
                .sql(" AND due_at >= ").value(now.minus(OVERDUE_LOOKBACK)).sql(" AND due_at < ").value(now.plus(window))
                .sql(" ORDER BY due_at, ticket_id, metric LIMIT ").value(limit * 2)
                .finalWithinPartitions();
        Map<String, String[]> open = new HashMap<>();
        List<AtRiskClock> candidates;
        try (Connection connection = warehouse.connect()) {
            candidates = list(connection, clocks, rs -> new AtRiskClock(rs.getString(1), rs.getString(2),
                    rs.getString(3), rs.getObject(4, Instant.class), null, null, rs.getString(5), rs.getString(6),
                    rs.getString(7)));
            if (candidates.isEmpty()) {
                return candidates;
            }
            Set<String> ids = new LinkedHashSet<>();
            Set<String> regions = new TreeSet<>();
            for (AtRiskClock c : candidates) {
                ids.add(c.ticketId());
                regions.add(c.region());
            }
            list(connection, new Statement().sql("SELECT ticket_id, priority, subject FROM tickets FINAL WHERE region IN (")
                            .values(regions).sql(") AND ticket_id IN (").values(ids)
                            .sql(") AND status NOT IN ('RESOLVED', 'CLOSED')"),
                    rs -> open.put(rs.getString(1), new String[] {rs.getString(2), rs.getString(3)}));
        }
        List<AtRiskClock> atRisk = new ArrayList<>();
        for (AtRiskClock c : candidates) {
            String[] ticket = open.get(c.ticketId());
            if (ticket != null && atRisk.size() < limit) {
                atRisk.add(new AtRiskClock(c.ticketId(), c.metric(), c.state(), c.dueAt(), ticket[0], ticket[1],
                        c.region(), c.team(), c.agentId()));
            }
        }
        return atRisk;
    }

    /**
     * Satisfaction, first contact and reopens by region, team, agent, category or channel, over the
     * days the period touches (today's resolutions count, as in attainment).
     */
    public List<SatisfactionRollup> satisfaction(Scope scope, Period period, Level level) throws SQLException {
        Statement q = new Statement()
                .sql("SELECT " + level.column + ", sum(resolutions), sum(first_contact_resolutions),"
                        + " sum(reopened_resolutions), sum(surveys_sent), sum(surveys_answered), sum(csat_4 + csat_5),"
                        + " sum(nps_answered), sum(nps_promoters), sum(nps_detractors) FROM satisfaction_daily FINAL"
                        + " WHERE ")
                .scope(scope, "region", "agent")
                .sql(" AND ").days(period)
                .sql(" GROUP BY " + level.column + " ORDER BY " + level.column);
        return list(q, rs -> new SatisfactionRollup(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getLong(4),
                rs.getLong(5), rs.getLong(6), rs.getLong(7), rs.getLong(8), rs.getLong(9), rs.getLong(10)));
    }

    /** Tickets created in the period by channel. */
    public List<Volume> volumeByChannel(Scope scope, Period period) throws SQLException {
        return volume(scope, period, "channel");
    }

    /** Tickets created in the period by the first level of their category. */
    public List<Volume> volumeByCategory(Scope scope, Period period) throws SQLException {
        return volume(scope, period, "splitByChar('/', category)[1]");
    }

    private List<Volume> volume(Scope scope, Period period, String key) throws SQLException {
        Statement q = new Statement()
                .sql("SELECT " + key + " AS key, count() FROM tickets FINAL WHERE ")
                .scope(scope, "region", "agent_id")
                .sql(" AND created_at >= ").value(period.from()).sql(" AND created_at < ").value(period.to())
                .sql(" GROUP BY key ORDER BY count() DESC, key")
                .skipIndexesUnderFinal();
        return list(q, rs -> new Volume(rs.getString(1), rs.getLong(2)));
    }

    /**
     * Cost per ticket and return on investment over the period, in scope: labour at each region's
     * hourly rate (or the '*' rate), against the baseline figures valid at the period's end. Two round
     * trips on one connection: the reference figures, then the period's sums (work from the daily
     * cells of the whole days inside the period and the hourly cells around them).
     */
    public ReturnOnInvestment returnOnInvestment(Scope scope, Period period) throws SQLException {
        Map<String, Double> rates = new HashMap<>();
        Map<String, Double> figures = new HashMap<>();
        String[] currency = {"USD"};
        Map<String, long[]> work = new HashMap<>();
        long[] clocks = new long[2];
        long[] resolutions = new long[2];
        try (Connection c = warehouse.connect()) {
            list(c, new Statement()
                    .sql("SELECT 'rate', region, toFloat64(argMax(hourly_cost, valid_from)), argMax(currency, valid_from)"
                            + " FROM cost_rates FINAL WHERE valid_from <= toDate(").value(period.to())
                    .sql(") GROUP BY region UNION ALL SELECT 'figure', figure, toFloat64(argMax(value, valid_from)), ''"
                            + " FROM roi_baseline FINAL WHERE valid_from <= toDate(").value(period.to())
                    .sql(") GROUP BY figure"), rs -> {
                        if (rs.getString(1).equals("rate")) {
                            rates.put(rs.getString(2), rs.getDouble(3));
                            currency[0] = rs.getString(2).equals("*") ? rs.getString(4) : currency[0];
                        } else {
                            figures.put(rs.getString(2), rs.getDouble(3));
                        }
                        return null;
                    });
            WholeDays days = WholeDays.within(period);
            list(c, new Statement()
                    .sql("SELECT 'work', region, sum(resolved), sum(work_minutes) FROM (SELECT region, resolved,"
                            + " work_minutes FROM workload_daily FINAL WHERE ").scope(scope, "region", "agent")
                    .sql(" AND day >= toDate(").value(days.from()).sql(") AND day < toDate(").value(days.to())
                    .sql(") UNION ALL SELECT region, resolved, work_minutes FROM workload_hourly FINAL WHERE ")
                    .scope(scope, "region", "agent")
                    .sql(" AND (hour >= ").value(period.from()).sql(" AND hour < ").value(days.from())
                    .sql(" OR hour >= ").value(days.to()).sql(" AND hour < ").value(period.to()).sql(")) GROUP BY region")
                    .sql(" UNION ALL SELECT 'clocks', '', sum(met + breached), sum(breached) FROM sla_attainment_daily FINAL WHERE ")
                    .scope(scope, "region", "agent").sql(" AND ").days(period)
                    .sql(" UNION ALL SELECT 'resolutions', '', sum(resolutions), sum(first_contact_resolutions)"
                            + " FROM satisfaction_daily FINAL WHERE ").scope(scope, "region", "agent").sql(" AND ").days(period),
                    rs -> {
                        long[] sums = switch (rs.getString(1)) {
                            case "work" -> work.computeIfAbsent(rs.getString(2), region -> new long[2]);
                            case "clocks" -> clocks;
                            default -> resolutions;
                        };
                        sums[0] += rs.getLong(3);
                        sums[1] += rs.getLong(4);
                        return null;
                    });
        }
        double defaultRate = rates.getOrDefault("*", 0.0);
        long resolved = 0;
        long workMinutes = 0;
        double labour = 0;
        for (Map.Entry<String, long[]> region : work.entrySet()) {
            resolved += region.getValue()[0];
            workMinutes += region.getValue()[1];
            labour += region.getValue()[1] / 60.0 * rates.getOrDefault(region.getKey(), defaultRate);
        }
        double hourlyCost = workMinutes > 0 ? labour / (workMinutes / 60.0) : defaultRate;
        ReturnOnInvestment.Baseline baseline = new ReturnOnInvestment.Baseline(
                figures.getOrDefault("minutes_per_ticket", 0.0), figures.getOrDefault("breach_rate", 0.0),
                figures.getOrDefault("breach_penalty", 0.0), figures.getOrDefault("first_contact_rate", 0.0),
                figures.getOrDefault("repeat_contact_cost", 0.0), figures.getOrDefault("investment", 0.0),
                figures.getOrDefault("monthly_run_cost", 0.0), hourlyCost);
        return new ReturnOnInvestment(period, currency[0], resolved, workMinutes, labour, clocks[0], clocks[1],
                resolutions[0], resolutions[1], baseline);
    }

    private <T> List<T> list(Statement q, Statement.Row<T> row) throws SQLException {
        return q.rows(warehouse, row);
    }

    private static <T> List<T> list(Connection c, Statement q, Statement.Row<T> row) throws SQLException {
        return q.rows(c, row);
    }
}

package io.deskpulse.jobs.sla;

import io.deskpulse.jobs.warehouse.WarehouseTable;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

/**
 * One SLA clock as a row of {@code sla_clocks}. {@code version} is the event time of the change
 * that produced it (the due instant for a breach), so replays write the same versions and the
 * latest state wins.
 */
public record ClockRow(
        String ticketId,
        String metric,
        int cycle,
        String region,
        String team,
        String policyId,
        long targetSeconds,
        Instant startedAt,
        Instant stoppedAt,
        Instant dueAt,
        Instant breachedAt,
        long usedSeconds,
        String state,
        long version) {

    public static final WarehouseTable<ClockRow> TABLE = new Table();

    private static final class Table implements WarehouseTable<ClockRow> {
        @Override
        public String name() {
            return "sla_clocks";
        }

        @Override
        public List<String> columns() {
            return List.of("ticket_id", "metric", "cycle", "region", "team", "policy_id", "target_seconds",
                    "started_at", "stopped_at", "due_at", "breached_at", "used_seconds", "paused_seconds", "state",
                    "version");
        }

        @Override
        public void bind(PreparedStatement insert, ClockRow row) throws SQLException {
            insert.setString(1, row.ticketId());
            insert.setString(2, row.metric());
            insert.setInt(3, row.cycle());
            insert.setString(4, row.region());
            insert.setString(5, row.team());
            insert.setString(6, row.policyId());
            insert.setLong(7, row.targetSeconds());
            insert.setObject(8, row.startedAt());
            Rows.setInstant(insert, 9, row.stoppedAt());
            Rows.setInstant(insert, 10, row.dueAt());
            Rows.setInstant(insert, 11, row.breachedAt());
            insert.setLong(12, row.usedSeconds());
            insert.setLong(13, 0);
            insert.setString(14, row.state());
            insert.setLong(15, row.version());
        }
    }
}

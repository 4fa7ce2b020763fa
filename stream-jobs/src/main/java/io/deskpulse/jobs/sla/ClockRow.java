package io.deskpulse.jobs.sla;

import io.deskpulse.jobs.warehouse.WarehouseTable;
import io.deskpulse.sla.clock.ClockSnapshot;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/**
 * One SLA clock as a row of {@code sla_clocks}: the engine's snapshot with the ticket's region and
 * team. Versions never go down for a ticket, so the warehouse keeps the latest state.
 */
public record ClockRow(ClockSnapshot clock, String region, String team, long version) {

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
            ClockSnapshot c = row.clock();
            insert.setString(1, c.ticketId());
            insert.setString(2, c.metric().name());
            insert.setInt(3, c.cycle());
            insert.setString(4, row.region());
            insert.setString(5, row.team());
            insert.setString(6, c.policyId());
            insert.setLong(7, c.targetSeconds());
            insert.setObject(8, c.startedAt());
            Rows.setInstant(insert, 9, c.stoppedAt());
            Rows.setInstant(insert, 10, c.dueAt());
            Rows.setInstant(insert, 11, c.breachedAt());
            insert.setLong(12, c.usedSeconds());
            insert.setLong(13, c.pausedSeconds());
            insert.setString(14, c.state().name());
            insert.setLong(15, row.version());
        }
    }
}

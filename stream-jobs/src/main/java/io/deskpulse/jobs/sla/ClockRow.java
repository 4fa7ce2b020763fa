package io.deskpulse.jobs.sla;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.deskpulse.jobs.warehouse.WarehouseTable;
import io.deskpulse.sla.clock.ClockSnapshot;
import io.deskpulse.sla.clock.TimelineSegment;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/**
 * One SLA clock as a row of {@code sla_clocks}: the engine's snapshot with the ticket's region, team
 * and current assignee (agent-scoped queries need no join), and its explanation ({@code timeline}, JSON). Versions never go down for a ticket, so the
 * warehouse keeps the latest state.
 */
public record ClockRow(ClockSnapshot clock, String region, String team, String agentId, String timeline,
        long version) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The explanation as stored: a JSON array of {kind, from, to, reason, policyId}. */
    public static String timelineJson(List<TimelineSegment> segments) {
        ArrayNode array = JSON.createArrayNode();
        for (TimelineSegment segment : segments) {
            array.addObject()
                    .put("kind", segment.kind().name())
                    .put("from", segment.from().toString())
                    .put("to", segment.to() == null ? null : segment.to().toString())
                    .put("reason", segment.reason())
                    .put("policyId", segment.policyId());
        }
        return array.toString();
    }

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
                    "timeline", "version", "agent_id");
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
            insert.setString(15, row.timeline());
            insert.setLong(16, row.version());
            insert.setString(17, row.agentId());
        }
    }
}

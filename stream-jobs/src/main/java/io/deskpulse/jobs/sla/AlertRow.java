package io.deskpulse.jobs.sla;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.deskpulse.jobs.warehouse.WarehouseTable;
import io.deskpulse.sla.clock.SlaAlert;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

/**
 * A warning or breach with the ticket's region, team and assignee, for the {@code sla_alerts} table
 * and the {@code sla-alerts} topic (the app pushes it to the agent and the region's managers).
 * {@code reportedAt} is the wall-clock instant the job reported it, so that alert latency
 * (reportedAt - at) can be measured.
 */
public record AlertRow(SlaAlert alert, String region, String team, String agentId, Instant reportedAt) {

    public static final WarehouseTable<AlertRow> TABLE = new Table();

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The JSON of the {@code sla-alerts} topic. */
    public byte[] toJson() {
        ObjectNode json = JSON.createObjectNode()
                .put("ticketId", alert.ticketId())
                .put("metric", alert.metric().name())
                .put("cycle", alert.cycle())
                .put("policyId", alert.policyId())
                .put("kind", alert.kind().name())
                .put("pct", alert.pct())
                .put("at", alert.at().toString())
                .put("region", region)
                .put("team", team)
                .put("agentId", agentId == null ? "" : agentId)
                .put("reportedAt", reportedAt.toString());
        return json.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static final class Table implements WarehouseTable<AlertRow> {
        @Override
        public String name() {
            return "sla_alerts";
        }

        @Override
        public List<String> columns() {
            return List.of("ticket_id", "metric", "cycle", "region", "team", "agent_id", "policy_id", "kind", "pct",
                    "at", "reported_at");
        }

        @Override
        public void bind(PreparedStatement insert, AlertRow row) throws SQLException {
            SlaAlert a = row.alert();
            insert.setString(1, a.ticketId());
            insert.setString(2, a.metric().name());
            insert.setInt(3, a.cycle());
            insert.setString(4, row.region());
            insert.setString(5, row.team());
            insert.setString(6, row.agentId() == null ? "" : row.agentId());
            insert.setString(7, a.policyId());
            insert.setString(8, a.kind().name());
            insert.setInt(9, a.pct());
            insert.setObject(10, a.at());
            insert.setObject(11, row.reportedAt());
        }
    }
}

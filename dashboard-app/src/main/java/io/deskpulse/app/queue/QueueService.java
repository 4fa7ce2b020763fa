package io.deskpulse.app.queue;

import io.deskpulse.app.base.DeskPulseProperties;
import io.deskpulse.app.base.WarehouseUnavailableException;
import io.deskpulse.warehouse.ClickHouseConfig;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/** Reads the agent queue from the warehouse through the official ClickHouse JDBC driver. */
@Service
public class QueueService {

    /**
     * Open tickets (FINAL: the latest version of each) left-joined with their most urgent clock: of
     * the clocks still counting (not stopped, not paused), the one due first, whatever its metric.
     * Tickets with no counting clock go last; the rest by due time, earliest first. Every value is a
     * bound parameter.
     */
    static final String OPEN_TICKETS_SQL = """
            SELECT t.ticket_id, t.subject, t.priority, t.region, t.team, t.status,
                   c.urgent_state AS state, toUnixTimestamp64Milli(c.urgent_due) AS due_ms
            FROM (SELECT ticket_id, subject, priority, region, team, status
                  FROM tickets FINAL
                  WHERE status NOT IN (?, ?)) AS t
            LEFT JOIN (SELECT ticket_id, argMin(state, due_at) AS urgent_state, min(due_at) AS urgent_due
                       FROM sla_clocks FINAL
                       WHERE stopped_at IS NULL AND due_at IS NOT NULL AND state IN (?, ?)
                       GROUP BY ticket_id) AS c
                ON c.ticket_id = t.ticket_id
            ORDER BY c.urgent_due ASC NULLS LAST, t.ticket_id ASC
            LIMIT ?
            """;

    private static final Logger LOG = LoggerFactory.getLogger(QueueService.class);

    private final ClickHouseConfig warehouse;
    private final int limit;

    public QueueService(ClickHouseConfig warehouse, DeskPulseProperties properties) {
        this.warehouse = warehouse;
        this.limit = properties.queue().limit();
    }

    public List<OpenTicket> openTicketsByTimeToBreach() throws WarehouseUnavailableException {
        try (Connection connection = warehouse.connect();
                PreparedStatement query = connection.prepareStatement(OPEN_TICKETS_SQL)) {
            query.setString(1, "RESOLVED");
            query.setString(2, "CLOSED");
            query.setString(3, "RUNNING");
            query.setString(4, "BREACHED");
            query.setInt(5, limit);
            try (ResultSet rows = query.executeQuery()) {
                List<OpenTicket> tickets = new ArrayList<>();
                while (rows.next()) {
                    tickets.add(toTicket(rows));
                }
                return tickets;
            }
        } catch (SQLException | RuntimeException e) {
            LOG.warn("Queue query failed against {}: {}", warehouse, e.toString());
            throw new WarehouseUnavailableException("Warehouse unavailable at " + warehouse + ": " + e.getMessage(), e);
        }
    }

    private static OpenTicket toTicket(ResultSet row) throws SQLException {
        long dueMillis = row.getLong("due_ms");
        Instant dueAt = row.wasNull() ? null : Instant.ofEpochMilli(dueMillis);
        return new OpenTicket(row.getString("ticket_id"), row.getString("subject"), row.getString("priority"),
                row.getString("region"), row.getString("team"), row.getString("status"), dueAt,
                row.getString("state"));
    }
}

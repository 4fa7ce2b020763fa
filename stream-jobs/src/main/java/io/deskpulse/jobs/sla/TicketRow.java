package io.deskpulse.jobs.sla;

import io.deskpulse.events.TicketCreated;
import io.deskpulse.jobs.warehouse.WarehouseTable;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

/** The current state of a ticket, as a row of the {@code tickets} table. */
public record TicketRow(TicketCreated created, String status, String agentId, Instant resolvedAt, long version) {

    public static final WarehouseTable<TicketRow> TABLE = new Table();

    private static final class Table implements WarehouseTable<TicketRow> {
        @Override
        public String name() {
            return "tickets";
        }

        @Override
        public List<String> columns() {
            return List.of("ticket_id", "created_at", "customer_id", "customer_tier", "region", "team", "category",
                    "priority", "channel", "subject", "status", "agent_id", "resolved_at", "version");
        }

        @Override
        public void bind(PreparedStatement insert, TicketRow row) throws SQLException {
            TicketCreated t = row.created();
            insert.setString(1, t.ticketId());
            insert.setObject(2, t.occurredAt());
            insert.setString(3, Rows.orEmpty(t.customerId()));
            insert.setString(4, t.customerTier());
            insert.setString(5, t.region());
            insert.setString(6, Rows.orEmpty(t.team()));
            insert.setString(7, t.category());
            insert.setString(8, t.priority().name());
            insert.setString(9, t.channel().wireName());
            insert.setString(10, Rows.orEmpty(t.subject()));
            insert.setString(11, row.status());
            insert.setString(12, Rows.orEmpty(row.agentId()));
            Rows.setInstant(insert, 13, row.resolvedAt());
            insert.setLong(14, row.version());
        }
    }
}

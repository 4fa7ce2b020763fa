package io.deskpulse.jobs.sla;

import io.deskpulse.events.TicketEventCodec;
import io.deskpulse.jobs.source.ArrivedEvent;
import io.deskpulse.jobs.warehouse.WarehouseTable;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

/** Every valid event as it arrived, for the {@code ticket_events} table (a ticket's history, and the dimensions). */
public final class EventRow implements WarehouseTable<ArrivedEvent> {

    public static final EventRow TABLE = new EventRow();

    private EventRow() {}

    @Override
    public String name() {
        return "ticket_events";
    }

    @Override
    public List<String> columns() {
        return List.of("ticket_id", "occurred_at", "event_id", "type", "source", "appended_at", "payload");
    }

    @Override
    public void bind(PreparedStatement insert, ArrivedEvent arrived) throws SQLException {
        insert.setString(1, arrived.ticketId());
        insert.setObject(2, arrived.event().occurredAt());
        insert.setString(3, arrived.event().eventId().toString());
        insert.setString(4, arrived.event().type().name());
        insert.setString(5, arrived.event().source());
        insert.setObject(6, Instant.ofEpochMilli(arrived.appendedAt()));
        insert.setString(7, TicketEventCodec.encodeToString(arrived.event()));
    }
}

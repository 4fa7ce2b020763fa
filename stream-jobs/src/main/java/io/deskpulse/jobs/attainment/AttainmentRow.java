package io.deskpulse.jobs.attainment;

import io.deskpulse.jobs.cells.CellTotal;
import io.deskpulse.jobs.warehouse.WarehouseTable;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;

/** The {@code sla_attainment_daily} table: one row per cell version. */
public final class AttainmentRow implements WarehouseTable<CellTotal<AttainmentCell, AttainmentMeasures>> {

    public static final AttainmentRow TABLE = new AttainmentRow();

    private AttainmentRow() {}

    @Override
    public String name() {
        return "sla_attainment_daily";
    }

    @Override
    public List<String> columns() {
        return List.of("region", "day", "team", "agent", "metric", "met", "breached", "version");
    }

    @Override
    public void bind(PreparedStatement insert, CellTotal<AttainmentCell, AttainmentMeasures> row) throws SQLException {
        AttainmentCell c = row.cell();
        insert.setString(1, c.region());
        insert.setObject(2, LocalDate.ofEpochDay(c.day()));
        insert.setString(3, c.team());
        insert.setString(4, c.agent());
        insert.setString(5, c.metric());
        insert.setLong(6, row.totals().met());
        insert.setLong(7, row.totals().breached());
        insert.setLong(8, row.version());
    }
}

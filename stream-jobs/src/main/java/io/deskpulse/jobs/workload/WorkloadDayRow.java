package io.deskpulse.jobs.workload;

import io.deskpulse.jobs.cells.CellTotal;
import io.deskpulse.jobs.warehouse.WarehouseTable;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;

/** The {@code workload_daily} table: one row per day cell version. */
public final class WorkloadDayRow implements WarehouseTable<CellTotal<WorkloadDay, WorkloadMeasures>> {

    public static final WorkloadDayRow TABLE = new WorkloadDayRow();

    private WorkloadDayRow() {}

    @Override
    public String name() {
        return "workload_daily";
    }

    @Override
    public List<String> columns() {
        return List.of("region", "day", "team", "agent", "created", "assigned", "resolved", "reopened",
                "backlog_delta", "public_replies", "work_minutes", "warnings", "breaches", "version");
    }

    @Override
    public void bind(PreparedStatement insert, CellTotal<WorkloadDay, WorkloadMeasures> row) throws SQLException {
        WorkloadDay d = row.cell();
        WorkloadMeasures m = row.totals();
        insert.setString(1, d.region());
        insert.setObject(2, LocalDate.ofEpochDay(d.epochDay()));
        insert.setString(3, d.team());
        insert.setString(4, d.agent());
        insert.setLong(5, m.created());
        insert.setLong(6, m.assigned());
        insert.setLong(7, m.resolved());
        insert.setLong(8, m.reopened());
        insert.setLong(9, m.backlogDelta());
        insert.setLong(10, m.publicReplies());
        insert.setLong(11, m.workMinutes());
        insert.setLong(12, m.warnings());
        insert.setLong(13, m.breaches());
        insert.setLong(14, row.version());
    }
}

package io.deskpulse.jobs.workload;

import io.deskpulse.jobs.cells.CellTotal;
import io.deskpulse.jobs.warehouse.WarehouseTable;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

/** The {@code workload_hourly} table: one row per cell version. */
public final class WorkloadRow implements WarehouseTable<CellTotal<WorkloadCell, WorkloadMeasures>> {

    public static final WorkloadRow TABLE = new WorkloadRow();

    private WorkloadRow() {}

    @Override
    public String name() {
        return "workload_hourly";
    }

    @Override
    public List<String> columns() {
        return List.of("region", "hour", "team", "agent", "local_weekday", "local_hour", "created", "assigned",
                "resolved", "reopened", "backlog_delta", "public_replies", "work_minutes", "warnings", "breaches",
                "version");
    }

    @Override
    public void bind(PreparedStatement insert, CellTotal<WorkloadCell, WorkloadMeasures> row) throws SQLException {
        WorkloadCell c = row.cell();
        WorkloadMeasures m = row.totals();
        insert.setString(1, c.region());
        insert.setObject(2, Instant.ofEpochSecond(c.hour()));
        insert.setString(3, c.team());
        insert.setString(4, c.agent());
        insert.setInt(5, c.localWeekday());
        insert.setInt(6, c.localHour());
        insert.setLong(7, m.created());
        insert.setLong(8, m.assigned());
        insert.setLong(9, m.resolved());
        insert.setLong(10, m.reopened());
        insert.setLong(11, m.backlogDelta());
        insert.setLong(12, m.publicReplies());
        insert.setLong(13, m.workMinutes());
        insert.setLong(14, m.warnings());
        insert.setLong(15, m.breaches());
        insert.setLong(16, row.version());
    }
}

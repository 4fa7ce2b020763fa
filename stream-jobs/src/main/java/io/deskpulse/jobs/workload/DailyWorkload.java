package io.deskpulse.jobs.workload;

import io.deskpulse.jobs.cells.CellChange;
import org.apache.flink.api.common.functions.MapFunction;

/** A change of an hourly workload cell as the same change of its day's cell. */
public final class DailyWorkload
        implements MapFunction<CellChange<WorkloadCell, WorkloadMeasures>, CellChange<WorkloadDay, WorkloadMeasures>> {

    @Override
    public CellChange<WorkloadDay, WorkloadMeasures> map(CellChange<WorkloadCell, WorkloadMeasures> change) {
        return new CellChange<>(WorkloadDay.of(change.cell()), change.delta());
    }
}

package io.deskpulse.jobs.workload;

import io.deskpulse.jobs.cells.RegionZones;
import io.deskpulse.jobs.cells.TicketCells;
import io.deskpulse.jobs.cells.TicketHistory;
import java.util.Map;
import org.apache.flink.api.common.typeinfo.TypeInformation;

/** Keyed by ticket: the ticket's contributions to the workload cells, as changes. */
public final class TicketWorkload extends TicketCells<WorkloadCell, WorkloadMeasures> {

    private final RegionZones zones;

    public TicketWorkload(RegionZones zones) {
        super(TypeInformation.of(WorkloadCell.class), TypeInformation.of(WorkloadMeasures.class));
        this.zones = zones;
    }

    @Override
    protected Map<WorkloadCell, WorkloadMeasures> contributions(TicketHistory ticket) {
        return WorkloadContributions.of(ticket, zones);
    }
}

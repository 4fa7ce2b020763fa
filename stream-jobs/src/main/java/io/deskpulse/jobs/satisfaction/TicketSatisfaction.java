package io.deskpulse.jobs.satisfaction;

import io.deskpulse.jobs.cells.RegionZones;
import io.deskpulse.jobs.cells.TicketCells;
import io.deskpulse.jobs.cells.TicketHistory;
import java.util.Map;
import org.apache.flink.api.common.typeinfo.TypeInformation;

/** Keyed by ticket: the ticket's contributions to the satisfaction cells, as changes. */
public final class TicketSatisfaction extends TicketCells<SatisfactionCell, SatisfactionMeasures> {

    private final RegionZones zones;

    public TicketSatisfaction(RegionZones zones) {
        super(TypeInformation.of(SatisfactionCell.class), TypeInformation.of(SatisfactionMeasures.class));
        this.zones = zones;
    }

    @Override
    protected Map<SatisfactionCell, SatisfactionMeasures> contributions(TicketHistory ticket) {
        return SatisfactionContributions.of(ticket, zones);
    }
}

package io.deskpulse.jobs.attainment;

import io.deskpulse.jobs.cells.CellChange;
import io.deskpulse.jobs.sla.ClockRow;
import io.deskpulse.sla.clock.ClockSnapshot;
import io.deskpulse.sla.clock.ClockState;
import java.time.ZoneOffset;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;

/**
 * Keyed by ticket: what each of the ticket's clocks contributes to the attainment cells (one met or
 * one breached clock, in the cell of its start day), and the change when a clock's outcome changes.
 * A clock still running or paused has no outcome yet and counts nowhere.
 */
public final class TicketAttainment
        extends KeyedProcessFunction<String, ClockRow, CellChange<AttainmentCell, AttainmentMeasures>> {

    private transient MapState<String, AttainmentCell> cells;
    private transient MapState<String, AttainmentMeasures> outcomes;

    @Override
    public void open(OpenContext context) {
        cells = getRuntimeContext().getMapState(new MapStateDescriptor<>("cells", Types.STRING,
                TypeInformation.of(AttainmentCell.class)));
        outcomes = getRuntimeContext().getMapState(new MapStateDescriptor<>("outcomes", Types.STRING,
                TypeInformation.of(AttainmentMeasures.class)));
    }

    @Override
    public void processElement(ClockRow row, Context ctx, Collector<CellChange<AttainmentCell, AttainmentMeasures>> out)
            throws Exception {
        ClockSnapshot clock = row.clock();
        String key = clock.metric().name() + "#" + clock.cycle();
        AttainmentCell cell = new AttainmentCell(clock.startedAt().atOffset(ZoneOffset.UTC).toLocalDate().toEpochDay(),
                row.region(), row.team(), row.agentId(), clock.metric().name());
        AttainmentMeasures outcome = outcomeOf(clock.state());
        AttainmentCell previousCell = cells.get(key);
        AttainmentMeasures previous = outcomes.get(key);
        if (cell.equals(previousCell) && outcome.equals(previous)) {
            return;
        }
        if (previousCell != null && !previous.isZero()) {
            out.collect(new CellChange<>(previousCell, previous.negated()));
        }
        if (!outcome.isZero()) {
            out.collect(new CellChange<>(cell, outcome));
        }
        cells.put(key, cell);
        outcomes.put(key, outcome);
    }

    static AttainmentMeasures outcomeOf(ClockState state) {
        return switch (state) {
            case MET -> new AttainmentMeasures(1, 0);
            case BREACHED -> new AttainmentMeasures(0, 1);
            case RUNNING, PAUSED -> new AttainmentMeasures(0, 0);
        };
    }
}

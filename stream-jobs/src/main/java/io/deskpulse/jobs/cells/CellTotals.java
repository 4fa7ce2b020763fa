package io.deskpulse.jobs.cells;

import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;

/** Keyed by cell: adds each change to the cell's totals and emits the new totals with their version. */
public final class CellTotals<K, M extends Measures<M>> extends KeyedProcessFunction<K, CellChange<K, M>, CellTotal<K, M>> {

    private final TypeInformation<M> measuresType;
    private transient ValueState<M> totals;
    private transient ValueState<Long> version;

    public CellTotals(TypeInformation<M> measuresType) {
        this.measuresType = measuresType;
    }

    @Override
    public void open(OpenContext context) {
        totals = getRuntimeContext().getState(new ValueStateDescriptor<>("totals", measuresType));
        version = getRuntimeContext().getState(new ValueStateDescriptor<>("version", Types.LONG));
    }

    @Override
    public void processElement(CellChange<K, M> change, Context ctx, Collector<CellTotal<K, M>> out) throws Exception {
        M before = totals.value();
        M after = before == null ? change.delta() : before.plus(change.delta());
        long next = (version.value() == null ? 0 : version.value()) + 1;
        totals.update(after);
        version.update(next);
        out.collect(new CellTotal<>(change.cell(), after, next));
    }
}

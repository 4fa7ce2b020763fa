package io.deskpulse.jobs.cells;

import io.deskpulse.events.TicketClosed;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ListState;
import org.apache.flink.api.common.state.ListStateDescriptor;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.metrics.Counter;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;

/**
 * Keyed by ticket: keeps the ticket's history, recomputes what the whole ticket contributes to
 * which cells whenever a fact arrives (in any order), and emits only the difference from what it
 * contributed before. A late event therefore corrects exactly the cells it belongs to, and a
 * duplicate changes nothing.
 *
 * <p>A ticket's history is dropped {@link #RETENTION} after it was closed (by event time); facts
 * about it that come later still are counted as dropped and ignored, which bounds the state.
 */
public abstract class TicketCells<K, M extends Measures<M>>
        extends KeyedProcessFunction<String, TicketFact, CellChange<K, M>> {

    /** How long after a ticket's closure late facts about it still correct its cells. */
    public static final Duration RETENTION = Duration.ofDays(30);

    private final TypeInformation<K> cellType;
    private final TypeInformation<M> measuresType;
    private transient ListState<TicketFact> history;
    private transient MapState<K, M> contributed;
    private transient ValueState<Boolean> retired;
    private transient Counter dropped;

    protected TicketCells(TypeInformation<K> cellType, TypeInformation<M> measuresType) {
        this.cellType = cellType;
        this.measuresType = measuresType;
    }

    /** Everything the ticket contributes, computed from its whole history. */
    protected abstract Map<K, M> contributions(TicketHistory ticket);

    @Override
    public void open(OpenContext context) {
        history = getRuntimeContext().getListState(
                new ListStateDescriptor<>("history", TypeInformation.of(TicketFact.class)));
        contributed = getRuntimeContext().getMapState(new MapStateDescriptor<>("contributed", cellType, measuresType));
        retired = getRuntimeContext().getState(new ValueStateDescriptor<>("retired", Types.BOOLEAN));
        dropped = getRuntimeContext().getMetricGroup().counter("factsAfterRetention");
    }

    @Override
    public void processElement(TicketFact fact, Context ctx, Collector<CellChange<K, M>> out) throws Exception {
        if (Boolean.TRUE.equals(retired.value())) {
            dropped.inc();
            return;
        }
        List<TicketFact> known = new ArrayList<>();
        history.get().forEach(known::add);
        TicketHistory ticket = TicketHistory.of(known);
        if (!ticket.add(fact)) {
            return;
        }
        history.add(fact);

        Map<K, M> before = new HashMap<>();
        for (Map.Entry<K, M> e : contributed.entries()) {
            before.put(e.getKey(), e.getValue());
        }
        Map<K, M> now = contributions(ticket);
        for (CellChange<K, M> change : Contributions.changes(before, now)) {
            out.collect(change);
        }
        for (K gone : before.keySet()) {
            if (!now.containsKey(gone)) {
                contributed.remove(gone);
            }
        }
        contributed.putAll(now);

        if (fact instanceof TicketFact.Event(TicketClosed closed)) {
            ctx.timerService().registerEventTimeTimer(closed.occurredAt().plus(RETENTION).toEpochMilli());
        }
    }

    @Override
    public void onTimer(long timestamp, OnTimerContext ctx, Collector<CellChange<K, M>> out) throws Exception {
        List<TicketFact> known = new ArrayList<>();
        history.get().forEach(known::add);
        List<TicketFact> facts = TicketHistory.of(known).facts();
        boolean closedLongAgo = !facts.isEmpty()
                && facts.getLast() instanceof TicketFact.Event(TicketClosed closed)
                && closed.occurredAt().plus(RETENTION).toEpochMilli() <= timestamp;
        if (closedLongAgo) {
            history.clear();
            contributed.clear();
            retired.update(true);
        }
    }
}

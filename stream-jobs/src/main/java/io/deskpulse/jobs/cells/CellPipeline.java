package io.deskpulse.jobs.cells;

import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.java.typeutils.GenericTypeInfo;
import org.apache.flink.streaming.api.datastream.DataStream;

/**
 * The two keyed steps every cell job shares: by ticket, the changes of the ticket's contributions;
 * by cell, the running totals with their versions.
 */
public final class CellPipeline {

    private CellPipeline() {}

    public static <K, M extends Measures<M>> DataStream<CellTotal<K, M>> totals(DataStream<TicketFact> facts,
            TicketCells<K, M> perTicket, Class<K> cellClass, Class<M> measuresClass, String name) {
        return sum(changes(facts, perTicket, name), cellClass, measuresClass, name);
    }

    /** By ticket, the changes of the ticket's contributions to its cells. */
    public static <K, M extends Measures<M>> DataStream<CellChange<K, M>> changes(DataStream<TicketFact> facts,
            TicketCells<K, M> perTicket, String name) {
        return facts
                .keyBy(TicketFact::ticketId)
                .process(perTicket).returns(CellPipeline.<K, M>changeType())
                .name(name + "-tickets").uid(name + "-tickets");
    }

    /** Adds up {@code changes} per cell into versioned totals. */
    public static <K, M extends Measures<M>> DataStream<CellTotal<K, M>> sum(DataStream<CellChange<K, M>> changes,
            Class<K> cellClass, Class<M> measuresClass, String name) {
        return changes
                .keyBy(CellChange::cell, TypeInformation.of(cellClass))
                .process(new CellTotals<K, M>(TypeInformation.of(measuresClass))).returns(CellPipeline.<K, M>totalType())
                .name(name + "-cells").uid(name + "-cells");
    }

    /** The type of the changes: generic records, serialized by Kryo between the two steps. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public static <K, M extends Measures<M>> TypeInformation<CellChange<K, M>> changeType() {
        return (TypeInformation) new GenericTypeInfo<>(CellChange.class);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static <K, M extends Measures<M>> TypeInformation<CellTotal<K, M>> totalType() {
        return (TypeInformation) new GenericTypeInfo<>(CellTotal.class);
    }
}

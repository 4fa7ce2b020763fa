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

    @SuppressWarnings({"unchecked", "rawtypes"})
    public static <K, M extends Measures<M>> DataStream<CellTotal<K, M>> totals(DataStream<TicketFact> facts,
            TicketCells<K, M> perTicket, Class<K> cellClass, Class<M> measuresClass, String name) {
        TypeInformation<CellChange<K, M>> changeType = (TypeInformation) new GenericTypeInfo<>(CellChange.class);
        TypeInformation<CellTotal<K, M>> totalType = (TypeInformation) new GenericTypeInfo<>(CellTotal.class);
        return facts
                .keyBy(TicketFact::ticketId)
                .process(perTicket).returns(changeType)
                .name(name + "-tickets").uid(name + "-tickets")
                .keyBy(CellChange::cell, TypeInformation.of(cellClass))
                .process(new CellTotals<K, M>(TypeInformation.of(measuresClass))).returns(totalType)
                .name(name + "-cells").uid(name + "-cells");
    }
}

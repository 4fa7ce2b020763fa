package io.deskpulse.jobs.source;

import io.deskpulse.jobs.cells.TicketFact;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.functions.RichFlatMapFunction;
import org.apache.flink.metrics.Counter;
import org.apache.flink.util.Collector;

/**
 * The events of {@code ticket-events} as ticket facts. A record that is not a valid event is only
 * counted here: the sla-monitor job, reading the same topic, is the one that sends it to the
 * dead-letter topic (once, not once per job).
 */
public final class EventFacts extends RichFlatMapFunction<ConsumedRecord, TicketFact> {

    private transient Counter rejected;

    @Override
    public void open(OpenContext context) {
        rejected = getRuntimeContext().getMetricGroup().counter("rejectedRecords");
    }

    @Override
    public void flatMap(ConsumedRecord record, Collector<TicketFact> out) {
        if (record.event() != null) {
            out.collect(new TicketFact.Event(record.event()));
        } else {
            rejected.inc();
        }
    }
}

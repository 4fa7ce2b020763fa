package io.deskpulse.jobs.source;

import io.deskpulse.events.DeadLetter;
import io.deskpulse.events.TicketEvent;
import org.apache.flink.streaming.api.functions.ProcessFunction;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;

/** Passes events on and sends dead letters to the {@link #DEAD_LETTERS} side output. */
public final class DeadLetterRouter extends ProcessFunction<ConsumedRecord, TicketEvent> {

    public static final OutputTag<DeadLetter> DEAD_LETTERS = new OutputTag<>("dead-letters") {};

    @Override
    public void processElement(ConsumedRecord record, Context ctx, Collector<TicketEvent> out) {
        if (record.event() != null) {
            out.collect(record.event());
        } else {
            ctx.output(DEAD_LETTERS, record.deadLetter());
        }
    }
}

package io.deskpulse.jobs.source;

import io.deskpulse.events.DeadLetter;
import org.apache.flink.streaming.api.functions.ProcessFunction;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;

/** Passes events on and sends dead letters to the {@link #DEAD_LETTERS} side output. */
public final class DeadLetterRouter extends ProcessFunction<ConsumedRecord, ArrivedEvent> {

    public static final OutputTag<DeadLetter> DEAD_LETTERS = new OutputTag<>("dead-letters") {};

    @Override
    public void processElement(ConsumedRecord record, Context ctx, Collector<ArrivedEvent> out) {
        if (record.event() != null) {
            out.collect(new ArrivedEvent(record.event(), record.appendedAt()));
        } else {
            ctx.output(DEAD_LETTERS, record.deadLetter());
        }
    }
}

package io.deskpulse.jobs.sla;

import io.deskpulse.events.DeadLetter;
import io.deskpulse.events.TicketEvent;
import io.deskpulse.jobs.source.ConsumedRecord;
import io.deskpulse.jobs.source.DeadLetterRouter;
import io.deskpulse.sla.FirstResponseSla;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.connector.sink2.Sink;
import org.apache.flink.api.connector.source.Source;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/**
 * Ticket events in, SLA clocks and current tickets out, and records that are not valid events to
 * the dead-letter sink. Source and sinks are passed in, so the same pipeline runs on Kafka and
 * ClickHouse in production and on in-memory data in tests.
 */
public final class SlaMonitorJob {

    public static final String NAME = "sla-monitor";

    private final Source<ConsumedRecord, ?, ?> source;
    private final WatermarkStrategy<ConsumedRecord> watermarks;
    private final Sink<ClockRow> clockSink;
    private final Sink<TicketRow> ticketSink;
    private final Sink<DeadLetter> deadLetterSink;
    private final FirstResponseSla sla;

    public SlaMonitorJob(Source<ConsumedRecord, ?, ?> source, WatermarkStrategy<ConsumedRecord> watermarks,
            Sink<ClockRow> clockSink, Sink<TicketRow> ticketSink, Sink<DeadLetter> deadLetterSink,
            FirstResponseSla sla) {
        this.source = source;
        this.watermarks = watermarks;
        this.clockSink = clockSink;
        this.ticketSink = ticketSink;
        this.deadLetterSink = deadLetterSink;
        this.sla = sla;
    }

    /** Adds the pipeline to {@code env}; call {@code env.execute} or {@link #start} to run it. */
    public void build(StreamExecutionEnvironment env) {
        SingleOutputStreamOperator<TicketEvent> events = env.fromSource(source, watermarks, "ticket-events")
                .process(new DeadLetterRouter()).name("dead-letter-router").uid("dead-letter-router");
        events.getSideOutput(DeadLetterRouter.DEAD_LETTERS).sinkTo(deadLetterSink).name("dead-letters")
                .uid("dead-letters-sink");
        SingleOutputStreamOperator<ClockRow> clocks = events
                .keyBy(TicketEvent::ticketId)
                .process(new FirstResponseClockFunction(sla))
                .name("first-response-clock")
                .uid("first-response-clock");
        clocks.sinkTo(clockSink).name("sla_clocks").uid("sla-clocks-sink");
        clocks.getSideOutput(FirstResponseClockFunction.TICKETS).sinkTo(ticketSink).name("tickets").uid("tickets-sink");
    }

    /** Builds and submits the job without waiting for it to end (it never does on Kafka). */
    public JobClient start(StreamExecutionEnvironment env) throws Exception {
        build(env);
        return env.executeAsync(NAME);
    }
}

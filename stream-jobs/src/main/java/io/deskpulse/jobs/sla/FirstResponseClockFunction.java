package io.deskpulse.jobs.sla;

import io.deskpulse.events.AgentReplied;
import io.deskpulse.events.TicketCreated;
import io.deskpulse.events.TicketEvent;
import io.deskpulse.events.TicketResolved;
import io.deskpulse.sla.FirstResponseSla;
import java.time.Duration;
import java.time.Instant;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;

/**
 * The walking skeleton's SLA clock, keyed by ticket: one FIRST_RESPONSE clock on a 24x7 calendar.
 * It starts at creation and stops at the first public agent reply or at resolution: MET if that is
 * no later than the due instant, BREACHED otherwise. A wall-clock timer at the due instant reports
 * the breach of a clock still running, even when no further event arrives. Ticket rows go to the
 * {@link #TICKETS} side output.
 *
 * <p>Row versions never go down for a ticket: each change takes the larger of its event time and
 * the previous version plus one, so the warehouse keeps the latest state whatever the order in which
 * a replay's timers and events interleave.
 */
public final class FirstResponseClockFunction extends KeyedProcessFunction<String, TicketEvent, ClockRow> {

    public static final OutputTag<TicketRow> TICKETS = new OutputTag<>("tickets") {};

    static final String METRIC = "FIRST_RESPONSE";

    private final FirstResponseSla sla;
    private transient ValueState<TicketRow> ticket;
    private transient ValueState<ClockRow> clock;

    public FirstResponseClockFunction(FirstResponseSla sla) {
        this.sla = sla;
    }

    @Override
    public void open(OpenContext openContext) {
        ticket = getRuntimeContext().getState(new ValueStateDescriptor<>("ticket", TicketRow.class));
        clock = getRuntimeContext().getState(new ValueStateDescriptor<>("first-response", ClockRow.class));
    }

    @Override
    public void processElement(TicketEvent event, Context ctx, Collector<ClockRow> out) throws Exception {
        TicketRow current = ticket.value();
        if (event instanceof TicketCreated created) {
            if (current == null) {
                start(created, ctx, out);
            }
            return;
        }
        if (current == null) {
            return; // events of a ticket never created change nothing
        }
        switch (event) {
            case AgentReplied reply when reply.publicReply() -> {
                emitTicket(new TicketRow(current.created(), current.status(), reply.agentId(), current.resolvedAt(),
                        nextVersion(current.version(), reply.occurredAt())), ctx);
                stopClock(reply.occurredAt(), out);
            }
            case TicketResolved resolved -> {
                emitTicket(new TicketRow(current.created(), "RESOLVED", resolved.agentId(), resolved.occurredAt(),
                        nextVersion(current.version(), resolved.occurredAt())), ctx);
                stopClock(resolved.occurredAt(), out);
            }
            default -> { }
        }
    }

    private void start(TicketCreated created, Context ctx, Collector<ClockRow> out) throws Exception {
        long version = created.occurredAt().toEpochMilli();
        emitTicket(new TicketRow(created, "NEW", "", null, version), ctx);
        Instant due = sla.dueAt(created.occurredAt());
        ClockRow running = new ClockRow(created.ticketId(), METRIC, 1, created.region(), created.team(),
                sla.policyId(), sla.targetSeconds(), created.occurredAt(), null, due, null, 0, "RUNNING", version);
        emitClock(running, out);
        ctx.timerService().registerProcessingTimeTimer(due.toEpochMilli());
    }

    private void stopClock(Instant at, Collector<ClockRow> out) throws Exception {
        ClockRow c = clock.value();
        if (c == null || c.stoppedAt() != null) {
            return;
        }
        boolean breached = at.isAfter(c.dueAt());
        long used = Duration.between(c.startedAt(), at).toSeconds();
        emitClock(new ClockRow(c.ticketId(), c.metric(), c.cycle(), c.region(), c.team(), c.policyId(),
                c.targetSeconds(), c.startedAt(), at, c.dueAt(), breached ? c.dueAt() : null, used,
                breached ? "BREACHED" : "MET", nextVersion(c.version(), at)), out);
    }

    @Override
    public void onTimer(long timestamp, OnTimerContext ctx, Collector<ClockRow> out) throws Exception {
        ClockRow c = clock.value();
        if (c != null && c.stoppedAt() == null && "RUNNING".equals(c.state())) {
            emitClock(new ClockRow(c.ticketId(), c.metric(), c.cycle(), c.region(), c.team(), c.policyId(),
                    c.targetSeconds(), c.startedAt(), null, c.dueAt(), c.dueAt(), c.targetSeconds(), "BREACHED",
                    nextVersion(c.version(), c.dueAt())), out);
        }
    }

    private void emitClock(ClockRow row, Collector<ClockRow> out) throws Exception {
        clock.update(row);
        out.collect(row);
    }

    private void emitTicket(TicketRow row, Context ctx) throws Exception {
        ticket.update(row);
        ctx.output(TICKETS, row);
    }

    private static long nextVersion(long previous, Instant eventTime) {
        return Math.max(previous + 1, eventTime.toEpochMilli());
    }
}

package io.deskpulse.jobs.sla;

import io.deskpulse.events.TicketAssigned;
import io.deskpulse.events.TicketCreated;
import io.deskpulse.events.TicketEvent;
import io.deskpulse.events.TicketResolved;
import io.deskpulse.jobs.source.ArrivedEvent;
import io.deskpulse.sla.clock.ClockSnapshot;
import io.deskpulse.sla.clock.SlaAlert;
import io.deskpulse.sla.clock.TicketSla;
import io.deskpulse.sla.clock.TicketSlaCodec;
import io.deskpulse.sla.policy.ConfigurationException;
import io.deskpulse.sla.policy.ConfigurationReader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ListState;
import org.apache.flink.api.common.state.ListStateDescriptor;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.streaming.api.TimeDomain;
import org.apache.flink.streaming.api.functions.co.KeyedBroadcastProcessFunction;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The SLA engine of {@code sla-core} per ticket, keyed by ticket id: clocks out as rows, warnings and
 * breaches to {@link #ALERTS}, the ticket's current state to {@link #TICKETS}.
 *
 * <p>Results are a function of the ticket's events, whatever their arrival order: an event in
 * order is applied to the engine; one that sorts before what was applied (or a repeated event id)
 * makes the engine be rebuilt from the ticket's kept events, exactly as {@code sla-replay} would.
 *
 * <p>Deadlines (the next warning or breach) have two timers. The event-time timer fires when the
 * watermark passes the deadline: that alone decides on a replay, so replays are deterministic. The
 * wall-clock timer fires at the deadline by the wall clock and settles it when it is due this very
 * moment while the job keeps up with the topic (events processed within seconds of their append),
 * or once no event has come for a few seconds (a quiet stream, whose watermark stands still). A
 * backlog being caught up, or a deadline already long past when its events arrive, is left to the
 * watermark or to the stream falling quiet. Should an
 * event dated before a deadline settled that way arrive afterwards, the rebuild corrects the clocks.
 * See docs/sla-engine.md, "Live operation".
 */
public final class SlaMonitorFunction extends KeyedBroadcastProcessFunction<String, ArrivedEvent, byte[], ClockRow> {

    public static final OutputTag<TicketRow> TICKETS = new OutputTag<>("tickets") {};
    public static final OutputTag<AlertRow> ALERTS = new OutputTag<>("alerts") {};

    /** The SLA configuration documents received on the {@code sla-config} topic, by version. */
    public static final MapStateDescriptor<String, byte[]> CONFIGURATIONS =
            new MapStateDescriptor<>("sla-configurations", String.class, byte[].class);

    private static final Logger LOG = LoggerFactory.getLogger(SlaMonitorFunction.class);

    /** How far behind its append an event may be processed, or how long a stream quiet, while live. */
    static final long LIVE_SLACK_MILLIS = 5_000;

    private final byte[] configuration;

    private transient PolicyVersions policies;
    private transient ValueState<String> configVersion;
    private transient ValueState<byte[]> engine;
    private transient ListState<TicketEvent> events;
    private transient ValueState<TicketRow> ticket;
    private transient long lastElementWallClock;
    private transient long lastElementAppendedAt;

    /**
     * @param configuration the initial SLA configuration document (JSON of SLA-SPEC.md), in force
     *     since always; documents on {@code sla-config} with a later {@code effectiveFrom} follow it
     */
    public SlaMonitorFunction(byte[] configuration) {
        this.configuration = configuration.clone();
    }

    @Override
    public void open(OpenContext openContext) throws Exception {
        policies = new PolicyVersions(configuration);
        configVersion = getRuntimeContext().getState(new ValueStateDescriptor<>("sla-config-version", String.class));
        engine = getRuntimeContext().getState(new ValueStateDescriptor<>("sla-engine", byte[].class));
        events = getRuntimeContext().getListState(new ListStateDescriptor<>("events", TicketEvent.class));
        ticket = getRuntimeContext().getState(new ValueStateDescriptor<>("ticket", TicketRow.class));
    }

    /**
     * A configuration document from {@code sla-config}: validated, then in force from its
     * {@code effectiveFrom} for tickets created since. An invalid one is rejected with the reason
     * and the versions already in force stay.
     */
    @Override
    public void processBroadcastElement(byte[] document, Context ctx, Collector<ClockRow> out) throws Exception {
        String problem;
        try {
            ConfigurationReader.Document parsed = ConfigurationReader.readDocument(document);
            problem = parsed.version() == null || parsed.effectiveFrom() == null
                    ? "a document on the configuration topic needs a version and an effectiveFrom"
                    : null;
            if (problem == null) {
                ctx.getBroadcastState(CONFIGURATIONS).put(parsed.version(), document);
                LOG.info("SLA configuration {} accepted, in force from {}", parsed.version(), parsed.effectiveFrom());
                return;
            }
        } catch (ConfigurationException e) {
            problem = "line " + e.line() + ", field '" + e.path() + "': " + e.getMessage();
        }
        LOG.error("SLA configuration document rejected ({}); the versions in force stay", problem);
    }

    @Override
    public void processElement(ArrivedEvent arrived, ReadOnlyContext ctx, Collector<ClockRow> out) throws Exception {
        policies.sync(ctx.getBroadcastState(CONFIGURATIONS).immutableEntries());
        lastElementWallClock = ctx.timerService().currentProcessingTime();
        lastElementAppendedAt = arrived.appendedAt();
        TicketEvent event = arrived.event();
        List<TicketEvent> kept = new ArrayList<>();
        events.get().forEach(kept::add);
        if (kept.stream().anyMatch(e -> e.eventId().equals(event.eventId()))) {
            return; // an event id seen before has no effect
        }
        events.add(event);
        kept.add(event);

        TicketSla sla = load();
        List<SlaAlert> alerts = new ArrayList<>();
        if (sla != null && inOrder(sla, event)) {
            alerts.addAll(sla.apply(event));
        } else {
            sla = rebuild(kept, sla, alerts);
            if (sla == null) {
                return; // not created yet: the events wait for their TICKET_CREATED
            }
        }
        emit(sla, alerts, ticketAfter(event, sla, kept), ctx, out);
    }

    @Override
    public void onTimer(long timestamp, OnTimerContext ctx, Collector<ClockRow> out) throws Exception {
        policies.sync(ctx.getBroadcastState(CONFIGURATIONS).immutableEntries());
        TicketSla sla = load();
        if (sla == null || sla.nextDeadline() == null || sla.nextDeadline().toEpochMilli() > timestamp) {
            return; // settled by the other timer, or moved by an event since
        }
        if (ctx.timeDomain() == TimeDomain.PROCESSING_TIME && !live(ctx, timestamp)) {
            // Catching up on a backlog: the watermark decides, deterministically. Look again later,
            // in case the stream falls quiet before the watermark gets there.
            ctx.timerService().registerProcessingTimeTimer(ctx.timerService().currentProcessingTime()
                    + LIVE_SLACK_MILLIS);
            return;
        }
        emit(sla, sla.advanceTo(sla.nextDeadline()), null, ctx, out);
    }

    /**
     * Whether the wall clock may settle the deadline at {@code deadline} now: it is due this very
     * moment while the job keeps up with the topic (events processed within seconds of their
     * append), or the stream has been quiet for a few seconds. A deadline long past by the wall clock
     * belongs to events that arrived late or from a backlog; the events following them may still
     * move it, so it waits for the watermark, or for the stream to fall quiet.
     */
    private boolean live(OnTimerContext ctx, long deadline) {
        long now = ctx.timerService().currentProcessingTime();
        boolean keepingUp = lastElementWallClock - lastElementAppendedAt <= LIVE_SLACK_MILLIS;
        return keepingUp && now - deadline <= LIVE_SLACK_MILLIS || now - lastElementWallClock >= LIVE_SLACK_MILLIS;
    }

    private static boolean inOrder(TicketSla sla, TicketEvent event) {
        return event.occurredAt().isAfter(sla.now()) || event.occurredAt().equals(sla.now()) && !sla.isClosed();
    }

    /**
     * The engine rebuilt from all kept events under the configuration version in force at the
     * ticket's creation (chosen once, kept for its life), with the deadlines the old engine had
     * settled settled again, one by one as the timers do: never a jump to an arbitrary instant, so
     * the result is the one a replay gives. Their alerts are reported again (at least once; the
     * alerts table keeps one of each).
     */
    private TicketSla rebuild(List<TicketEvent> kept, TicketSla previous, List<SlaAlert> alerts) throws Exception {
        if (configVersion.value() == null) {
            Instant creation = kept.stream().filter(e -> e instanceof TicketCreated).map(TicketEvent::occurredAt)
                    .min(Instant::compareTo).orElse(null);
            if (creation == null) {
                return null;
            }
            configVersion.update(policies.inForceAt(creation).version());
        }
        TicketSla sla = TicketSla.replay(kept, policies.book(configVersion.value()));
        if (sla != null && previous != null) {
            for (Instant deadline = sla.nextDeadline(); deadline != null && !deadline.isAfter(previous.now());
                    deadline = sla.nextDeadline()) {
                alerts.addAll(sla.advanceTo(deadline));
            }
        }
        return sla;
    }

    /** The ticket's row after {@code event} (its version is set when emitted). */
    private TicketRow ticketAfter(TicketEvent event, TicketSla sla, List<TicketEvent> kept) throws Exception {
        TicketRow current = ticket.value();
        if (current == null) {
            TicketCreated created = (TicketCreated) kept.stream()
                    .filter(e -> e instanceof TicketCreated)
                    .min((a, b) -> a.occurredAt().compareTo(b.occurredAt()))
                    .orElseThrow();
            current = new TicketRow(created, sla.status().name(), "", null, 0);
        }
        String agent = switch (event) {
            case TicketAssigned assigned when assigned.agentId() != null -> assigned.agentId();
            case TicketResolved resolved when resolved.agentId() != null -> resolved.agentId();
            default -> current.agentId();
        };
        Instant resolvedAt = event instanceof TicketResolved ? event.occurredAt() : current.resolvedAt();
        return new TicketRow(current.created(), sla.status().name(), agent, resolvedAt, current.version());
    }

    /**
     * Stores the engine and writes its clocks, the alerts, and the ticket's row when an event
     * changed it ({@code changedTicket}, null after a timer), all under one new version.
     */
    private void emit(TicketSla sla, List<SlaAlert> alerts, TicketRow changedTicket, ReadOnlyContext ctx,
            Collector<ClockRow> out) throws Exception {
        engine.update(TicketSlaCodec.write(sla));
        TicketRow current = changedTicket != null ? changedTicket : ticket.value();
        long version = nextVersion(current.version(), sla.now());
        TicketRow row = new TicketRow(current.created(), current.status(), current.agentId(), current.resolvedAt(),
                version);
        ticket.update(row);
        if (changedTicket != null) {
            ctx.output(TICKETS, row);
        }
        String region = row.created().region();
        String team = row.created().team() == null ? "" : row.created().team();
        Instant reportedAt = Instant.ofEpochMilli(ctx.timerService().currentProcessingTime());
        for (SlaAlert alert : alerts) {
            ctx.output(ALERTS, new AlertRow(alert, region, team, row.agentId(), reportedAt));
        }
        for (ClockSnapshot clock : sla.snapshots()) {
            out.collect(new ClockRow(clock, region, team, row.agentId(),
                    ClockRow.timelineJson(sla.timeline(clock.metric(), clock.cycle())), version));
        }
        Instant deadline = sla.nextDeadline();
        if (deadline != null) {
            ctx.timerService().registerEventTimeTimer(deadline.toEpochMilli());
            ctx.timerService().registerProcessingTimeTimer(deadline.toEpochMilli());
        }
    }

    private TicketSla load() throws Exception {
        byte[] bytes = engine.value();
        return bytes == null ? null : TicketSlaCodec.read(bytes, policies.book(configVersion.value()));
    }

    private static long nextVersion(long previous, Instant engineTime) {
        return Math.max(previous + 1, engineTime.toEpochMilli());
    }
}

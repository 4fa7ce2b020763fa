package io.deskpulse.sla.clock;

import io.deskpulse.events.AgentReplied;
import io.deskpulse.events.CustomerReplied;
import io.deskpulse.events.PriorityChanged;
import io.deskpulse.events.StatusChanged;
import io.deskpulse.events.TicketAssigned;
import io.deskpulse.events.TicketClosed;
import io.deskpulse.events.TicketCreated;
import io.deskpulse.events.TicketEvent;
import io.deskpulse.events.TicketReopened;
import io.deskpulse.events.TicketResolved;
import io.deskpulse.events.TicketStatus;
import io.deskpulse.sla.Metric;
import io.deskpulse.sla.clock.SlaClock.Mode;
import io.deskpulse.sla.clock.SlaClock.StopCause;
import io.deskpulse.sla.policy.PolicyBook;
import io.deskpulse.sla.policy.SlaPolicy;
import io.deskpulse.sla.policy.TicketProfile;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The SLA state of one ticket: its status, its current policy and its clocks (SLA-SPEC.md,
 * "Ticket status" and "Clocks"). Incremental: events are applied one at a time in
 * {@code occurredAt} order, and time is advanced to an instant; both return the warnings and
 * breaches reached on the way, each at its exact instant.
 *
 * <p>Reaching a threshold at an instant is decided only after all events of that instant have been
 * applied. So applying an event at instant t first settles everything strictly before t, and
 * {@link #advanceTo} settles up to and including its instant, which it then closes: an event at or
 * before a closed instant can no longer be applied (rebuild the ticket with {@link #replay}).
 */
public final class TicketSla {

    final String ticketId;
    final PolicyBook book;
    final long createdAt;
    TicketProfile profile;
    SlaPolicy policy;
    TicketStatus status = TicketStatus.NEW;
    boolean everDone;
    boolean publicReplySeen;
    long now;
    boolean nowClosed;
    SlaClock firstResponse;
    SlaClock resolution;
    final List<SlaClock> nextReplies = new ArrayList<>(2);

    TicketSla(String ticketId, PolicyBook book, TicketProfile profile, long createdAt) {
        this.ticketId = ticketId;
        this.book = book;
        this.profile = profile;
        this.createdAt = createdAt;
        this.now = createdAt;
    }

    /** The ticket as created: status NEW, and the clocks of the policy its attributes select. */
    public static TicketSla open(TicketCreated created, PolicyBook book) {
        long at = created.occurredAt().getEpochSecond();
        TicketSla ticket = new TicketSla(created.ticketId(), book, TicketProfile.of(created), at);
        ticket.policy = book.select(ticket.profile);
        if (ticket.policy != null) {
            if (ticket.policy.hasTarget(Metric.FIRST_RESPONSE)) {
                ticket.firstResponse = SlaClock.start(Metric.FIRST_RESPONSE, 1, ticket.policy, at, null);
            }
            if (ticket.policy.hasTarget(Metric.RESOLUTION)) {
                ticket.resolution = SlaClock.start(Metric.RESOLUTION, 1, ticket.policy, at, ticket.pausingStatus());
            }
        }
        return ticket;
    }

    /**
     * A ticket rebuilt from its events, given in arrival order (SLA-SPEC.md, "Event order and
     * identity"): repeated event ids are dropped, the rest sorted stably by {@code occurredAt}; the
     * first {@code TICKET_CREATED} opens the ticket and the events sorted before it are applied
     * right after it, at its instant. Null when the events never create the ticket. Time is left at
     * the last event's instant, not closed: call {@link #advanceTo} to settle it.
     */
    public static TicketSla replay(Collection<? extends TicketEvent> arrivalOrder, PolicyBook book) {
        Set<UUID> seen = new HashSet<>();
        List<TicketEvent> events = new ArrayList<>(arrivalOrder.size());
        for (TicketEvent event : arrivalOrder) {
            if (seen.add(event.eventId())) {
                events.add(event);
            }
        }
        events.sort(Comparator.comparing(TicketEvent::occurredAt));
        int creation = 0;
        while (creation < events.size() && !(events.get(creation) instanceof TicketCreated)) {
            creation++;
        }
        if (creation == events.size()) {
            return null;
        }
        TicketSla ticket = open((TicketCreated) events.get(creation), book);
        for (int i = 0; i < events.size(); i++) {
            if (i != creation) {
                ticket.applyAt(events.get(i), Math.max(ticket.now, events.get(i).occurredAt().getEpochSecond()));
            }
        }
        return ticket;
    }

    public String ticketId() {
        return ticketId;
    }

    public TicketStatus status() {
        return status;
    }

    /** The ticket's current policy, null when none matches. */
    public SlaPolicy policy() {
        return policy;
    }

    /** Whether {@link #now()} was closed by {@link #advanceTo}: no event may be applied at it any more. */
    public boolean isClosed() {
        return nowClosed;
    }

    /** The instant of the last event applied or of the last advance. */
    public Instant now() {
        return Instant.ofEpochSecond(now);
    }

    /**
     * Applies the next event of this ticket. Its {@code occurredAt} must not be before the last one
     * applied, nor at or before an instant closed by {@link #advanceTo}.
     *
     * @return the warnings and breaches reached before the event's instant, in order
     */
    public List<SlaAlert> apply(TicketEvent event) {
        if (!event.ticketId().equals(ticketId)) {
            throw new IllegalArgumentException("event of ticket " + event.ticketId() + " applied to " + ticketId);
        }
        long at = event.occurredAt().getEpochSecond();
        if (at < now || (at == now && nowClosed)) {
            throw new IllegalArgumentException("event at " + event.occurredAt() + " is late: time is at " + now()
                    + (nowClosed ? " (closed)" : "") + "; rebuild the ticket with replay");
        }
        return applyAt(event, at);
    }

    /**
     * Moves time to {@code instant} with no further events up to it, and closes it.
     *
     * @return the warnings and breaches reached up to and including {@code instant}, in order
     */
    public List<SlaAlert> advanceTo(Instant instant) {
        long to = instant.getEpochSecond();
        if (to < now) {
            throw new IllegalArgumentException("cannot go back from " + now() + " to " + instant);
        }
        List<SlaAlert> alerts = settle(to, true);
        moveTo(to);
        nowClosed = true;
        return alerts;
    }

    /**
     * The next instant at which a warning or breach will be reached if no further event arrives:
     * where to set a timer. Null when nothing is pending (every clock stopped, paused short of its
     * thresholds, or on a calendar that never opens again).
     */
    public Instant nextDeadline() {
        long next = SlaClock.NEVER;
        for (SlaClock clock : clocks()) {
            next = Math.min(next, clock.nextReach());
        }
        return next == SlaClock.NEVER ? null : Instant.ofEpochSecond(next);
    }

    /** Every clock as of {@link #now()}, in output order: metric, then cycle. */
    public List<ClockSnapshot> snapshots() {
        return clocks().stream().map(clock -> clock.snapshot(ticketId)).toList();
    }

    /** The explanation of one clock as of {@link #now()}; empty if the ticket has no such clock. */
    public List<TimelineSegment> timeline(Metric metric, int cycle) {
        return clocks().stream()
                .filter(clock -> clock.metric == metric && clock.cycle == cycle)
                .findFirst()
                .map(clock -> Timeline.of(clock, book, now))
                .orElse(List.of());
    }

    private List<SlaAlert> applyAt(TicketEvent event, long at) {
        List<SlaAlert> alerts = List.of();
        if (at > now) {
            alerts = settle(at, false);
            moveTo(at);
        }
        nowClosed = false;
        switch (event) {
            case TicketAssigned e -> {
                if (status == TicketStatus.NEW) {
                    changeStatus(TicketStatus.OPEN);
                }
            }
            case StatusChanged e -> changeStatus(e.status());
            case TicketResolved e -> changeStatus(TicketStatus.RESOLVED);
            case TicketReopened e -> changeStatus(TicketStatus.OPEN);
            case TicketClosed e -> changeStatus(TicketStatus.CLOSED);
            case AgentReplied e -> {
                if (e.publicReply()) {
                    publicReply();
                }
            }
            case CustomerReplied e -> customerReply();
            case PriorityChanged e -> changePriority(e);
            default -> { } // a later creation, ratings and work logs change no clock
        }
        return alerts;
    }

    private List<SlaAlert> settle(long end, boolean inclusive) {
        List<SlaAlert> alerts = new ArrayList<>();
        for (SlaClock clock : clocks()) {
            clock.settle(end, inclusive, ticketId, alerts);
        }
        alerts.sort(Comparator.comparing(SlaAlert::at)); // stable: clocks in output order, pct ascending
        return alerts;
    }

    private void moveTo(long at) {
        for (SlaClock clock : clocks()) {
            clock.accrue(at);
        }
        now = at;
    }

    private void changeStatus(TicketStatus next) {
        TicketStatus previous = status;
        status = next;
        if (!previous.isDone() && next.isDone()) {
            everDone = true;
            for (SlaClock clock : clocks()) {
                if (!clock.isStopped()) {
                    clock.stop(now, StopCause.DONE);
                }
            }
        } else if (previous.isDone() && !next.isDone()) {
            reopenResolution();
        } else if (!next.isDone() && resolution != null && !resolution.isStopped()) {
            resolution.runOrPause(now, pausingStatus());
        }
    }

    /** A reopen runs a RESOLUTION clock stopped by the ticket becoming done again, under the current policy. */
    private void reopenResolution() {
        if (resolution != null && resolution.stopCause == StopCause.DONE
                && policy != null && policy.hasTarget(Metric.RESOLUTION)) {
            resolution.restart(now, policy, pausingStatus());
        }
    }

    /** The status when the current policy pauses RESOLUTION in it, else null. */
    private TicketStatus pausingStatus() {
        return policy.pausesIn(status) ? status : null;
    }

    private void publicReply() {
        publicReplySeen = true;
        if (firstResponse != null && !firstResponse.isStopped()) {
            firstResponse.stop(now, StopCause.REPLY);
        }
        SlaClock cycle = runningNextReply();
        if (cycle != null) {
            cycle.stop(now, StopCause.REPLY);
        }
    }

    private void customerReply() {
        boolean firstResponseOver = firstResponse != null ? firstResponse.isStopped() : publicReplySeen || everDone;
        if (firstResponseOver && runningNextReply() == null && !status.isDone()
                && policy != null && policy.hasTarget(Metric.NEXT_REPLY)) {
            nextReplies.add(SlaClock.start(Metric.NEXT_REPLY, nextReplies.size() + 1, policy, now, null));
        }
    }

    private SlaClock runningNextReply() {
        if (nextReplies.isEmpty()) {
            return null;
        }
        SlaClock last = nextReplies.get(nextReplies.size() - 1);
        return last.isStopped() ? null : last;
    }

    /**
     * Selects the policy again with the new priority. Unstopped clocks take the new policy from now
     * on, or stop as they are when it has no target for their metric; no clock is created.
     */
    private void changePriority(PriorityChanged change) {
        profile = profile.withPriority(change.priority());
        SlaPolicy next = book.select(profile);
        if (next == policy) {
            return;
        }
        policy = next;
        for (SlaClock clock : clocks()) {
            if (clock.isStopped()) {
                continue;
            }
            if (next == null || !next.hasTarget(clock.metric)) {
                clock.stop(now, StopCause.POLICY);
            } else {
                clock.switchPolicy(now, next, clock.metric == Metric.RESOLUTION ? pausingStatus() : null);
            }
        }
    }

    /** Every clock in output order: FIRST_RESPONSE, NEXT_REPLY cycles, RESOLUTION. */
    List<SlaClock> clocks() {
        List<SlaClock> clocks = new ArrayList<>(nextReplies.size() + 2);
        if (firstResponse != null) {
            clocks.add(firstResponse);
        }
        clocks.addAll(nextReplies);
        if (resolution != null) {
            clocks.add(resolution);
        }
        return clocks;
    }
}

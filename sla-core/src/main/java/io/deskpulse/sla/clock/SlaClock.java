package io.deskpulse.sla.clock;

import io.deskpulse.events.TicketStatus;
import io.deskpulse.sla.Metric;
import io.deskpulse.sla.calendar.BusinessCalendar;
import io.deskpulse.sla.policy.SlaPolicy;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * One clock of a ticket (metric, cycle): business seconds used while running, real seconds while
 * paused, the warnings and breach reached, and the transitions that explain it. Instants are epoch
 * seconds. {@code mark} is the instant up to which used and paused time are counted; the owning
 * {@link TicketSla} moves every clock's mark to each instant it applies events at.
 */
final class SlaClock {

    static final long NONE = Long.MIN_VALUE;
    static final long NEVER = BusinessCalendar.NEVER;

    enum Mode { RUNNING, PAUSED, STOPPED }

    /** Why a clock stopped; only a stop by the ticket becoming done lets a reopen run RESOLUTION again. */
    enum StopCause { REPLY, DONE, POLICY }

    /** The clock's state from {@code at} on; {@code pausedIn} for PAUSED, {@code cause} for STOPPED. */
    record Transition(long at, Mode mode, TicketStatus pausedIn, StopCause cause, String policyId) {}

    record Reached(int pct, long at) {}

    final Metric metric;
    final int cycle;
    final long startedAt;
    SlaPolicy policy;
    Mode mode;
    StopCause stopCause;
    long stoppedAt = NONE;
    long used;
    long paused;
    long mark;
    long breachedAt = NONE;
    final List<Reached> warnings = new ArrayList<>(4);
    final List<Transition> transitions = new ArrayList<>(4);

    SlaClock(Metric metric, int cycle, long startedAt, SlaPolicy policy, Mode mode) {
        this.metric = metric;
        this.cycle = cycle;
        this.startedAt = startedAt;
        this.policy = policy;
        this.mode = mode;
        this.mark = startedAt;
    }

    /** A clock starting now, paused when {@code pausedIn} is not null. */
    static SlaClock start(Metric metric, int cycle, SlaPolicy policy, long at, TicketStatus pausedIn) {
        SlaClock clock = new SlaClock(metric, cycle, at, policy, pausedIn == null ? Mode.RUNNING : Mode.PAUSED);
        clock.transitions.add(new Transition(at, clock.mode, pausedIn, null, policy.id()));
        return clock;
    }

    boolean isStopped() {
        return mode == Mode.STOPPED;
    }

    /** Counts the time from the mark to {@code t} in the current mode. */
    void accrue(long t) {
        if (t <= mark) {
            return;
        }
        if (mode == Mode.RUNNING) {
            used += policy.calendar().businessSeconds(mark, t);
        } else if (mode == Mode.PAUSED) {
            paused += t - mark;
        }
        mark = t;
    }

    /** Runs, or pauses when {@code pausedIn} is not null; a no-op if already so. */
    void runOrPause(long at, TicketStatus pausedIn) {
        Mode next = pausedIn == null ? Mode.RUNNING : Mode.PAUSED;
        TicketStatus current = mode == Mode.PAUSED ? last().pausedIn() : null;
        if (next != mode || (pausedIn != null && pausedIn != current)) {
            mode = next;
            transitions.add(new Transition(at, mode, pausedIn, null, policy.id()));
        }
    }

    void stop(long at, StopCause cause) {
        mode = Mode.STOPPED;
        stopCause = cause;
        stoppedAt = at;
        transitions.add(new Transition(at, mode, null, cause, policy.id()));
    }

    /** Runs a stopped clock again (a reopen), under {@code newPolicy}, keeping its used time. */
    void restart(long at, SlaPolicy newPolicy, TicketStatus pausedIn) {
        policy = newPolicy;
        mode = pausedIn == null ? Mode.RUNNING : Mode.PAUSED;
        stopCause = null;
        stoppedAt = NONE;
        mark = at;
        transitions.add(new Transition(at, mode, pausedIn, null, policy.id()));
    }

    /** Takes a new policy's target, calendar, warnings and pause statuses from {@code at} on. */
    void switchPolicy(long at, SlaPolicy newPolicy, TicketStatus pausedIn) {
        policy = newPolicy;
        mode = pausedIn == null ? Mode.RUNNING : Mode.PAUSED;
        transitions.add(new Transition(at, mode, pausedIn, null, policy.id()));
    }

    private Transition last() {
        return transitions.get(transitions.size() - 1);
    }

    long targetSeconds() {
        return policy.targetSeconds(metric);
    }

    /**
     * Emits, in order, the warnings and the breach reached from the mark up to {@code end}
     * (inclusive or not). The mark is the instant whose events have all been applied, so a
     * threshold the used time already meets is reached at the mark.
     */
    void settle(long end, boolean inclusive, String ticketId, List<SlaAlert> out) {
        while (!isStopped()) {
            long threshold = smallestPendingThreshold();
            if (threshold < 0) {
                return;
            }
            long at = reachInstant(threshold);
            if (at == NEVER || at > end || (at == end && !inclusive)) {
                return;
            }
            for (int pct : sortedWarnAt()) {
                if (!warned(pct) && policy.thresholdSeconds(metric, pct) == threshold) {
                    warnings.add(new Reached(pct, at));
                    out.add(new SlaAlert(ticketId, metric, cycle, policy.id(), SlaAlert.Kind.WARNING, pct,
                            Instant.ofEpochSecond(at)));
                }
            }
            if (breachedAt == NONE && targetSeconds() == threshold) {
                breachedAt = at;
                out.add(new SlaAlert(ticketId, metric, cycle, policy.id(), SlaAlert.Kind.BREACH, 100,
                        Instant.ofEpochSecond(at)));
            }
        }
    }

    /** The next instant at or after the mark when a warning or the breach is reached; NEVER if none. */
    long nextReach() {
        if (isStopped()) {
            return NEVER;
        }
        long threshold = smallestPendingThreshold();
        return threshold < 0 ? NEVER : reachInstant(threshold);
    }

    private long reachInstant(long threshold) {
        if (used >= threshold) {
            return mark;
        }
        return mode == Mode.RUNNING ? policy.calendar().reach(mark, threshold - used) : NEVER;
    }

    /** The smallest threshold not yet reached under the current policy, or -1 if none is left. */
    private long smallestPendingThreshold() {
        long smallest = breachedAt == NONE ? targetSeconds() : -1;
        for (int pct : policy.warnAt()) {
            if (!warned(pct)) {
                long threshold = policy.thresholdSeconds(metric, pct);
                smallest = smallest < 0 ? threshold : Math.min(smallest, threshold);
            }
        }
        return smallest;
    }

    private int[] sortedWarnAt() {
        int[] pcts = policy.warnAt();
        Arrays.sort(pcts);
        return pcts;
    }

    private boolean warned(int pct) {
        for (Reached reached : warnings) {
            if (reached.pct() == pct) {
                return true;
            }
        }
        return false;
    }

    ClockState state() {
        if (breachedAt != NONE) {
            return ClockState.BREACHED;
        }
        return switch (mode) {
            case STOPPED -> ClockState.MET;
            case PAUSED -> ClockState.PAUSED;
            case RUNNING -> ClockState.RUNNING;
        };
    }

    /**
     * The breach instant once breached; while running, when the target is reached without further
     * pauses; for a clock stopped while running, the due instant it had then; otherwise (paused,
     * stopped while paused, calendar never opening again) none.
     */
    long dueAt() {
        if (breachedAt != NONE) {
            return breachedAt;
        }
        return switch (mode) {
            case PAUSED -> NONE;
            case RUNNING -> orNone(policy.calendar().reach(mark, Math.max(0, targetSeconds() - used)));
            case STOPPED -> stoppedWhilePaused() ? NONE
                    : orNone(policy.calendar().reach(stoppedAt, Math.max(0, targetSeconds() - used)));
        };
    }

    private boolean stoppedWhilePaused() {
        return transitions.size() >= 2 && transitions.get(transitions.size() - 2).mode() == Mode.PAUSED;
    }

    private static long orNone(long at) {
        return at == NEVER ? NONE : at;
    }

    ClockSnapshot snapshot(String ticketId) {
        List<Warning> sorted = warnings.stream()
                .sorted(Comparator.comparingLong(Reached::at).thenComparingInt(Reached::pct))
                .map(w -> new Warning(w.pct(), Instant.ofEpochSecond(w.at())))
                .toList();
        return new ClockSnapshot(ticketId, metric, cycle, policy.id(), targetSeconds(), state(),
                instant(startedAt), instant(stoppedAt), instant(dueAt()), instant(breachedAt), used, paused, sorted);
    }

    static Instant instant(long epochSecond) {
        return epochSecond == NONE ? null : Instant.ofEpochSecond(epochSecond);
    }
}

package io.deskpulse.sla.policy;

import io.deskpulse.events.TicketStatus;
import io.deskpulse.sla.Metric;
import io.deskpulse.sla.calendar.BusinessCalendar;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * One entry of the ordered policy list: which tickets it applies to, the calendar its clocks count
 * in, a target in whole business minutes per metric (a metric without one has no clock), warning
 * percentages, and the statuses that pause RESOLUTION.
 */
public final class SlaPolicy {

    private final String id;
    private final PolicyMatch match;
    private final BusinessCalendar calendar;
    private final Map<Metric, Integer> targetMinutes;
    private final int[] warnAt;
    private final Set<TicketStatus> pauseOn;

    public SlaPolicy(String id, PolicyMatch match, BusinessCalendar calendar, Map<Metric, Integer> targetMinutes,
            int[] warnAt, Set<TicketStatus> pauseOn) {
        this.id = id;
        this.match = match;
        this.calendar = calendar;
        this.targetMinutes = targetMinutes.isEmpty() ? Map.of() : new EnumMap<>(targetMinutes);
        this.warnAt = warnAt.clone();
        this.pauseOn = pauseOn.isEmpty() ? Set.of() : EnumSet.copyOf(pauseOn);
    }

    public String id() {
        return id;
    }

    public PolicyMatch match() {
        return match;
    }

    public BusinessCalendar calendar() {
        return calendar;
    }

    public boolean hasTarget(Metric metric) {
        return targetMinutes.containsKey(metric);
    }

    public long targetSeconds(Metric metric) {
        return targetMinutes.get(metric) * 60L;
    }

    /** The warning percentages, as configured. */
    public int[] warnAt() {
        return warnAt.clone();
    }

    /** The threshold of {@code pct} percent: {@code floor(targetMinutes * 60 * pct / 100)} seconds. */
    public long thresholdSeconds(Metric metric, int pct) {
        return targetMinutes.get(metric) * 60L * pct / 100;
    }

    /** Whether RESOLUTION is paused in this status. Done statuses stop the clock instead. */
    public boolean pausesIn(TicketStatus status) {
        return pauseOn.contains(status);
    }

    @Override
    public String toString() {
        return "SlaPolicy[" + id + "]";
    }
}

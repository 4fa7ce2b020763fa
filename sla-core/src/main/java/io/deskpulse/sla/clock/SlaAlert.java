package io.deskpulse.sla.clock;

import io.deskpulse.sla.Metric;
import java.time.Instant;

/**
 * A warning or a breach, emitted once at the exact instant its threshold or target was reached.
 * {@code pct} is the warning percentage, or 100 for a breach.
 */
public record SlaAlert(String ticketId, Metric metric, int cycle, String policyId, Kind kind, int pct, Instant at) {

    public enum Kind { WARNING, BREACH }
}

package io.deskpulse.sla.clock;

import java.time.Instant;

/**
 * A piece of a clock's explanation: from {@code from} to {@code to} (null: still open at the
 * explanation's instant) the clock was in {@code kind}. {@code reason} names the status of a pause,
 * or what stopped the clock; {@code policyId} is the policy in force.
 */
public record TimelineSegment(Instant from, Instant to, Kind kind, String reason, String policyId) {

    public enum Kind {
        /** Running inside working hours: business time counts. */
        RUNNING,
        /** Running outside working hours: nothing counts. */
        OUT_OF_HOURS,
        /** Paused; real time counts as paused time. */
        PAUSED,
        /** Stopped (reply, done, or a priority change); a reopen may run RESOLUTION again. */
        STOPPED
    }
}

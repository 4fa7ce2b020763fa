package io.deskpulse.sla.clock;

import io.deskpulse.sla.Metric;
import java.time.Instant;
import java.util.List;

/**
 * One clock as of an instant: the fields of an {@code sla-replay} output line (SLA-SPEC.md). Absent
 * instants are null; {@code warnings} are sorted by instant, then percentage.
 */
public record ClockSnapshot(
        String ticketId,
        Metric metric,
        int cycle,
        String policyId,
        long targetSeconds,
        ClockState state,
        Instant startedAt,
        Instant stoppedAt,
        Instant dueAt,
        Instant breachedAt,
        long usedSeconds,
        long pausedSeconds,
        List<Warning> warnings) {}

package io.deskpulse.sla.clock;

import java.time.Instant;

/** A warning percentage of a clock and the instant its threshold was reached. */
public record Warning(int pct, Instant at) {}

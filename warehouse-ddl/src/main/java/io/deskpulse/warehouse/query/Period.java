package io.deskpulse.warehouse.query;

import java.time.Duration;
import java.time.Instant;

/** A half-open interval of time, {@code [from, to)}. */
public record Period(Instant from, Instant to) {

    public Period {
        if (from == null || to == null || !from.isBefore(to)) {
            throw new IllegalArgumentException("a period needs from < to, got " + from + " .. " + to);
        }
    }

    /** The period of the same length just before this one, for "compared with the previous period". */
    public Period previous() {
        Duration length = Duration.between(from, to);
        return new Period(from.minus(length), from);
    }
}

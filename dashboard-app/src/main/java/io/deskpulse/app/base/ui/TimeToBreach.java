package io.deskpulse.app.base.ui;

import java.time.Duration;
import java.time.Instant;

/**
 * How urgent a clock is, from its due instant and state, and how to say it in a grid cell: the agent
 * queue, the manager's at-risk list and the ticket detail colour rows the same way.
 */
public enum TimeToBreach {
    OVERDUE("overdue"),
    AT_RISK("at-risk"),
    ON_TRACK(null),
    NO_CLOCK(null);

    /** Due within this: amber. */
    public static final Duration AT_RISK_WITHIN = Duration.ofMinutes(10);

    /** The Grid part name that colours the row (see styles.css), or null. */
    public final String partName;

    TimeToBreach(String partName) {
        this.partName = partName;
    }

    /** {@code dueAt} null means no clock is counting (none, or all paused). */
    public static TimeToBreach of(Instant dueAt, String clockState, Instant now) {
        if ("BREACHED".equals(clockState)) {
            return OVERDUE;
        }
        if (dueAt == null) {
            return NO_CLOCK;
        }
        Duration left = Duration.between(now, dueAt);
        if (!left.isPositive()) {
            return OVERDUE;
        }
        return left.compareTo(AT_RISK_WITHIN) <= 0 ? AT_RISK : ON_TRACK;
    }

    /** For example {@code 12 min}, {@code 1 h 05 min}, {@code overdue 5 min}. */
    public static String describe(Instant dueAt, Instant now) {
        if (dueAt == null) {
            return "no clock counting";
        }
        Duration left = Duration.between(now, dueAt);
        return left.isNegative() || left.isZero() ? "overdue " + minutes(left.negated()) : minutes(left);
    }

    private static String minutes(Duration duration) {
        long seconds = duration.toSeconds();
        if (seconds < 60) {
            return "< 1 min";
        }
        long minutes = seconds / 60;
        return minutes < 60 ? minutes + " min" : String.format("%d h %02d min", minutes / 60, minutes % 60);
    }
}

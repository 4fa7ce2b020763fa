package io.deskpulse.app.queue.ui;

import io.deskpulse.app.queue.OpenTicket;
import java.time.Duration;
import java.time.Instant;

/** How urgent a ticket's most urgent clock is, and how to say it in a grid cell. */
enum TimeToBreach {
    OVERDUE("overdue"),
    AT_RISK("at-risk"),
    ON_TRACK(null),
    NO_CLOCK(null);

    /** Due within this: amber. */
    static final Duration AT_RISK_WITHIN = Duration.ofMinutes(10);

    /** The Grid part name that colours the row (see styles.css), or null. */
    final String partName;

    TimeToBreach(String partName) {
        this.partName = partName;
    }

    static TimeToBreach of(OpenTicket ticket, Instant now) {
        if ("BREACHED".equals(ticket.clockState())) {
            return OVERDUE;
        }
        if (ticket.dueAt() == null) {
            return NO_CLOCK;
        }
        Duration left = Duration.between(now, ticket.dueAt());
        if (!left.isPositive()) {
            return OVERDUE;
        }
        return left.compareTo(AT_RISK_WITHIN) <= 0 ? AT_RISK : ON_TRACK;
    }

    /** For example {@code 12 min}, {@code 1 h 05 min}, {@code overdue 5 min}. */
    static String describe(OpenTicket ticket, Instant now) {
        if (ticket.dueAt() == null) {
            return "no clock counting";
        }
        Duration left = Duration.between(now, ticket.dueAt());
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

package io.deskpulse.app.executive;

import io.deskpulse.warehouse.query.Period;
import io.deskpulse.warehouse.query.TileQueries.Granularity;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Optional;

/**
 * The periods an executive looks at: the last 7, 30 or 90 UTC calendar days, today included up to
 * now. Whole days, because the attainment and satisfaction cells are days; compared with the same
 * number of days just before, cut at the same time of day, so that counts compare like for like.
 */
public enum TimeWindow {
    LAST_7_DAYS("7d", 7, Granularity.DAY),
    LAST_30_DAYS("30d", 30, Granularity.DAY),
    LAST_90_DAYS("90d", 90, Granularity.WEEK);

    public static final TimeWindow DEFAULT = LAST_30_DAYS;

    private final String parameter;
    private final int days;
    private final Granularity trendGranularity;

    TimeWindow(String parameter, int days, Granularity trendGranularity) {
        this.parameter = parameter;
        this.days = days;
        this.trendGranularity = trendGranularity;
    }

    /** As written in a URL, e.g. {@code 30d}. */
    public String parameter() {
        return parameter;
    }

    public int days() {
        return days;
    }

    /** The trend's buckets unless the viewer picks others: about a dozen points or more. */
    public Granularity trendGranularity() {
        return trendGranularity;
    }

    public static Optional<TimeWindow> fromParameter(String value) {
        return Arrays.stream(values()).filter(w -> w.parameter.equals(value)).findFirst();
    }

    /** The window up to {@code now}, at whole minutes so that reloads within a minute agree. */
    public Period endingAt(Instant now) {
        Instant end = now.truncatedTo(ChronoUnit.MINUTES);
        Instant today = end.truncatedTo(ChronoUnit.DAYS);
        // At midnight itself today has not begun: the window is then the days before.
        Instant start = (end.equals(today) ? today.minus(Duration.ofDays(1)) : today).minus(Duration.ofDays(days - 1));
        return new Period(start, end);
    }

    /** The period to compare {@code current} with: the same days and hours, {@link #days()} days earlier. */
    public Period before(Period current) {
        Duration shift = Duration.ofDays(days);
        return new Period(current.from().minus(shift), current.to().minus(shift));
    }
}

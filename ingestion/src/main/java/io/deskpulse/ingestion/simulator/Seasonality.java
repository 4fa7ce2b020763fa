package io.deskpulse.ingestion.simulator;

import java.time.DayOfWeek;
import java.time.ZonedDateTime;

/**
 * How busy an hour of the week is, in the region's local time: weekday mornings are the peak, with
 * a dip at lunch, quiet nights and quieter weekends. {@link #multiplier} is 1 on average over the
 * week, so that a week brings the configured number of tickets.
 */
final class Seasonality {

    private static final double[] WEEKDAY = {
        0.10, 0.07, 0.05, 0.05, 0.06, 0.10, 0.25, 0.60, 1.40, 2.20, 2.40, 2.10,
        1.30, 1.80, 2.00, 1.80, 1.50, 1.00, 0.60, 0.40, 0.30, 0.25, 0.18, 0.13};
    private static final double[] WEEKEND = {
        0.06, 0.05, 0.04, 0.04, 0.04, 0.05, 0.06, 0.10, 0.18, 0.30, 0.35, 0.35,
        0.30, 0.32, 0.35, 0.33, 0.30, 0.25, 0.22, 0.20, 0.18, 0.15, 0.10, 0.08};
    /** Mondays bring the weekend's problems, Fridays are lighter. */
    private static final double[] DAY_FACTOR = {1.15, 1.05, 1.0, 1.0, 0.9, 1.0, 0.75};

    private static final double WEEKLY_MEAN = weeklyMean();

    private Seasonality() {}

    /** The arrival rate of the local hour starting at {@code local}, relative to the weekly average. */
    static double multiplier(ZonedDateTime local) {
        return raw(local.getDayOfWeek(), local.getHour()) / WEEKLY_MEAN;
    }

    private static double raw(DayOfWeek day, int hour) {
        double[] curve = day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY ? WEEKEND : WEEKDAY;
        return curve[hour] * DAY_FACTOR[day.ordinal()];
    }

    private static double weeklyMean() {
        double sum = 0;
        for (DayOfWeek day : DayOfWeek.values()) {
            for (int hour = 0; hour < 24; hour++) {
                sum += raw(day, hour);
            }
        }
        return sum / (7 * 24);
    }
}

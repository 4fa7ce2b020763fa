package io.deskpulse.warehouse.query;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The whole UTC days inside a period, {@code [from, to)}, so that a tile can read daily cells for
 * them and hourly cells only for the hours around them. Empty ({@code from == to == period.from()})
 * when the period holds no whole day.
 */
record WholeDays(Instant from, Instant to) {

    static WholeDays within(Period period) {
        Instant first = period.from().truncatedTo(ChronoUnit.DAYS);
        if (first.isBefore(period.from())) {
            first = first.plus(1, ChronoUnit.DAYS);
        }
        Instant end = period.to().truncatedTo(ChronoUnit.DAYS);
        return first.isBefore(end) ? new WholeDays(first, end) : new WholeDays(period.from(), period.from());
    }
}

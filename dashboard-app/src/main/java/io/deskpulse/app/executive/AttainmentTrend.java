package io.deskpulse.app.executive;

import io.deskpulse.sla.Metric;
import io.deskpulse.warehouse.query.TileQueries.Granularity;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Attainment per bucket (UTC day, week from Monday, or month) of the period, every bucket present.
 *
 * @param rates per metric, one rate from 0 to 1 per bucket; null where no clock had an outcome
 * @param met clocks met per bucket, all metrics together
 * @param breached clocks breached per bucket, all metrics together
 */
public record AttainmentTrend(Granularity granularity, List<LocalDate> buckets, Map<Metric, List<Double>> rates,
        List<Long> met, List<Long> breached) {

    public AttainmentTrend {
        buckets = List.copyOf(buckets);
        rates = Map.copyOf(rates);
        met = List.copyOf(met);
        breached = List.copyOf(breached);
    }
}

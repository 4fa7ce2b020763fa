package io.deskpulse.app.executive;

import io.deskpulse.sla.Metric;

/**
 * One SLA metric's attainment over the period: clocks started in it that were met, of those with an
 * outcome, against the same share in the previous period.
 *
 * @param rate met / (met + breached), from 0 to 1; NaN when no clock has an outcome
 * @param previousRate the same for the previous period of equal length
 */
public record MetricAttainment(Metric metric, long met, long breached, double rate, double previousRate) {

    public long withOutcome() {
        return met + breached;
    }

    /** The change since the previous period in percentage points; NaN when either rate is unknown. */
    public double changeInPoints() {
        return (rate - previousRate) * 100;
    }
}

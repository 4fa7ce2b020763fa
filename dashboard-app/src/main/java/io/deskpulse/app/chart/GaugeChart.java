package io.deskpulse.app.chart;

/**
 * One value on a dial from {@code min} to {@code max}, written in its middle.
 *
 * @param value null or NaN: no value (the dial stays empty)
 * @param color the filled part of the arc
 */
public record GaugeChart(String name, Double value, double min, double max, ValueFormat format, ChartColor color)
        implements ChartOptions {

    public GaugeChart {
        if (!(min < max)) {
            throw new IllegalArgumentException("a gauge needs min < max, got " + min + " .. " + max);
        }
    }
}

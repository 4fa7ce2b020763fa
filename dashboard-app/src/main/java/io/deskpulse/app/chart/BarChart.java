package io.deskpulse.app.chart;

import java.util.List;

/**
 * Bars per category, one per series side by side, or stacked into one bar per category.
 *
 * @param horizontal bars grow to the right and the categories read top-down in their order
 *     (for long names, such as ticket categories); otherwise they grow upwards
 */
public record BarChart(List<String> categories, List<Series> series, ValueAxis valueAxis, boolean horizontal,
        boolean stacked) implements ChartOptions {

    public BarChart {
        categories = List.copyOf(categories);
        series = List.copyOf(series);
    }

    /** Vertical bars, each series stacked on the ones before it. */
    public static BarChart stacked(List<String> categories, List<Series> series, ValueAxis valueAxis) {
        return new BarChart(categories, series, valueAxis, false, true);
    }

    /** Horizontal bars, series side by side. */
    public static BarChart horizontal(List<String> categories, List<Series> series, ValueAxis valueAxis) {
        return new BarChart(categories, series, valueAxis, true, false);
    }
}

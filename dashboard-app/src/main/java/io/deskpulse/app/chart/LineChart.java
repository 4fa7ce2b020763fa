package io.deskpulse.app.chart;

import java.util.List;

/**
 * Lines over categories (days, hours, weeks), one per series.
 *
 * @param area whether the area under a line is shaded, for a single quantity such as a backlog
 */
public record LineChart(List<String> categories, List<Series> series, ValueAxis valueAxis, boolean area)
        implements ChartOptions {

    public LineChart {
        categories = List.copyOf(categories);
        series = List.copyOf(series);
    }
}

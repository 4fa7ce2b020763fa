package io.deskpulse.app.chart;

import java.util.List;

/**
 * Shares of a whole, drawn as a ring: each slice labelled with its share and named in a legend.
 *
 * @param format how a slice's value is written in its tooltip
 */
public record PieChart(String name, List<Slice> slices, ValueFormat format) implements ChartOptions {

    /** @param color null: the next colour of the palette */
    public record Slice(String name, double value, ChartColor color) {

        public Slice(String name, double value) {
            this(name, value, null);
        }
    }

    public PieChart {
        slices = List.copyOf(slices);
    }
}

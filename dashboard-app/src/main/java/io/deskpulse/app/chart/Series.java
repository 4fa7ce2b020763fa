package io.deskpulse.app.chart;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One named row of values, one per category of its chart; a null or NaN value is a gap.
 *
 * @param color null: the next colour of the palette
 */
public record Series(String name, List<Double> values, ChartColor color) {

    public Series {
        // List.copyOf refuses nulls, and a null is a gap here.
        values = Collections.unmodifiableList(new ArrayList<>(values));
    }

    public Series(String name, List<Double> values) {
        this(name, values, null);
    }
}

package io.deskpulse.app.chart;

/**
 * How numbers are written on axes, labels and tooltips: a fixed number of decimals between a
 * prefix and a suffix, in the viewer's locale.
 */
public record ValueFormat(String prefix, int decimals, String suffix) {

    public static final ValueFormat COUNT = new ValueFormat("", 0, "");
    /** Values from 0 to 100. */
    public static final ValueFormat PERCENT = new ValueFormat("", 1, " %");

    public ValueFormat {
        if (decimals < 0 || decimals > 6) {
            throw new IllegalArgumentException("decimals must be between 0 and 6, got " + decimals);
        }
        prefix = prefix == null ? "" : prefix;
        suffix = suffix == null ? "" : suffix;
    }
}

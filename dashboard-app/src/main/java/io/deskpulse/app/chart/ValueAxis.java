package io.deskpulse.app.chart;

/**
 * The axis along which values are measured.
 *
 * @param min null: fitted to the data, where small changes show (rates); 0 for quantities
 * @param max null: fitted to the data
 */
public record ValueAxis(ValueFormat format, Double min, Double max) {

    /** A quantity, from zero. */
    public static ValueAxis of(ValueFormat format) {
        return new ValueAxis(format, 0.0, null);
    }
}

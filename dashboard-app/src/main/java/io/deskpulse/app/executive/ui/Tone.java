package io.deskpulse.app.executive.ui;

import java.util.Locale;

/** Whether a change since the previous period is good news, bad news or neither; colours the delta. */
enum Tone {
    BETTER, WORSE, NEUTRAL;

    /** The tone of {@code change} of a figure where more is better, or less ({@code lessIsBetter}: cost). */
    static Tone of(double change, boolean lessIsBetter) {
        if (!Double.isFinite(change) || Math.abs(change) < 1e-9) {
            return NEUTRAL;
        }
        return (change > 0) != lessIsBetter ? BETTER : WORSE;
    }

    String className() {
        return "dp-delta-" + name().toLowerCase(Locale.ROOT);
    }
}

package io.deskpulse.app.executive.ui;

import io.deskpulse.sla.Metric;
import java.util.Locale;

/** The SLA metrics as an executive reads them. */
final class MetricNames {

    private MetricNames() {}

    static String of(Metric metric) {
        return switch (metric) {
            case FIRST_RESPONSE -> "First response";
            case NEXT_REPLY -> "Next reply";
            case RESOLUTION -> "Resolution";
        };
    }

    /** For element ids, e.g. {@code first-response}. */
    static String key(Metric metric) {
        return metric.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}

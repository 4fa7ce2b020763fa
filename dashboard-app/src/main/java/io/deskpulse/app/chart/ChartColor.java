package io.deskpulse.app.chart;

/**
 * Colours that follow the theme: Lumo's semantic colours, and a categorical palette defined in
 * {@code styles.css} for light and dark mode. The browser resolves them when it draws; a series
 * without a colour takes the palette's next one.
 */
public enum ChartColor {
    PRIMARY("--lumo-primary-color"),
    /** Good news, such as clocks met. */
    SUCCESS("--lumo-success-color"),
    /** Bad news, such as breaches. */
    ERROR("--lumo-error-color"),
    /** The palette's first colours, for series that keep their colour across charts (the SLA metrics). */
    CATEGORY_1("--deskpulse-chart-1"),
    CATEGORY_2("--deskpulse-chart-2"),
    CATEGORY_3("--deskpulse-chart-3");

    private final String cssVariable;

    ChartColor(String cssVariable) {
        this.cssVariable = cssVariable;
    }

    /** For example {@code var(--lumo-primary-color)}. */
    String css() {
        return "var(" + cssVariable + ")";
    }
}

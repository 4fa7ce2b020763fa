package io.deskpulse.app.chart;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;

/**
 * A chart, drawn in the browser by Apache ECharts (Apache-2.0) through the {@code deskpulse-chart}
 * element of {@code src/main/frontend/deskpulse-chart.ts}. It fills its container's width and
 * follows its size; give it a height. Screen readers get the description and ECharts' own summary
 * of the data.
 */
@Tag("deskpulse-chart")
@NpmPackage(value = "echarts", version = "6.1.0")
@JsModule("./deskpulse-chart.ts")
public class Chart extends Component implements HasSize {

    /** @param description what the chart shows, for screen readers, e.g. "SLA attainment by day" */
    public Chart(String description) {
        getElement().setAttribute("role", "img");
        getElement().setAttribute("aria-label", description);
        getElement().getStyle().set("display", "block");
        setWidthFull();
        setHeight("260px");
    }

    /** Shows {@code options} instead of what was shown. */
    public void setOptions(ChartOptions options) {
        getElement().setPropertyJson("option", EChartsOption.of(options));
    }
}

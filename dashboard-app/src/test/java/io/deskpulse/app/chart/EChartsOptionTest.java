package io.deskpulse.app.chart;

import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.skyscreamer.jsonassert.JSONAssert;
import org.skyscreamer.jsonassert.JSONCompareMode;

/**
 * The ECharts option object each typed chart becomes, field for field (strict: nothing missing,
 * nothing extra, arrays in order). Colours stay CSS variables and formats stay {prefix, decimals,
 * suffix}: deskpulse-chart.ts resolves both in the browser.
 */
class EChartsOptionTest {

    @Test
    void aLineChartHasCategoriesValuesWithGapsALegendAndFormattedValues() throws Exception {
        LineChart chart = new LineChart(List.of("Mar 1", "Mar 2", "Mar 3"),
                List.of(new Series("First response", Arrays.asList(86.2, null, 90.0), ChartColor.CATEGORY_1),
                        new Series("Resolution", List.of(70.0, Double.NaN, 75.5))),
                new ValueAxis(ValueFormat.PERCENT, null, 100.0), false);

        assertJson("""
                {"grid": {"left": 8, "right": 16, "top": 36, "bottom": 8, "containLabel": true},
                 "tooltip": {"trigger": "axis", "valueFormatter": {"prefix": "", "decimals": 1, "suffix": " %"}},
                 "legend": {"top": 0, "left": 0, "icon": "roundRect"},
                 "xAxis": {"type": "category", "boundaryGap": false, "data": ["Mar 1", "Mar 2", "Mar 3"]},
                 "yAxis": {"type": "value", "scale": true, "max": 100,
                           "axisLabel": {"formatter": {"prefix": "", "decimals": 1, "suffix": " %"}}},
                 "series": [
                   {"type": "line", "name": "First response", "itemStyle": {"color": "var(--deskpulse-chart-1)"},
                    "data": [86.2, null, 90], "showSymbol": false, "connectNulls": false},
                   {"type": "line", "name": "Resolution", "data": [70, null, 75.5], "showSymbol": false,
                    "connectNulls": false}]}""", chart);
    }

    @Test
    void aSingleSeriesHasNoLegendAndAnAreaWhenAsked() throws Exception {
        LineChart chart = new LineChart(List.of("09:00", "10:00"),
                List.of(new Series("Open tickets", List.of(12.0, 15.0), ChartColor.PRIMARY)),
                ValueAxis.of(ValueFormat.COUNT), true);

        assertJson("""
                {"grid": {"left": 8, "right": 16, "top": 12, "bottom": 8, "containLabel": true},
                 "tooltip": {"trigger": "axis", "valueFormatter": {"prefix": "", "decimals": 0, "suffix": ""}},
                 "xAxis": {"type": "category", "boundaryGap": false, "data": ["09:00", "10:00"]},
                 "yAxis": {"type": "value", "min": 0,
                           "axisLabel": {"formatter": {"prefix": "", "decimals": 0, "suffix": ""}}},
                 "series": [{"type": "line", "name": "Open tickets", "itemStyle": {"color": "var(--lumo-primary-color)"},
                             "data": [12, 15], "showSymbol": false, "connectNulls": false,
                             "areaStyle": {"opacity": 0.15}}]}""", chart);
    }

    @Test
    void stackedBarsShareAStackAndHorizontalBarsSwapTheAxesAndKeepTheOrderTopDown() throws Exception {
        BarChart stacked = BarChart.stacked(List.of("Mon", "Tue"),
                List.of(new Series("Met", List.of(90.0, 80.0), ChartColor.SUCCESS),
                        new Series("Breached", List.of(10.0, 20.0), ChartColor.ERROR)),
                ValueAxis.of(ValueFormat.COUNT));
        assertJson("""
                {"grid": {"left": 8, "right": 16, "top": 36, "bottom": 8, "containLabel": true},
                 "tooltip": {"trigger": "axis", "valueFormatter": {"prefix": "", "decimals": 0, "suffix": ""}},
                 "legend": {"top": 0, "left": 0, "icon": "roundRect"},
                 "xAxis": {"type": "category", "data": ["Mon", "Tue"]},
                 "yAxis": {"type": "value", "min": 0,
                           "axisLabel": {"formatter": {"prefix": "", "decimals": 0, "suffix": ""}}},
                 "series": [
                   {"type": "bar", "name": "Met", "itemStyle": {"color": "var(--lumo-success-color)"}, "data": [90, 80],
                    "stack": "total", "barMaxWidth": 28},
                   {"type": "bar", "name": "Breached", "itemStyle": {"color": "var(--lumo-error-color)"},
                    "data": [10, 20], "stack": "total", "barMaxWidth": 28}]}""", stacked);

        BarChart horizontal = BarChart.horizontal(List.of("hardware", "software"),
                List.of(new Series("Tickets", List.of(40.0, 25.0))), new ValueAxis(new ValueFormat("$", 2, ""), 0.0, null));
        assertJson("""
                {"grid": {"left": 8, "right": 16, "top": 12, "bottom": 8, "containLabel": true},
                 "tooltip": {"trigger": "axis", "valueFormatter": {"prefix": "$", "decimals": 2, "suffix": ""}},
                 "xAxis": {"type": "value", "min": 0,
                           "axisLabel": {"formatter": {"prefix": "$", "decimals": 2, "suffix": ""}}},
                 "yAxis": {"type": "category", "data": ["hardware", "software"], "inverse": true},
                 "series": [{"type": "bar", "name": "Tickets", "data": [40, 25], "barMaxWidth": 28}]}""", horizontal);
    }

    @Test
    void aPieIsARingOfSlicesNamedInALegend() throws Exception {
        PieChart chart = new PieChart("Tickets by channel",
                List.of(new PieChart.Slice("email", 30), new PieChart.Slice("phone", 12, ChartColor.CATEGORY_2)),
                ValueFormat.COUNT);

        assertJson("""
                {"tooltip": {"trigger": "item", "valueFormatter": {"prefix": "", "decimals": 0, "suffix": ""}},
                 "legend": {"bottom": 0, "left": "center", "icon": "roundRect"},
                 "series": [{"type": "pie", "name": "Tickets by channel", "percentPrecision": 0,
                             "minShowLabelAngle": 12, "radius": ["35%", "72%"], "center": ["50%", "45%"],
                             "itemStyle": {"borderColor": "var(--lumo-base-color)", "borderWidth": 2},
                             "label": {"position": "inside", "formatter": "{d} %", "fontWeight": 600,
                                       "color": "var(--lumo-base-color)"},
                             "data": [{"name": "email", "value": 30},
                                      {"name": "phone", "value": 12,
                                       "itemStyle": {"color": "var(--deskpulse-chart-2)"}}]}]}""", chart);
    }

    @Test
    void aGaugeIsAnArcFilledToItsValueWhichAnUnknownValueLeavesEmpty() throws Exception {
        String dial = """
                {"series": [{"type": "gauge", "name": "%s", "min": %d, "max": 100, "startAngle": 210, "endAngle": -30,
                 "radius": "95%%", "center": ["50%%", "55%%"], "itemStyle": {"color": "%s"},
                 "progress": {"show": true, "width": 14},
                 "axisLine": {"lineStyle": {"width": 14, "color": [[1, "var(--lumo-contrast-10pct)"]]}},
                 "pointer": {"show": false}, "axisTick": {"show": false}, "splitLine": {"show": false},
                 "axisLabel": {"show": false}, "anchor": {"show": false},
                 "title": {"fontSize": 13, "offsetCenter": [0, "45%%"]},
                 "detail": {"fontSize": 26, "fontWeight": 600, "valueAnimation": true, "offsetCenter": [0, "0%%"],
                            "formatter": {"prefix": "", "decimals": %d, "suffix": "%s"}},
                 "data": [{%s"name": "%s"}]}]}""";

        assertJson(dial.formatted("CSAT", 0, "var(--lumo-success-color)", 1, " %", "\"value\": 78.5, ", "CSAT"),
                new GaugeChart("CSAT", 78.5, 0, 100, ValueFormat.PERCENT, ChartColor.SUCCESS));
        assertJson(dial.formatted("NPS", -100, "var(--lumo-primary-color)", 0, "", "", "NPS"),
                new GaugeChart("NPS", Double.NaN, -100, 100, ValueFormat.COUNT, ChartColor.PRIMARY));
    }

    @Test
    void aHeatmapPlacesCellsByIndexAndScalesFromZeroToTheLargestValue() throws Exception {
        HeatmapChart chart = new HeatmapChart(List.of("09", "10", "11"), List.of("Mon", "Tue"),
                List.of(new HeatmapChart.Cell(0, 0, 4), new HeatmapChart.Cell(2, 1, 9)), ValueFormat.COUNT);

        assertJson("""
                {"tooltip": {"trigger": "item", "valueFormatter": {"prefix": "", "decimals": 0, "suffix": ""}},
                 "grid": {"left": 8, "right": 8, "top": 8, "bottom": 48, "containLabel": true},
                 "xAxis": {"type": "category", "data": ["09", "10", "11"], "splitArea": {"show": true}},
                 "yAxis": {"type": "category", "inverse": true, "data": ["Mon", "Tue"], "splitArea": {"show": true}},
                 "visualMap": {"min": 0, "max": 9, "calculable": false, "orient": "horizontal", "left": "center",
                               "bottom": 0, "itemHeight": 120,
                               "formatter": {"prefix": "", "decimals": 0, "suffix": ""},
                               "inRange": {"color": ["var(--deskpulse-heat-low)", "var(--deskpulse-heat-high)"]}},
                 "series": [{"type": "heatmap", "data": [[0, 0, 4], [2, 1, 9]],
                             "emphasis": {"itemStyle": {"borderColor": "var(--lumo-body-text-color)",
                                                        "borderWidth": 1}}}]}""", chart);
    }

    @Test
    void optionsThatCannotBeDrawnAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new HeatmapChart(List.of("09"), List.of("Mon"),
                List.of(new HeatmapChart.Cell(1, 0, 1)), ValueFormat.COUNT));
        assertThrows(IllegalArgumentException.class,
                () -> new GaugeChart("x", 1.0, 5, 5, ValueFormat.COUNT, ChartColor.PRIMARY));
        assertThrows(IllegalArgumentException.class, () -> new ValueFormat("", -1, ""));
    }

    private static void assertJson(String expected, ChartOptions chart) throws Exception {
        JSONAssert.assertEquals(expected, EChartsOption.of(chart).toString(), JSONCompareMode.STRICT);
    }
}

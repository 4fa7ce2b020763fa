package io.deskpulse.app.chart;

import java.util.List;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Translates typed chart options into ECharts' option object. Colours stay CSS variables and number
 * formats stay {prefix, decimals, suffix}: the browser's {@code deskpulse-chart} resolves both
 * (see deskpulse-chart.ts). Theme colours for text, axes and tooltips are the browser's too.
 */
final class EChartsOption {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private EChartsOption() {}

    static ObjectNode of(ChartOptions options) {
        return switch (options) {
            case LineChart line -> line(line);
            case BarChart bar -> bar(bar);
            case PieChart pie -> pie(pie);
            case GaugeChart gauge -> gauge(gauge);
            case HeatmapChart heatmap -> heatmap(heatmap);
        };
    }

    private static ObjectNode line(LineChart chart) {
        ObjectNode option = cartesian(chart.series(), chart.valueAxis());
        ObjectNode categories = option.putObject("xAxis");
        categories.put("type", "category").put("boundaryGap", false).set("data", strings(chart.categories()));
        option.set("yAxis", valueAxis(chart.valueAxis()));
        ArrayNode series = option.putArray("series");
        for (Series s : chart.series()) {
            ObjectNode line = seriesOf("line", s);
            line.put("showSymbol", false).put("connectNulls", false);
            if (chart.area()) {
                line.putObject("areaStyle").put("opacity", 0.15);
            }
            series.add(line);
        }
        return option;
    }

    private static ObjectNode bar(BarChart chart) {
        ObjectNode option = cartesian(chart.series(), chart.valueAxis());
        ObjectNode categories = JSON.objectNode().put("type", "category");
        categories.set("data", strings(chart.categories()));
        if (chart.horizontal()) {
            // ECharts counts category axes from the origin: inverse keeps the given order top-down.
            categories.put("inverse", true);
            option.set("xAxis", valueAxis(chart.valueAxis()));
            option.set("yAxis", categories);
        } else {
            option.set("xAxis", categories);
            option.set("yAxis", valueAxis(chart.valueAxis()));
        }
        ArrayNode series = option.putArray("series");
        for (Series s : chart.series()) {
            ObjectNode bar = seriesOf("bar", s);
            if (chart.stacked()) {
                bar.put("stack", "total");
            }
            bar.put("barMaxWidth", 28);
            series.add(bar);
        }
        return option;
    }

    private static ObjectNode pie(PieChart chart) {
        ObjectNode option = JSON.objectNode();
        option.putObject("tooltip").put("trigger", "item").set("valueFormatter", format(chart.format()));
        // Names in a legend below and shares on the ring itself: labels beside a ring run out of a narrow tile.
        option.putObject("legend").put("bottom", 0).put("left", "center").put("icon", "roundRect");
        ObjectNode pie = option.putArray("series").addObject();
        pie.put("type", "pie").put("name", chart.name()).put("percentPrecision", 0).put("minShowLabelAngle", 12);
        pie.putArray("radius").add("35%").add("72%");
        pie.putArray("center").add("50%").add("45%");
        pie.putObject("itemStyle").put("borderColor", "var(--lumo-base-color)").put("borderWidth", 2);
        pie.putObject("label").put("position", "inside").put("formatter", "{d} %").put("fontWeight", 600)
                .put("color", "var(--lumo-base-color)");
        ArrayNode data = pie.putArray("data");
        for (PieChart.Slice slice : chart.slices()) {
            ObjectNode item = data.addObject().put("name", slice.name()).put("value", slice.value());
            if (slice.color() != null) {
                item.putObject("itemStyle").put("color", slice.color().css());
            }
        }
        return option;
    }

    private static ObjectNode gauge(GaugeChart gauge) {
        ObjectNode option = JSON.objectNode();
        ObjectNode dial = option.putArray("series").addObject();
        dial.put("type", "gauge").put("name", gauge.name()).put("min", gauge.min()).put("max", gauge.max())
                .put("startAngle", 210).put("endAngle", -30).put("radius", "95%");
        dial.putArray("center").add("50%").add("55%");
        dial.putObject("itemStyle").put("color", gauge.color().css());
        dial.putObject("progress").put("show", true).put("width", 14);
        dial.putObject("axisLine").putObject("lineStyle").put("width", 14)
                .putArray("color").addArray().add(1).add("var(--lumo-contrast-10pct)");
        dial.putObject("pointer").put("show", false);
        dial.putObject("axisTick").put("show", false);
        dial.putObject("splitLine").put("show", false);
        dial.putObject("axisLabel").put("show", false);
        dial.putObject("anchor").put("show", false);
        ObjectNode title = dial.putObject("title").put("fontSize", 13);
        title.putArray("offsetCenter").add(0).add("45%");
        ObjectNode detail = dial.putObject("detail").put("fontSize", 26).put("fontWeight", 600)
                .put("valueAnimation", true);
        detail.putArray("offsetCenter").add(0).add("0%");
        detail.set("formatter", format(gauge.format()));
        ObjectNode value = dial.putArray("data").addObject().put("name", gauge.name());
        putNumber(value, "value", gauge.value());
        return option;
    }

    private static ObjectNode heatmap(HeatmapChart chart) {
        ObjectNode option = JSON.objectNode();
        option.putObject("tooltip").put("trigger", "item").set("valueFormatter", format(chart.format()));
        option.putObject("grid").put("left", 8).put("right", 8).put("top", 8).put("bottom", 48)
                .put("containLabel", true);
        ObjectNode x = option.putObject("xAxis").put("type", "category");
        x.set("data", strings(chart.columns()));
        x.putObject("splitArea").put("show", true);
        ObjectNode y = option.putObject("yAxis").put("type", "category").put("inverse", true);
        y.set("data", strings(chart.rows()));
        y.putObject("splitArea").put("show", true);
        double max = chart.cells().stream().mapToDouble(HeatmapChart.Cell::value).max().orElse(0);
        ObjectNode scale = option.putObject("visualMap").put("min", 0).put("max", Math.max(max, 1))
                .put("calculable", false).put("orient", "horizontal").put("left", "center").put("bottom", 0)
                .put("itemHeight", 120);
        scale.set("formatter", format(chart.format()));
        scale.putObject("inRange").putArray("color").add("var(--deskpulse-heat-low)").add("var(--deskpulse-heat-high)");
        ObjectNode cells = option.putArray("series").addObject().put("type", "heatmap");
        ArrayNode data = cells.putArray("data");
        for (HeatmapChart.Cell cell : chart.cells()) {
            data.addArray().add(cell.column()).add(cell.row()).add(cell.value());
        }
        cells.putObject("emphasis").putObject("itemStyle").put("borderColor", "var(--lumo-body-text-color)")
                .put("borderWidth", 1);
        return option;
    }

    /** Grid, axis tooltip and (for several series) a legend: what line and bar charts share. */
    private static ObjectNode cartesian(List<Series> series, ValueAxis valueAxis) {
        ObjectNode option = JSON.objectNode();
        boolean legend = series.size() > 1;
        option.putObject("grid").put("left", 8).put("right", 16).put("top", legend ? 36 : 12).put("bottom", 8)
                .put("containLabel", true);
        option.putObject("tooltip").put("trigger", "axis").set("valueFormatter", format(valueAxis.format()));
        if (legend) {
            option.putObject("legend").put("top", 0).put("left", 0).put("icon", "roundRect");
        }
        return option;
    }

    private static ObjectNode valueAxis(ValueAxis axis) {
        ObjectNode node = JSON.objectNode().put("type", "value");
        if (axis.min() == null) {
            // ECharts otherwise includes zero, which flattens rates of 85 to 95 %.
            node.put("scale", true);
        }
        putNumber(node, "min", axis.min());
        putNumber(node, "max", axis.max());
        node.putObject("axisLabel").set("formatter", format(axis.format()));
        return node;
    }

    private static ObjectNode seriesOf(String type, Series s) {
        ObjectNode node = JSON.objectNode().put("type", type).put("name", s.name());
        if (s.color() != null) {
            node.putObject("itemStyle").put("color", s.color().css());
        }
        ArrayNode data = node.putArray("data");
        for (Double value : s.values()) {
            if (value == null || !Double.isFinite(value)) {
                data.addNull();
            } else {
                data.add(value);
            }
        }
        return node;
    }

    private static ObjectNode format(ValueFormat format) {
        return JSON.objectNode().put("prefix", format.prefix()).put("decimals", format.decimals())
                .put("suffix", format.suffix());
    }

    private static ArrayNode strings(List<String> values) {
        ArrayNode array = JSON.arrayNode();
        values.forEach(array::add);
        return array;
    }

    /** JSON has no NaN: an absent value is left out (ECharts then takes its default). */
    private static void putNumber(ObjectNode node, String field, Double value) {
        if (value != null && Double.isFinite(value)) {
            node.put(field, value);
        }
    }

}

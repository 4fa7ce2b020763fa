package io.deskpulse.app.executive.ui;

import io.deskpulse.app.chart.BarChart;
import io.deskpulse.app.chart.ChartColor;
import io.deskpulse.app.chart.LineChart;
import io.deskpulse.app.chart.PieChart;
import io.deskpulse.app.chart.Series;
import io.deskpulse.app.chart.ValueAxis;
import io.deskpulse.app.chart.ValueFormat;
import io.deskpulse.app.executive.AttainmentTrend;
import io.deskpulse.app.executive.BacklogTrend;
import io.deskpulse.app.executive.TicketVolume;
import io.deskpulse.sla.Metric;
import io.deskpulse.warehouse.query.TileQueries.Volume;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** The executive page's charts, from the service's figures. */
final class ExecutiveCharts {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MMM d", Locale.US);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.US);
    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("MMM d HH:mm", Locale.US);
    private static final List<ChartColor> METRIC_COLORS =
            List.of(ChartColor.CATEGORY_1, ChartColor.CATEGORY_2, ChartColor.CATEGORY_3);

    private ExecutiveCharts() {}

    /** Attainment per metric and bucket, in %: the scale starts near the data, where the changes show. */
    static LineChart attainmentTrend(AttainmentTrend trend) {
        List<Series> series = Arrays.stream(Metric.values())
                .map(metric -> new Series(MetricNames.of(metric),
                        trend.rates().get(metric).stream().map(ExecutiveCharts::inPercent).toList(),
                        METRIC_COLORS.get(metric.ordinal())))
                .toList();
        return new LineChart(bucketLabels(trend), series, new ValueAxis(ValueFormat.PERCENT, null, 100.0), false);
    }

    /** Clocks met and breached per bucket, stacked: the volume behind the rates. */
    static BarChart outcomes(AttainmentTrend trend) {
        return BarChart.stacked(bucketLabels(trend), List.of(
                new Series("Met", trend.met().stream().map(Long::doubleValue).toList(), ChartColor.SUCCESS),
                new Series("Breached", trend.breached().stream().map(Long::doubleValue).toList(), ChartColor.ERROR)),
                ValueAxis.of(ValueFormat.COUNT));
    }

    static LineChart backlog(BacklogTrend backlog, ZoneId zone) {
        List<String> hours = backlog.hours().stream().map(point -> HOUR.format(point.hour().atZone(zone))).toList();
        List<Double> open = backlog.hours().stream().map(point -> (double) point.open()).toList();
        return new LineChart(hours, List.of(new Series("Open tickets", open, ChartColor.PRIMARY)),
                ValueAxis.of(ValueFormat.COUNT), true);
    }

    static PieChart channels(TicketVolume volume) {
        return new PieChart("Tickets by channel", volume.byChannel().stream()
                .map(channel -> new PieChart.Slice(channel.key(), channel.tickets())).toList(), ValueFormat.COUNT);
    }

    static BarChart categories(TicketVolume volume) {
        List<Volume> categories = volume.byCategory();
        return BarChart.horizontal(categories.stream().map(Volume::key).toList(),
                List.of(new Series("Tickets", categories.stream().map(c -> (double) c.tickets()).toList(),
                        ChartColor.PRIMARY)),
                ValueAxis.of(ValueFormat.COUNT));
    }

    private static List<String> bucketLabels(AttainmentTrend trend) {
        return trend.buckets().stream().map(bucket -> label(bucket, trend)).toList();
    }

    private static String label(LocalDate bucket, AttainmentTrend trend) {
        return switch (trend.granularity()) {
            case DAY -> DAY.format(bucket);
            case WEEK -> "Week of " + DAY.format(bucket);
            case MONTH -> MONTH.format(bucket);
        };
    }

    /** A share from 0 to 1 in percent with one decimal, as the tooltip shows it; null stays a gap. */
    private static Double inPercent(Double fraction) {
        return fraction == null || !Double.isFinite(fraction) ? null : Math.round(fraction * 1000) / 10.0;
    }
}

package io.deskpulse.app.executive.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.function.SerializableConsumer;
import io.deskpulse.app.base.ui.SegmentedChoice;
import io.deskpulse.app.base.ui.Tile;
import io.deskpulse.app.chart.Chart;
import io.deskpulse.app.chart.ChartOptions;
import io.deskpulse.app.executive.BacklogTrend;
import io.deskpulse.app.executive.CostAndReturn;
import io.deskpulse.app.executive.ExecutiveOverview;
import io.deskpulse.app.executive.Fresh;
import io.deskpulse.app.executive.MetricAttainment;
import io.deskpulse.app.executive.TicketVolume;
import io.deskpulse.warehouse.query.TileQueries.Granularity;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

/**
 * The executive page's tiles on a 12-column grid: key figures first, then the trends, then where
 * the tickets come from and what the desk returns. Built once and filled by {@link #show} on every load.
 */
final class ExecutiveDashboard extends Div {

    private final List<KpiTile> attainment = List.of(
            new KpiTile("kpi-first-response", "First response SLA"),
            new KpiTile("kpi-next-reply", "Next reply SLA"),
            new KpiTile("kpi-resolution", "Resolution SLA"));
    private final KpiTile tickets = new KpiTile("kpi-tickets", "Tickets created");
    private final KpiTile backlogNow = new KpiTile("kpi-backlog", "Open backlog");
    private final KpiTile costPerTicket = new KpiTile("kpi-cost", "Cost per ticket");
    private final ChartTile trend = new ChartTile("tile-attainment-trend", "SLA attainment trend", 8);
    private final SatisfactionTile satisfaction = new SatisfactionTile();
    private final ChartTile outcomes = new ChartTile("tile-outcomes", "SLA clocks met and breached", 6);
    private final ChartTile backlog = new ChartTile("tile-backlog", "Backlog", 6);
    private final ChartTile channels = new ChartTile("tile-channels", "Tickets by channel", 4);
    private final ChartTile categories = new ChartTile("tile-categories", "Tickets by category", 4);
    private final ReturnTile returns = new ReturnTile();
    private final SegmentedChoice<Granularity> granularity;

    ExecutiveDashboard(SerializableConsumer<Granularity> onGranularity) {
        addClassName("dp-dashboard");
        granularity = new SegmentedChoice<>("trend-granularity", List.of(Granularity.values()),
                g -> g.name().toLowerCase(Locale.ROOT), ExecutiveDashboard::label, onGranularity);
        trend.addToHeader(granularity);
        attainment.forEach(this::add);
        add(tickets, backlogNow, costPerTicket, trend, satisfaction, outcomes, backlog, channels, categories, returns);
    }

    void show(ExecutiveOverview overview, ZoneId zone) {
        showAttainment(overview.attainment(), zone);
        granularity.select(overview.trend().value().granularity());
        trend.show(ExecutiveCharts.attainmentTrend(overview.trend().value()), overview.trend(), zone);
        outcomes.show(ExecutiveCharts.outcomes(overview.trend().value()), overview.trend(), zone);
        satisfaction.show(overview.satisfaction(), zone);
        showVolume(overview.volume(), zone);
        showBacklog(overview.backlog(), zone);
        showCost(overview.costAndReturn(), zone);
        returns.show(overview.costAndReturn(), zone);
    }

    private void showAttainment(Fresh<List<MetricAttainment>> fresh, ZoneId zone) {
        for (MetricAttainment metric : fresh.value()) {
            attainment.get(metric.metric().ordinal()).show(Figures.percent(metric.rate()),
                    Figures.points(metric.changeInPoints()) + " vs previous", Tone.of(metric.changeInPoints(), false),
                    Figures.count(metric.met()) + " of " + Figures.count(metric.withOutcome()) + " clocks met",
                    fresh.readAt(), zone);
        }
    }

    private void showVolume(Fresh<TicketVolume> fresh, ZoneId zone) {
        TicketVolume volume = fresh.value();
        double change = (double) volume.total() / volume.previousTotal() - 1;
        tickets.show(Figures.count(volume.total()), Figures.change(change) + " vs previous", Tone.NEUTRAL,
                Figures.count(volume.previousTotal()) + " in the previous period", fresh.readAt(), zone);
        channels.show(ExecutiveCharts.channels(volume), fresh, zone);
        categories.show(ExecutiveCharts.categories(volume), fresh, zone);
    }

    private void showBacklog(Fresh<BacklogTrend> fresh, ZoneId zone) {
        BacklogTrend trend = fresh.value();
        if (trend.latest().isPresent()) {
            long change = trend.latest().getAsLong() - trend.earliest().getAsLong();
            backlogNow.show(Figures.count(trend.latest().getAsLong()), Figures.countChange(change) + " in the period",
                    Tone.of(change, true), "open tickets now", fresh.readAt(), zone);
        } else {
            backlogNow.show(Figures.NONE, "", Tone.NEUTRAL, "no tickets in the period", fresh.readAt(), zone);
        }
        backlog.show(ExecutiveCharts.backlog(trend, zone), fresh, zone);
    }

    private void showCost(Fresh<CostAndReturn> fresh, ZoneId zone) {
        CostAndReturn cost = fresh.value();
        costPerTicket.show(Figures.money(cost.current().costPerTicket(), cost.current().currency()),
                Figures.change(cost.costPerTicketChange()) + " vs previous", Tone.of(cost.costPerTicketChange(), true),
                "labour over " + Figures.count(cost.current().resolved()) + " resolved", fresh.readAt(), zone);
    }

    private static String label(Granularity granularity) {
        return switch (granularity) {
            case DAY -> "Day";
            case WEEK -> "Week";
            case MONTH -> "Month";
        };
    }

    /** A tile whose body is one chart, as tall as the tallest tile of its row allows. */
    private static final class ChartTile extends Tile {

        private final Chart chart;

        ChartTile(String id, String title, int columns) {
            super(id, title);
            chart = new Chart(title);
            chart.setHeight("100%");
            chart.setMinHeight("260px");
            spanning(columns);
            setBody(chart);
        }

        void show(ChartOptions options, Fresh<?> fresh, ZoneId zone) {
            chart.setOptions(options);
            setReadAt(fresh.readAt(), zone);
        }
    }
}

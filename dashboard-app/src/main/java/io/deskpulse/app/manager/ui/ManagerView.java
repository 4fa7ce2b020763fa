package io.deskpulse.app.manager.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.DownloadHandler;
import io.deskpulse.app.base.Csv;
import io.deskpulse.app.base.DeskPulseProperties;
import io.deskpulse.app.base.WarehouseChanges;
import io.deskpulse.app.base.WarehouseUnavailableException;
import io.deskpulse.app.base.ui.LiveRefresh;
import io.deskpulse.app.base.ui.PriorityBadge;
import io.deskpulse.app.base.ui.SegmentedChoice;
import io.deskpulse.app.base.ui.Tile;
import io.deskpulse.app.base.ui.TimeToBreach;
import io.deskpulse.app.base.ui.ViewerTime;
import io.deskpulse.app.chart.BarChart;
import io.deskpulse.app.chart.Chart;
import io.deskpulse.app.chart.HeatmapChart;
import io.deskpulse.app.chart.Series;
import io.deskpulse.app.chart.ValueAxis;
import io.deskpulse.app.chart.ValueFormat;
import io.deskpulse.app.manager.Drill;
import io.deskpulse.app.manager.ManagerService;
import io.deskpulse.app.manager.ManagerService.Breakdown;
import io.deskpulse.app.manager.ManagerService.ManagerPage;
import io.deskpulse.app.security.CurrentViewer;
import io.deskpulse.app.security.OutOfScopeException;
import io.deskpulse.app.security.Roles;
import io.deskpulse.app.security.Viewer;
import io.deskpulse.app.ticket.TicketService;
import io.deskpulse.app.ticket.ui.TicketActions;
import io.deskpulse.warehouse.query.TicketQueries.QueuedTicket;
import io.deskpulse.warehouse.query.TileQueries.AgentHour;
import io.deskpulse.warehouse.query.TileQueries.HourOfWeek;
import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * The manager's page, one level of the drill-down region, team, agent at a time, with the URL as
 * the state ({@code /manager?region=eu-central&team=...&agent=...&within=60&days=7}): breakdown of
 * the next level, tickets at risk with their actions, workload heatmaps, category mix, and CSV
 * export of each table. What the URL asks for is checked against the manager's regions on every
 * load; outside them the page shows a refusal and no data.
 */
@Route("manager")
@PageTitle("Manager | DeskPulse")
@Menu(order = 2, icon = "vaadin:sitemap", title = "Manager")
@RolesAllowed({Roles.MANAGER, Roles.ADMIN})
public class ManagerView extends VerticalLayout implements BeforeEnterObserver {

    static final String WITHIN = "within";
    static final String DAYS = "days";
    static final List<Integer> WINDOWS = List.of(30, 60, 240);
    static final List<Integer> PERIODS = List.of(1, 7, 30);

    private final transient ManagerService manager;
    private final transient TicketService tickets;
    private final transient Clock clock;
    private final Viewer viewer;
    private final Div trail = new Div();
    private final Div refused = new Div();
    private final Div dashboard = new Div();
    private final Span status = new Span();
    private final SegmentedChoice<Integer> windowChoice = new SegmentedChoice<>("manager-within", WINDOWS,
            String::valueOf, m -> m < 60 ? m + " min" : m / 60 + " h", m -> navigate(this.drill, m, this.days));
    private final SegmentedChoice<Integer> periodChoice = new SegmentedChoice<>("manager-days", PERIODS,
            String::valueOf, d -> d == 1 ? "1 day" : d + " days", d -> navigate(this.drill, this.window, d));
    private final Tile breakdownTile = new Tile("manager-breakdown", "Breakdown").spanning(12);
    private final Tile ticketsTile = new Tile("manager-tickets", "At risk").spanning(12);
    private final Tile agentHoursTile = new Tile("manager-agent-hours", "Tickets handled by agent and hour").spanning(6);
    private final Tile hoursOfWeekTile = new Tile("manager-hours-of-week", "Tickets created by local hour of week, 4 weeks")
            .spanning(6);
    private final Tile categoriesTile = new Tile("manager-categories", "Category mix").spanning(12);
    private final Chart agentHoursChart = chart("Tickets handled by agent and hour");
    private final Chart hoursOfWeekChart = chart("Tickets created by local hour of week");
    private final Chart categoriesChart = chart("Tickets by category");
    private Drill drill = Drill.TOP;
    private int window = 60;
    private int days = 7;
    private ZoneId zone;

    public ManagerView(ManagerService manager, TicketService tickets, CurrentViewer currentViewer, Clock clock,
            DeskPulseProperties properties, WarehouseChanges changes) {
        this.manager = manager;
        this.tickets = tickets;
        this.clock = clock;
        this.viewer = currentViewer.get();
        LiveRefresh.whileAttached(this, changes, (int) properties.queue().refreshInterval().toMillis(), 3000,
                this::refresh);
        addClassName("dp-page");
        setWidthFull();
        refused.setId("manager-refused");
        refused.addClassName("dp-banner-error");
        refused.setVisible(false);
        dashboard.addClassName("dp-dashboard");
        dashboard.setWidthFull();
        agentHoursTile.setBody(agentHoursChart);
        hoursOfWeekTile.setBody(hoursOfWeekChart);
        categoriesTile.setBody(categoriesChart);
        dashboard.add(breakdownTile, ticketsTile, agentHoursTile, hoursOfWeekTile, categoriesTile);
        add(header(), refused, dashboard);
    }

    private Div header() {
        H2 title = new H2("Regions and teams");
        title.addClassName("dp-page-title");
        trail.setId("manager-trail");
        trail.addClassName("dp-page-subtitle");
        status.setId("manager-status");
        status.addClassName("dp-page-subtitle");
        Button refresh = new Button("Refresh", VaadinIcon.REFRESH.create(), click -> refresh());
        refresh.setId("manager-refresh");
        refresh.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        Div controls = new Div(new Span("At risk within"), windowChoice, new Span("Period"), periodChoice, refresh);
        controls.addClassName("dp-page-controls");
        Div header = new Div(new Div(title, trail, status), controls);
        header.addClassName("dp-page-header");
        return header;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> query = event.getLocation().getQueryParameters().getParameters();
        drill = Drill.of(query);
        window = choice(query, WITHIN, WINDOWS, 60);
        days = choice(query, DAYS, PERIODS, 7);
        windowChoice.select(window);
        periodChoice.select(days);
        if (zone != null) {
            refresh();
        }
    }

    @Override
    protected void onAttach(AttachEvent event) {
        UI ui = event.getUI();
        // The first read waits for the viewer's zone (the heatmap's hours); later URLs read at once.
        ViewerTime.followZone(ui, () -> zone, viewerZone -> {
            zone = viewerZone;
            refresh();
        });
    }

    private void refresh() {
        showTrail();
        ManagerPage page;
        try {
            page = manager.page(viewer, drill, Duration.ofMinutes(window), days);
        } catch (OutOfScopeException e) {
            refused.setText(e.getMessage() + ". Nothing is shown; go back to your regions.");
            refused.setVisible(true);
            dashboard.setVisible(false);
            return;
        } catch (WarehouseUnavailableException e) {
            status.setText("The warehouse does not answer (checked "
                    + ViewerTime.TIME.format(clock.instant().atZone(zone)) + "); retrying automatically.");
            return;
        }
        refused.setVisible(false);
        dashboard.setVisible(true);
        status.setText("Updated " + ViewerTime.TIME.format(page.readAt().atZone(zone)));
        showBreakdown(page);
        showTickets(page);
        showHeatmaps(page);
        categoriesChart.setOptions(BarChart.horizontal(page.categories().stream().map(v -> v.key()).toList(),
                List.of(new Series("Tickets", page.categories().stream().map(v -> (double) v.tickets()).toList())),
                ValueAxis.of(ValueFormat.COUNT)));
        for (Tile tile : List.of(breakdownTile, ticketsTile, agentHoursTile, hoursOfWeekTile, categoriesTile)) {
            tile.setReadAt(page.readAt(), zone);
        }
    }

    private void showTrail() {
        trail.removeAll();
        trail.add(link(viewer.role().equals(Roles.MANAGER) ? "My regions" : "All regions", Drill.TOP));
        if (drill.region() != null) {
            trail.add(new Span(" › "), link(drill.region(), new Drill(drill.region(), null, null)));
        }
        if (drill.team() != null) {
            trail.add(new Span(" › "), link(drill.team(), new Drill(drill.region(), drill.team(), null)));
        }
        if (drill.agent() != null) {
            trail.add(new Span(" › "), new Span(drill.agent()));
        }
    }

    private void showBreakdown(ManagerPage page) {
        breakdownTile.setVisible(page.grouping() != null);
        if (page.grouping() == null) {
            return;
        }
        String level = switch (page.grouping()) {
            case REGION -> "Region";
            case TEAM -> "Team";
            case AGENT -> "Agent";
        };
        Grid<Breakdown> grid = new Grid<>();
        grid.setId("manager-breakdown-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        grid.addComponentColumn(row -> link(row.group(), drill.into(row.group()))).setHeader(level).setFlexGrow(1);
        grid.addColumn(Breakdown::open).setHeader("Open").setAutoWidth(true);
        grid.addColumn(Breakdown::overdue).setHeader("Overdue").setAutoWidth(true);
        grid.addColumn(Breakdown::dueSoon).setHeader("Due within " + windowLabel()).setAutoWidth(true);
        grid.addColumn(row -> percent(row.attainment())).setHeader("Attainment, " + days + " d").setAutoWidth(true);
        grid.addColumn(Breakdown::breached).setHeader("Breaches, " + days + " d").setAutoWidth(true);
        grid.setPartNameGenerator(row -> row.overdue() > 0 ? "overdue" : row.dueSoon() > 0 ? "at-risk" : null);
        grid.setItems(page.breakdown());
        breakdownTile.setBody(grid, csv("manager-breakdown-csv", "breakdown.csv", (p, out) -> {
            out.row(List.of(level.toLowerCase(Locale.ROOT), "open", "overdue", "due_soon", "met", "breached"));
            for (Breakdown b : p.breakdown()) {
                out.row(List.of(b.group(), b.open(), b.overdue(), b.dueSoon(), b.met(), b.breached()));
            }
        }));
    }

    private void showTickets(ManagerPage page) {
        Instant now = page.readAt();
        Grid<QueuedTicket> grid = new Grid<>();
        grid.setId("manager-tickets-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(page.tickets().size() <= 15);
        grid.setHeight(page.tickets().size() <= 15 ? null : "520px");
        grid.addColumn(QueuedTicket::ticketId).setHeader("Ticket").setAutoWidth(true).setFlexGrow(0)
                .setPartNameGenerator(t -> "dp-row-menu");
        grid.addColumn(QueuedTicket::subject).setHeader("Subject").setFlexGrow(1);
        grid.addComponentColumn(t -> new PriorityBadge(t.priority())).setHeader("Priority").setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(QueuedTicket::team).setHeader("Team").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(QueuedTicket::agentId).setHeader("Agent").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(t -> t.metric() == null ? "" : t.metric()).setHeader("Clock").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(t -> TimeToBreach.describe(t.dueAt(), now)).setHeader("Time to breach").setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(t -> "Actions ▾").setAutoWidth(true).setFlexGrow(0).setFrozenToEnd(true)
                .setPartNameGenerator(t -> "dp-row-menu");
        new TicketActions(tickets, viewer, id -> refresh()).addTo(grid, QueuedTicket::ticketId, QueuedTicket::priority);
        grid.setPartNameGenerator(t -> TimeToBreach.of(t.dueAt(), t.clockState(), now).partName);
        grid.setItems(page.tickets());
        ticketsTile.setBody(grid, csv("manager-tickets-csv", "tickets.csv", (p, out) -> {
            out.row(List.of("ticket_id", "subject", "priority", "region", "team", "agent", "status", "clock", "state",
                    "due_at"));
            for (QueuedTicket t : p.tickets()) {
                out.row(List.of(t.ticketId(), t.subject(), t.priority(), t.region(), t.team(), t.agentId(), t.status(),
                        nullToEmpty(t.metric()), nullToEmpty(t.clockState()), t.dueAt() == null ? "" : t.dueAt()));
            }
        }));
        String title = drill.atAgent() ? "Open tickets of " + drill.agent()
                : "At risk: overdue or due within " + windowLabel() + " (" + page.tickets().size() + ")";
        ticketsTile.setTitle(title);
    }

    private void showHeatmaps(ManagerPage page) {
        List<String> hours = new ArrayList<>();
        Map<Instant, Integer> hourIndex = new HashMap<>();
        Instant first = page.readAt().truncatedTo(ChronoUnit.HOURS).minus(Duration.ofHours(23));
        for (int i = 0; i < 24; i++) {
            Instant hour = first.plus(Duration.ofHours(i));
            hourIndex.put(hour, i);
            hours.add(ViewerTime.TIME.format(hour.atZone(zone)).substring(0, 5));
        }
        List<String> agents = List.copyOf(new TreeSet<>(page.agentHours().stream().map(AgentHour::agent).toList()));
        List<HeatmapChart.Cell> cells = new ArrayList<>();
        for (AgentHour h : page.agentHours()) {
            Integer column = hourIndex.get(h.hour());
            if (column != null) {
                cells.add(new HeatmapChart.Cell(column, agents.indexOf(h.agent()), h.handled()));
            }
        }
        agentHoursChart.setOptions(new HeatmapChart(hours, agents, cells, ValueFormat.COUNT));
        agentHoursChart.setHeight(Math.max(260, 60 + agents.size() * 22) + "px");
        agentHoursTile.setBody(agentHoursChart, csv("manager-agent-hours-csv", "agent-hours.csv", (p, out) -> {
            out.row(List.of("agent", "hour_utc", "handled", "work_minutes", "breaches"));
            for (AgentHour h : p.agentHours()) {
                out.row(List.of(h.agent(), h.hour(), h.handled(), h.workMinutes(), h.breaches()));
            }
        }));

        Map<String, Integer> rows = new LinkedHashMap<>();
        List<String> rowNames = new ArrayList<>();
        for (String region : new TreeSet<>(page.hoursOfWeek().stream().map(HourOfWeek::region).toList())) {
            for (DayOfWeek day : DayOfWeek.values()) {
                rows.put(region + "/" + day.getValue(), rowNames.size());
                rowNames.add(region + " " + day.getDisplayName(TextStyle.SHORT, Locale.US));
            }
        }
        List<String> localHours = new ArrayList<>();
        for (int h = 0; h < 24; h++) {
            localHours.add(String.format("%02d", h));
        }
        List<HeatmapChart.Cell> weekCells = page.hoursOfWeek().stream()
                .map(h -> new HeatmapChart.Cell(h.hour(), rows.get(h.region() + "/" + h.weekday()), h.created()))
                .toList();
        hoursOfWeekChart.setOptions(new HeatmapChart(localHours, rowNames, weekCells, ValueFormat.COUNT));
        hoursOfWeekChart.setHeight(Math.max(260, 60 + rowNames.size() * 22) + "px");
        hoursOfWeekTile.setBody(hoursOfWeekChart, csv("manager-hours-of-week-csv", "hours-of-week.csv", (p, out) -> {
            out.row(List.of("region", "local_weekday", "local_hour", "created"));
            for (HourOfWeek h : p.hoursOfWeek()) {
                out.row(List.of(h.region(), h.weekday(), h.hour(), h.created()));
            }
        }));
    }

    private interface CsvTable {
        void write(ManagerPage page, Csv out) throws IOException;
    }

    /**
     * A download link that reads the table afresh, through the same scope check as the page: the
     * file holds what the viewer may see at the moment of the download, nothing more.
     */
    private Anchor csv(String id, String fileName, CsvTable table) {
        Drill at = drill;
        Duration within = Duration.ofMinutes(window);
        int period = days;
        DownloadHandler download = event -> {
            ManagerPage page;
            try {
                page = manager.page(viewer, at, within, period);
            } catch (OutOfScopeException | WarehouseUnavailableException e) {
                event.getResponse().sendError(e instanceof OutOfScopeException ? 403 : 503, e.getMessage());
                return;
            }
            event.setFileName(fileName);
            event.setContentType("text/csv; charset=UTF-8");
            try (Writer writer = new OutputStreamWriter(event.getOutputStream(), StandardCharsets.UTF_8)) {
                // Spreadsheets read a UTF-8 CSV as UTF-8 only with a byte-order mark.
                writer.write('\uFEFF');
                table.write(page, new Csv(writer));
            }
        };
        Anchor anchor = new Anchor(download, "Export CSV");
        anchor.setId(id);
        anchor.addClassName("dp-csv");
        return anchor;
    }

    private RouterLink link(String text, Drill target) {
        RouterLink link = new RouterLink(text, ManagerView.class);
        link.setQueryParameters(QueryParameters.simple(parameters(target, window, days)));
        link.setId("drill-" + (text == null ? "" : text.replaceAll("[^A-Za-z0-9_-]", "_")));
        return link;
    }

    private void navigate(Drill target, int within, int period) {
        UI.getCurrent().navigate(ManagerView.class, QueryParameters.simple(parameters(target, within, period)));
    }

    private static Map<String, String> parameters(Drill target, int within, int period) {
        Map<String, String> query = new LinkedHashMap<>(target.parameters());
        query.put(WITHIN, String.valueOf(within));
        query.put(DAYS, String.valueOf(period));
        return query;
    }

    private String windowLabel() {
        return window < 60 ? window + " min" : window / 60 + " h";
    }

    private static int choice(Map<String, List<String>> query, String name, List<Integer> allowed, int fallback) {
        List<String> values = query.get(name);
        if (values == null || values.isEmpty()) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(values.getFirst());
            return allowed.contains(value) ? value : fallback;
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    private static Chart chart(String description) {
        Chart chart = new Chart(description);
        chart.setWidthFull();
        chart.setMinHeight("260px");
        return chart;
    }

    private static String percent(double rate) {
        return Double.isNaN(rate) ? "-" : String.format(Locale.US, "%.1f %%", rate * 100);
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}

package io.deskpulse.app.executive.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
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
import io.deskpulse.app.base.WarehouseChanges;
import io.deskpulse.app.base.WarehouseUnavailableException;
import io.deskpulse.app.base.ui.LiveRefresh;
import io.deskpulse.app.base.ui.SegmentedChoice;
import io.deskpulse.app.base.ui.ViewerTime;
import io.deskpulse.app.executive.ExecutiveOverview;
import io.deskpulse.app.executive.ExecutiveProperties;
import io.deskpulse.app.executive.ExecutiveService;
import io.deskpulse.app.executive.TimeWindow;
import io.deskpulse.app.security.Roles;
import io.deskpulse.warehouse.query.Period;
import io.deskpulse.warehouse.query.TileQueries.Granularity;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The executive's page: the whole desk over the last 7, 30 or 90 days against the period before.
 * The period and the trend's buckets are query parameters ({@code ?period=7d&trend=week}), so a
 * view can be bookmarked and sent; the figures reload every minute and on the refresh button.
 */
@Route("executive")
@PageTitle("Executive overview | DeskPulse")
@Menu(order = 0, icon = "vaadin:dashboard", title = "Executive overview")
@RolesAllowed({Roles.EXECUTIVE, Roles.ADMIN})
public class ExecutiveView extends VerticalLayout implements BeforeEnterObserver {

    static final String PERIOD = "period";
    static final String TREND = "trend";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.US);
    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("HH:mm", Locale.US);

    private final transient ExecutiveService executive;
    private final transient Clock clock;
    private final int pollMillis;
    private final ExecutiveDashboard dashboard = new ExecutiveDashboard(this::chooseGranularity);
    private final SegmentedChoice<TimeWindow> periodChoice = new SegmentedChoice<>("executive-period",
            Arrays.asList(TimeWindow.values()), TimeWindow::parameter, w -> w.days() + " days", this::choosePeriod);
    private final Span periodText = new Span();
    private final Div unavailable = new Div();
    private TimeWindow window = TimeWindow.DEFAULT;
    private Granularity granularity = window.trendGranularity();
    private ZoneId zone = ZoneOffset.UTC;
    private ExecutiveOverview shown;

    public ExecutiveView(ExecutiveService executive, Clock clock, ExecutiveProperties properties,
            WarehouseChanges changes) {
        this.executive = executive;
        this.clock = clock;
        this.pollMillis = (int) properties.refreshInterval().toMillis();
        LiveRefresh.whileAttached(this, changes, pollMillis, 10_000, this::refresh);
        addClassName("dp-page");
        setWidthFull();
        periodText.setId("executive-period-text");
        periodText.addClassName("dp-page-subtitle");
        unavailable.setId("executive-warehouse-down");
        unavailable.addClassName("dp-banner-error");
        unavailable.setVisible(false);
        add(header(), unavailable, dashboard);
    }

    private Div header() {
        H2 title = new H2("Executive overview");
        title.addClassName("dp-page-title");
        Button refresh = new Button("Refresh", VaadinIcon.REFRESH.create(), click -> refresh());
        refresh.setId("executive-refresh");
        refresh.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        Div heading = new Div(title, periodText);
        Div controls = new Div(periodChoice, refresh);
        controls.addClassName("dp-page-controls");
        Div header = new Div(heading, controls);
        header.addClassName("dp-page-header");
        return header;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> query = event.getLocation().getQueryParameters().getParameters();
        window = TimeWindow.fromParameter(first(query, PERIOD)).orElse(TimeWindow.DEFAULT);
        granularity = Arrays.stream(Granularity.values())
                .filter(g -> g.name().equalsIgnoreCase(first(query, TREND)))
                .findFirst().orElse(window.trendGranularity());
        periodChoice.select(window);
        refresh();
    }

    @Override
    protected void onAttach(AttachEvent event) {
        UI ui = event.getUI();
        ViewerTime.zoneOf(ui, viewerZone -> {
            zone = viewerZone;
            render();
        });
    }

    private void refresh() {
        try {
            shown = executive.overview(window, granularity);
            unavailable.setVisible(false);
        } catch (WarehouseUnavailableException e) {
            String checked = ViewerTime.TIME.format(clock.instant().atZone(zone));
            unavailable.setText("The figures cannot be loaded: the warehouse does not answer (checked " + checked
                    + "). " + (shown != null && shown.window() == window ? "The figures below are from before. " : "")
                    + "This page tries again every " + pollMillis / 1000 + " s.");
            unavailable.setVisible(true);
        }
        render();
    }

    private void render() {
        boolean current = shown != null && shown.window() == window;
        dashboard.setVisible(current);
        if (current) {
            dashboard.show(shown, zone);
            periodText.setText("Whole desk · " + days(shown.period()) + ", UTC days up to "
                    + HOUR.format(shown.period().to().atZone(ZoneOffset.UTC)) + " UTC today · compared with the "
                    + window.days() + " days before");
        } else {
            periodText.setText("Whole desk, last " + window.days() + " days");
        }
    }

    private static String days(Period period) {
        return DAY.format(period.from().atZone(ZoneOffset.UTC)) + " – "
                + DAY.format(period.to().minusSeconds(1).atZone(ZoneOffset.UTC));
    }

    private void choosePeriod(TimeWindow chosen) {
        navigate(chosen, chosen.trendGranularity());
    }

    private void chooseGranularity(Granularity chosen) {
        navigate(window, chosen);
    }

    /** Through the router, so that the URL (and the browser's history) holds the choice. */
    private void navigate(TimeWindow chosenWindow, Granularity chosenGranularity) {
        Map<String, String> query = new HashMap<>();
        query.put(PERIOD, chosenWindow.parameter());
        if (chosenGranularity != chosenWindow.trendGranularity()) {
            query.put(TREND, chosenGranularity.name().toLowerCase(Locale.ROOT));
        }
        UI.getCurrent().navigate(ExecutiveView.class, QueryParameters.simple(query));
    }

    private static String first(Map<String, List<String>> query, String name) {
        List<String> values = query.get(name);
        return values == null || values.isEmpty() ? null : values.getFirst();
    }
}

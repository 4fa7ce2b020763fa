package io.deskpulse.app.queue.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import io.deskpulse.app.base.DeskPulseProperties;
import io.deskpulse.app.base.WarehouseChanges;
import io.deskpulse.app.base.WarehouseUnavailableException;
import io.deskpulse.app.base.ui.LiveRefresh;
import io.deskpulse.app.base.ui.PriorityBadge;
import io.deskpulse.app.base.ui.Stat;
import io.deskpulse.app.base.ui.TimeToBreach;
import io.deskpulse.app.base.ui.ViewerTime;
import io.deskpulse.app.queue.QueueService;
import io.deskpulse.app.queue.QueueService.PersonalFigures;
import io.deskpulse.app.security.CurrentViewer;
import io.deskpulse.app.security.OutOfScopeException;
import io.deskpulse.app.security.Roles;
import io.deskpulse.app.security.ScopeNarrowing;
import io.deskpulse.app.security.Viewer;
import io.deskpulse.app.ticket.TicketService;
import io.deskpulse.app.ticket.ui.TicketActions;
import io.deskpulse.warehouse.query.Scope;
import io.deskpulse.warehouse.query.TicketQueries.QueuedTicket;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/**
 * The work queue: the viewer's open tickets (an agent's own, a manager's regions, or with
 * {@code ?agent=} one agent's within them) by time to breach
 * of their most urgent clock, overdue rows red and rows due within ten minutes amber, with the
 * actions on each ticket and the viewer's figures (open, overdue rate, resolved today, CSAT) above.
 * Reloads itself as soon as the warehouse has new rows (pushed), every few seconds anyway, and
 * after each action.
 */
@Route("queue")
@PageTitle("Queue | DeskPulse")
@Menu(order = 1, icon = "vaadin:list-ol", title = "Queue")
@RolesAllowed({Roles.AGENT, Roles.MANAGER, Roles.ADMIN})
public class QueueView extends VerticalLayout implements BeforeEnterObserver {

    /** {@code /queue?agent=ID}: a manager looks at one of their agents' queue. */
    static final String AGENT = "agent";

    private final transient QueueService queue;
    private final transient TicketService tickets;
    private final transient Clock clock;
    private final transient ScopeNarrowing narrowing;
    private final Viewer viewer;
    private final H2 title = new H2();
    private final Div refused = new Div();
    private Scope scope;
    private List<QueuedTicket> shown = List.of();
    private final Grid<QueuedTicket> grid = new Grid<>();
    private final Div figures = new Div();
    private final Span status = new Span();
    private ZoneId zone;
    private Instant now;

    public QueueView(QueueService queue, TicketService tickets, ScopeNarrowing narrowing, CurrentViewer currentViewer,
            Clock clock, DeskPulseProperties properties, WarehouseChanges changes) {
        this.queue = queue;
        this.narrowing = narrowing;
        this.tickets = tickets;
        this.clock = clock;
        this.viewer = currentViewer.get();
        LiveRefresh.whileAttached(this, changes, (int) properties.queue().refreshInterval().toMillis(), 1000,
                this::refresh);
        this.now = clock.instant();
        setSizeFull();
        figures.setId("queue-figures");
        figures.addClassName("dp-stats");
        refused.setId("queue-refused");
        refused.addClassName("dp-banner-error");
        refused.setVisible(false);
        configureGrid();
        add(toolbar(), refused, figures, grid);
    }

    /** The URL may ask for an agent's queue: granted within the viewer's scope, refused outside it. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        List<String> agents = event.getLocation().getQueryParameters().getParameters().getOrDefault(AGENT, List.of());
        String agent = agents.isEmpty() || agents.getFirst().isBlank() ? null : agents.getFirst();
        try {
            scope = narrowing.narrow(viewer, null, null, agent);
            refused.setVisible(false);
        } catch (OutOfScopeException e) {
            scope = null;
            refused.setText(e.getMessage() + ": nothing is shown.");
            refused.setVisible(true);
        } catch (WarehouseUnavailableException e) {
            scope = null;
            status.setText("Warehouse unavailable: the queue cannot be checked right now; reload in a moment.");
        }
        title.setText(agent != null ? "Queue of " + agent
                : viewer.role().equals(Roles.AGENT) ? "My queue (" + viewer.agentId() + ")"
                : "Open tickets by time to breach");
        figures.setVisible(scope != null);
        grid.setVisible(scope != null);
    }

    private HorizontalLayout toolbar() {
        Button refresh = new Button("Refresh", VaadinIcon.REFRESH.create(), click -> refresh());
        refresh.setId("queue-refresh");
        status.setId("queue-status");
        status.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
        title.setId("queue-title");
        HorizontalLayout toolbar = new HorizontalLayout(title, refresh, status);
        toolbar.setWidthFull();
        toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        return toolbar;
    }

    private void configureGrid() {
        grid.setId("queue-grid");
        grid.setSizeFull();
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.addColumn(QueuedTicket::ticketId).setHeader("Ticket").setAutoWidth(true).setFlexGrow(0)
                .setPartNameGenerator(ticket -> "dp-row-menu");
        grid.addColumn(QueuedTicket::subject).setHeader("Subject").setFlexGrow(1);
        grid.addComponentColumn(ticket -> new PriorityBadge(ticket.priority())).setHeader("Priority")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(QueuedTicket::region).setHeader("Region").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(ticket -> ticket.dueAt() == null ? "" : ViewerTime.DATE_TIME.format(ticket.dueAt().atZone(zone)))
                .setHeader("Due at").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(ticket -> TimeToBreach.describe(ticket.dueAt(), now)).setHeader("Time to breach")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(ticket -> ticket.clockState() == null ? "" : ticket.clockState()).setHeader("State")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(ticket -> ticket.metric() == null ? "" : ticket.metric()).setHeader("Clock")
                .setAutoWidth(true).setFlexGrow(0);
        if (!viewer.role().equals(Roles.AGENT)) {
            grid.addColumn(QueuedTicket::agentId).setHeader("Agent").setAutoWidth(true).setFlexGrow(0);
        }
        grid.addColumn(ticket -> "Actions ▾").setHeader("").setAutoWidth(true).setFlexGrow(0).setFrozenToEnd(true)
                .setPartNameGenerator(ticket -> "dp-row-menu");
        new TicketActions(tickets, viewer, done -> refresh()).addTo(grid, QueuedTicket::ticketId,
                QueuedTicket::priority);
        grid.setPartNameGenerator(ticket -> TimeToBreach.of(ticket.dueAt(), ticket.clockState(), now).partName);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        UI ui = event.getUI();
        // One read with the viewer's zone (it decides "resolved today"), and another only if it changes.
        ViewerTime.followZone(ui, () -> zone, viewerZone -> {
            zone = viewerZone;
            refresh();
        });
    }

    private void refresh() {
        if (scope == null) {
            return;
        }
        now = clock.instant();
        try {
            List<QueuedTicket> open = queue.queue(scope);
            showRows(open);
            showFigures(queue.figures(scope, open, now, zone));
            status.setText(open.size() + " open, updated " + ViewerTime.TIME.format(now.atZone(zone)));
            status.removeClassName(LumoUtility.TextColor.ERROR);
        } catch (WarehouseUnavailableException e) {
            status.setText("Warehouse unavailable (checked " + ViewerTime.TIME.format(now.atZone(zone))
                    + "): tickets cannot be loaded right now; retrying automatically.");
            status.addClassName(LumoUtility.TextColor.ERROR);
        }
    }

    /** New rows only when they changed: the countdowns move either way, and an open row menu stays put. */
    private void showRows(List<QueuedTicket> open) {
        if (open.equals(shown)) {
            grid.getDataProvider().refreshAll();
        } else {
            shown = open;
            grid.setItems(open);
        }
    }

    private void showFigures(PersonalFigures f) {
        figures.removeAll();
        figures.add(new Stat("figure-open", String.valueOf(f.open()), "open"),
                new Stat("figure-overdue", percent(f.overdueRate()) + " (" + f.overdue() + ")", "overdue"),
                new Stat("figure-resolved", String.valueOf(f.resolvedToday()), "resolved today"),
                new Stat("figure-csat", percent(f.csat()), "CSAT, 30 days (" + f.answered() + " answers)"));
    }

    private static String percent(double rate) {
        return Double.isNaN(rate) ? "-" : Math.round(rate * 100) + " %";
    }
}

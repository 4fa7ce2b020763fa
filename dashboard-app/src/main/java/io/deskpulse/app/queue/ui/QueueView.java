package io.deskpulse.app.queue.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
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
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.theme.lumo.LumoUtility;
import io.deskpulse.app.base.DeskPulseProperties;
import io.deskpulse.app.base.WarehouseUnavailableException;
import io.deskpulse.app.base.ui.Polling;
import io.deskpulse.app.base.ui.PriorityBadge;
import io.deskpulse.app.base.ui.Stat;
import io.deskpulse.app.base.ui.TimeToBreach;
import io.deskpulse.app.base.ui.ViewerTime;
import io.deskpulse.app.queue.QueueService;
import io.deskpulse.app.queue.QueueService.PersonalFigures;
import io.deskpulse.app.security.CurrentViewer;
import io.deskpulse.app.security.Roles;
import io.deskpulse.app.security.Viewer;
import io.deskpulse.app.ticket.TicketService;
import io.deskpulse.app.ticket.ui.TicketActions;
import io.deskpulse.app.ticket.ui.TicketView;
import io.deskpulse.warehouse.query.TicketQueries.QueuedTicket;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

/**
 * The work queue: the viewer's open tickets (an agent's own, a manager's regions) by time to breach
 * of their most urgent clock, overdue rows red and rows due within ten minutes amber, with the
 * actions on each ticket and the viewer's figures (open, overdue rate, resolved today, CSAT) above.
 * Reloads itself every few seconds and after each action.
 */
@Route("queue")
@PageTitle("Queue | DeskPulse")
@Menu(order = 1, icon = "vaadin:list-ol", title = "Queue")
@RolesAllowed({Roles.AGENT, Roles.MANAGER, Roles.ADMIN})
public class QueueView extends VerticalLayout {

    private final transient QueueService queue;
    private final transient TicketService tickets;
    private final transient Clock clock;
    private final Viewer viewer;
    private final Grid<QueuedTicket> grid = new Grid<>();
    private final Div figures = new Div();
    private final Span status = new Span();
    private ZoneId zone = ZoneOffset.UTC;
    private Instant now;
    private final Polling polling;

    public QueueView(QueueService queue, TicketService tickets, CurrentViewer currentViewer, Clock clock,
            DeskPulseProperties properties) {
        this.queue = queue;
        this.tickets = tickets;
        this.clock = clock;
        this.viewer = currentViewer.get();
        this.polling = new Polling((int) properties.queue().refreshInterval().toMillis(), this::refresh);
        this.now = clock.instant();
        setSizeFull();
        figures.setId("queue-figures");
        figures.addClassName("dp-stats");
        configureGrid();
        add(toolbar(), figures, grid);
    }

    private HorizontalLayout toolbar() {
        Button refresh = new Button("Refresh", VaadinIcon.REFRESH.create(), click -> refresh());
        refresh.setId("queue-refresh");
        status.setId("queue-status");
        status.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
        String title = viewer.role().equals(Roles.AGENT) ? "My queue (" + viewer.agentId() + ")"
                : "Open tickets by time to breach";
        HorizontalLayout toolbar = new HorizontalLayout(new H2(title), refresh, status);
        toolbar.setWidthFull();
        toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        return toolbar;
    }

    private void configureGrid() {
        grid.setId("queue-grid");
        grid.setSizeFull();
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.addComponentColumn(ticket -> new RouterLink(ticket.ticketId(), TicketView.class, ticket.ticketId()))
                .setHeader("Ticket").setAutoWidth(true).setFlexGrow(0);
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
        grid.addComponentColumn(ticket -> new TicketActions(tickets, viewer, ticket.ticketId(), ticket.priority(),
                        done -> refresh()))
                .setHeader("").setAutoWidth(true).setFlexGrow(0);
        grid.setPartNameGenerator(ticket -> TimeToBreach.of(ticket.dueAt(), ticket.clockState(), now).partName);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        UI ui = event.getUI();
        ViewerTime.zoneOf(ui, viewerZone -> {
            zone = viewerZone;
            refresh();
        });
        refresh();
        polling.start(ui);
    }

    @Override
    protected void onDetach(DetachEvent event) {
        polling.stop(event.getUI());
    }

    private void refresh() {
        now = clock.instant();
        try {
            List<QueuedTicket> open = queue.queue(viewer);
            grid.setItems(open);
            showFigures(queue.figures(viewer, open, now, zone));
            status.setText(open.size() + " open, updated " + ViewerTime.TIME.format(now.atZone(zone)));
            status.removeClassName(LumoUtility.TextColor.ERROR);
        } catch (WarehouseUnavailableException e) {
            status.setText("Warehouse unavailable (checked " + ViewerTime.TIME.format(now.atZone(zone))
                    + "): tickets cannot be loaded right now; retrying automatically.");
            status.addClassName(LumoUtility.TextColor.ERROR);
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

package io.deskpulse.app.queue.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import io.deskpulse.app.base.DeskPulseProperties;
import io.deskpulse.app.base.WarehouseUnavailableException;
import io.deskpulse.app.base.ui.Polling;
import io.deskpulse.app.base.ui.ViewerTime;
import io.deskpulse.app.queue.OpenTicket;
import io.deskpulse.app.queue.QueueService;
import io.deskpulse.app.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

/**
 * The agent's page: open tickets by time to breach of their first response, overdue rows red and
 * rows due within ten minutes amber. Reloads itself every few seconds (UI polling for the
 * skeleton) and on the refresh button.
 */
@Route("queue")
@PageTitle("Queue | DeskPulse")
@Menu(order = 1, icon = "vaadin:list-ol", title = "Queue")
@RolesAllowed({Roles.AGENT, Roles.MANAGER, Roles.ADMIN})
public class QueueView extends VerticalLayout {

    private final transient QueueService queue;
    private final transient Clock clock;
    private final Grid<OpenTicket> grid = new Grid<>();
    private final Span status = new Span();
    private ZoneId zone = ZoneOffset.UTC;
    private Instant now;
    private final Polling polling;

    public QueueView(QueueService queue, Clock clock, DeskPulseProperties properties) {
        this.queue = queue;
        this.clock = clock;
        this.polling = new Polling((int) properties.queue().refreshInterval().toMillis(), this::refresh);
        this.now = clock.instant();
        setSizeFull();
        configureGrid();
        add(toolbar(), grid);
    }

    private HorizontalLayout toolbar() {
        Button refresh = new Button("Refresh", VaadinIcon.REFRESH.create(), click -> refresh());
        refresh.setId("queue-refresh");
        status.setId("queue-status");
        status.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
        HorizontalLayout toolbar = new HorizontalLayout(new H2("Open tickets by time to breach"), refresh, status);
        toolbar.setWidthFull();
        toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        return toolbar;
    }

    private void configureGrid() {
        grid.setId("queue-grid");
        grid.setSizeFull();
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.addColumn(OpenTicket::ticketId).setHeader("Ticket").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(OpenTicket::subject).setHeader("Subject").setFlexGrow(1);
        grid.addColumn(OpenTicket::priority).setHeader("Priority").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(OpenTicket::region).setHeader("Region").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(ticket -> ticket.dueAt() == null ? "" : ViewerTime.DATE_TIME.format(ticket.dueAt().atZone(zone)))
                .setHeader("Due at").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(ticket -> TimeToBreach.describe(ticket, now)).setHeader("Time to breach")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(OpenTicket::clockState).setHeader("State").setAutoWidth(true).setFlexGrow(0);
        grid.setPartNameGenerator(ticket -> TimeToBreach.of(ticket, now).partName);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        UI ui = event.getUI();
        ViewerTime.zoneOf(ui, viewerZone -> {
            zone = viewerZone;
            grid.getDataProvider().refreshAll();
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
            List<OpenTicket> tickets = queue.openTicketsByTimeToBreach();
            grid.setItems(tickets);
            status.setText(tickets.size() + " open, updated " + ViewerTime.TIME.format(now.atZone(zone)));
            status.removeClassName(LumoUtility.TextColor.ERROR);
        } catch (WarehouseUnavailableException e) {
            status.setText("Warehouse unavailable (checked " + ViewerTime.TIME.format(now.atZone(zone))
                    + "): tickets cannot be loaded right now; retrying automatically.");
            status.addClassName(LumoUtility.TextColor.ERROR);
        }
    }
}

package io.deskpulse.app.ticket.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import io.deskpulse.app.base.WarehouseUnavailableException;
import io.deskpulse.app.base.ui.PriorityBadge;
import io.deskpulse.app.base.ui.Stat;
import io.deskpulse.app.base.ui.TimeToBreach;
import io.deskpulse.app.base.ui.ViewerTime;
import io.deskpulse.app.security.CurrentViewer;
import io.deskpulse.app.security.Viewer;
import io.deskpulse.app.ticket.ClockTimeline;
import io.deskpulse.app.ticket.TicketService;
import io.deskpulse.events.TicketStatus;
import io.deskpulse.sla.clock.TimelineSegment;
import io.deskpulse.warehouse.query.TicketQueries.Clock;
import io.deskpulse.warehouse.query.TicketQueries.Ticket;
import io.deskpulse.warehouse.query.TicketQueries.TicketDetail;
import io.deskpulse.warehouse.query.TicketQueries.TicketEventRecord;
import jakarta.annotation.security.PermitAll;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;

/**
 * One ticket: its facts, each SLA clock with the explanation of its time (running, out of hours,
 * paused with the status, stopped) and its due and breach instants in the viewer's time zone, every
 * event in order, and the actions the viewer may take. A ticket outside the viewer's scope reads as
 * not found, whether it exists or not.
 */
@Route("tickets")
@PageTitle("Ticket | DeskPulse")
@PermitAll
public class TicketView extends VerticalLayout implements HasUrlParameter<String> {

    private final transient TicketService tickets;
    private final transient java.time.Clock clock;
    private final Viewer viewer;
    private String ticketId;
    private ZoneId zone;

    public TicketView(TicketService tickets, CurrentViewer currentViewer, java.time.Clock clock) {
        this.tickets = tickets;
        this.clock = clock;
        this.viewer = currentViewer.get();
        addClassName("dp-page");
    }

    @Override
    public void setParameter(BeforeEvent event, String ticketId) {
        this.ticketId = ticketId;
    }

    @Override
    protected void onAttach(AttachEvent event) {
        UI ui = event.getUI();
        ViewerTime.followZone(ui, () -> zone, viewerZone -> {
            zone = viewerZone;
            show();
        });
    }

    private void show() {
        removeAll();
        Optional<TicketDetail> detail;
        try {
            detail = tickets.detail(viewer, ticketId);
        } catch (WarehouseUnavailableException e) {
            add(message("ticket-unavailable", "The warehouse cannot be read right now: reload in a moment."));
            return;
        }
        if (detail.isEmpty()) {
            add(message("ticket-not-found", "Ticket " + ticketId + " was not found in your scope."));
            return;
        }
        Ticket ticket = detail.get().ticket();
        UI.getCurrent().getPage().setTitle(ticket.ticketId() + " | DeskPulse");
        add(header(ticket), facts(ticket), new H3("SLA clocks"));
        Instant now = clock.instant();
        for (Clock c : detail.get().clocks()) {
            add(clock(c, now));
        }
        if (detail.get().clocks().isEmpty()) {
            add(new Paragraph("No SLA clock yet: the SLA engine has not processed this ticket, or no policy applies."));
        }
        add(new H3("Events"), events(detail.get()));
    }

    private Component header(Ticket ticket) {
        H2 title = new H2(ticket.ticketId() + ": " + ticket.subject());
        title.setId("ticket-title");
        Span status = new Span(ticket.status());
        status.setId("ticket-status");
        HorizontalLayout header = new HorizontalLayout(title, new PriorityBadge(ticket.priority()), status);
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        if (!TicketStatus.valueOf(ticket.status()).isDone()) {
            header.add(new TicketActions(tickets, viewer, done -> show()).menuFor(ticket.ticketId(), ticket.priority()));
        }
        return header;
    }

    private Component facts(Ticket t) {
        Div facts = new Div();
        facts.setId("ticket-facts");
        facts.addClassName("dp-stats");
        String tier = t.customerTier().isEmpty() ? "" : " (" + t.customerTier() + ")";
        facts.add(new Stat("ticket-customer", t.customerId() + tier, "Customer"),
                new Stat("ticket-where", t.region() + " / " + t.team(), "Region / team"),
                new Stat("ticket-agent", t.agentId().isEmpty() ? "unassigned" : t.agentId(), "Agent"),
                new Stat(null, t.category(), "Category"), new Stat(null, t.channel(), "Channel"),
                new Stat(null, time(t.createdAt()), "Created"), new Stat(null, time(t.resolvedAt()), "Resolved"));
        return facts;
    }

    private Component clock(Clock c, Instant now) {
        String due = c.dueAt() == null ? "no due time while paused" : "due " + time(c.dueAt());
        String outcome = switch (c.state()) {
            case "BREACHED" -> "breached at " + time(c.breachedAt());
            case "MET" -> "met, stopped at " + time(c.stoppedAt());
            case "RUNNING" -> TimeToBreach.describe(c.dueAt(), now) + " left";
            default -> c.state().toLowerCase(Locale.ROOT);
        };
        H3 title = new H3(c.metric() + (c.cycle() > 1 ? " (cycle " + c.cycle() + ")" : "") + ": " + c.state());
        title.addClassName(LumoUtility.FontSize.MEDIUM);
        Span summary = new Span("Policy " + c.policyId() + ", target " + minutes(c.targetSeconds()) + ", used "
                + minutes(c.usedSeconds()) + ", paused " + minutes(c.pausedSeconds()) + "; " + due + "; " + outcome);
        Grid<TimelineSegment> timeline = new Grid<>();
        timeline.setId("timeline-" + c.metric() + "-" + c.cycle());
        timeline.addThemeVariants(GridVariant.LUMO_COMPACT);
        timeline.setAllRowsVisible(true);
        timeline.addColumn(s -> s.kind().name()).setHeader("Segment").setAutoWidth(true);
        timeline.addColumn(s -> time(s.from())).setHeader("From").setAutoWidth(true);
        timeline.addColumn(s -> s.to() == null ? "now" : time(s.to())).setHeader("To").setAutoWidth(true);
        timeline.addColumn(s -> s.reason() == null ? "" : s.reason()).setHeader("Reason").setAutoWidth(true);
        timeline.addColumn(s -> s.policyId() == null ? "" : s.policyId()).setHeader("Policy").setAutoWidth(true);
        try {
            timeline.setItems(ClockTimeline.parse(c.timeline()));
        } catch (IllegalArgumentException e) {
            summary.setText(summary.getText() + " (" + e.getMessage() + ")");
        }
        VerticalLayout box = new VerticalLayout(title, summary, timeline);
        box.setId("clock-" + c.metric() + "-" + c.cycle());
        box.setPadding(false);
        String urgency = TimeToBreach.of(c.dueAt(), c.state(), now).partName;
        if (urgency != null && c.stoppedAt() == null) {
            box.addClassName("dp-clock-" + urgency);
        }
        return box;
    }

    private Grid<TicketEventRecord> events(TicketDetail detail) {
        Grid<TicketEventRecord> grid = new Grid<>();
        grid.setId("ticket-events");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        grid.addColumn(e -> time(e.occurredAt())).setHeader("When").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(TicketEventRecord::type).setHeader("Event").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(TicketEventRecord::source).setHeader("Source").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(TicketEventRecord::payload).setHeader("Details").setFlexGrow(1);
        grid.setItems(detail.events());
        return grid;
    }

    private String time(Instant instant) {
        return instant == null ? "-" : ViewerTime.DATE_TIME.format(instant.atZone(zone)) + " " + zone.getId();
    }

    private static String minutes(long seconds) {
        Duration d = Duration.ofSeconds(seconds);
        return d.toHours() > 0 ? String.format("%d h %02d min", d.toHours(), d.toMinutesPart()) : d.toMinutes() + " min";
    }

    private static Paragraph message(String id, String text) {
        Paragraph p = new Paragraph(text);
        p.setId(id);
        return p;
    }
}

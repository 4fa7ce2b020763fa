package io.deskpulse.app.alerts.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.popover.Popover;
import com.vaadin.flow.component.popover.PopoverPosition;
import com.vaadin.flow.router.RouterLink;
import io.deskpulse.app.alerts.AlertFeed;
import io.deskpulse.app.alerts.SlaAlertNotice;
import io.deskpulse.app.base.ui.ViewerTime;
import io.deskpulse.app.security.Viewer;
import io.deskpulse.app.ticket.ui.TicketView;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The bell in the top bar: SLA warnings and breaches that concern the signed-in user, pushed by
 * the server as the SLA monitor raises them, with a count of those not yet looked at and the
 * latest in a list linking to each ticket. A breach also shows as a notification.
 */
public class AlertBell extends Div {

    static final int SHOWN = 30;

    private final transient AlertFeed feed;
    private final Viewer viewer;
    private final Button bell = new Button(VaadinIcon.BELL.create());
    private final Span count = new Span();
    private final Div list = new Div();
    private final Deque<SlaAlertNotice> shown = new ArrayDeque<>();
    private int unseen;
    private ZoneId zone = ZoneOffset.UTC;
    private Runnable unsubscribe;

    public AlertBell(AlertFeed feed, Viewer viewer) {
        this.feed = feed;
        this.viewer = viewer;
        setId("alert-bell");
        addClassName("dp-bell");
        bell.setId("alert-bell-button");
        bell.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        bell.setAriaLabel("SLA alerts");
        count.setId("alert-count");
        count.addClassName("dp-bell-count");
        list.setId("alert-list");
        list.addClassName("dp-alert-list");
        Popover popover = new Popover();
        popover.setTarget(bell);
        popover.setPosition(PopoverPosition.BOTTOM_END);
        popover.add(list);
        popover.addOpenedChangeListener(opened -> {
            if (opened.isOpened()) {
                unseen = 0;
                render();
            }
        });
        add(bell, count, popover);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        UI ui = event.getUI();
        ViewerTime.zoneOf(ui, viewerZone -> {
            zone = viewerZone;
            render();
        });
        shown.clear();
        shown.addAll(feed.recent(viewer, SHOWN));
        render();
        unsubscribe = feed.subscribe(viewer, alert -> ui.access(() -> arrived(alert)));
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (unsubscribe != null) {
            unsubscribe.run();
            unsubscribe = null;
        }
    }

    private void arrived(SlaAlertNotice alert) {
        shown.addFirst(alert);
        while (shown.size() > SHOWN) {
            shown.removeLast();
        }
        unseen++;
        render();
        if (alert.isBreach()) {
            Notification notification = Notification.show("SLA breach: " + alert.ticketId() + " " + alert.metric(),
                    5000, Notification.Position.BOTTOM_END);
            notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    private void render() {
        count.setText(unseen == 0 ? "" : String.valueOf(unseen));
        count.setVisible(unseen > 0);
        list.removeAll();
        if (shown.isEmpty()) {
            list.add(new Span("No SLA alerts for you."));
        }
        for (SlaAlertNotice alert : shown) {
            Div row = new Div();
            row.addClassNames("dp-alert", alert.isBreach() ? "dp-alert-breach" : "dp-alert-warning");
            String what = alert.isBreach() ? "Breach" : "Warning " + alert.pct() + " %";
            row.add(new Span(ViewerTime.TIME.format(alert.at().atZone(zone)) + " "),
                    new RouterLink(alert.ticketId(), TicketView.class, alert.ticketId()),
                    new Span(" " + what + " · " + alert.metric() + " · " + alert.region()
                            + (alert.agentId().isEmpty() ? "" : " · " + alert.agentId())));
            list.add(row);
        }
    }
}

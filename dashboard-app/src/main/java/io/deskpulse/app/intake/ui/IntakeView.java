package io.deskpulse.app.intake.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.deskpulse.app.base.ui.ViewerTime;
import io.deskpulse.app.intake.IntakeService;
import io.deskpulse.app.security.CurrentViewer;
import io.deskpulse.app.security.Roles;
import io.deskpulse.app.security.Viewer;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeoutException;

/**
 * Creates a ticket: the form, a preview of the SLA policy and due times (from sla-core) the ticket will
 * get, and a submit button that waits for the broker's acknowledgement before confirming.
 */
@Route("intake")
@PageTitle("New ticket | DeskPulse")
@Menu(order = 2, icon = "vaadin:plus-circle", title = "New ticket")
@RolesAllowed({Roles.AGENT, Roles.MANAGER, Roles.ADMIN})
public class IntakeView extends VerticalLayout {

    private final transient IntakeService intake;
    private final IntakeForm form = new IntakeForm();
    private final Span duePreview = new Span();
    private final Button submit = new Button("Create ticket");
    private ZoneId zone = ZoneOffset.UTC;

    private final Checkbox assignToMe = new Checkbox();
    private final Viewer viewer;

    public IntakeView(IntakeService intake, CurrentViewer currentViewer) {
        this.intake = intake;
        this.viewer = currentViewer.get();
        // An agent logging a call usually keeps the ticket: it lands in their own queue.
        assignToMe.setId("intake-assign-to-me");
        assignToMe.setVisible(viewer.agentId() != null);
        assignToMe.setValue(viewer.agentId() != null);
        assignToMe.setLabel("Assign to me (" + viewer.agentId() + ")");
        setMaxWidth("900px");
        duePreview.setId("intake-due-preview");
        form.addChangeListener(this::showDuePreview);
        add(new H2("New ticket"), form, assignToMe, duePreview, actions());
    }

    private HorizontalLayout actions() {
        submit.setId("intake-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickListener(click -> submit());
        Button clear = new Button("Clear", click -> form.clear());
        clear.setId("intake-clear");
        return new HorizontalLayout(submit, clear);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        form.setChoices(intake.choices());
        ViewerTime.zoneOf(event.getUI(), viewerZone -> {
            zone = viewerZone;
            showDuePreview();
        });
    }

    private void showDuePreview() {
        duePreview.setText(intake.preview(form.currentDraft())
                .map(sla -> "Policy " + sla.policyId() + ": first response due by " + format(sla.firstResponseDue())
                        + ", resolution by " + format(sla.resolutionDue()) + " (" + zone.getId() + ") if created now")
                .orElse("No SLA policy applies to this ticket: it gets no clocks"));
    }

    private String format(Instant due) {
        return due == null ? "-" : ViewerTime.DATE_TIME.format(due.atZone(zone));
    }

    private void submit() {
        var draft = form.validDraft();
        if (draft.isEmpty()) {
            notify("Please correct: " + String.join(", ", form.invalidFields()), NotificationVariant.LUMO_ERROR);
            return;
        }
        submit.setEnabled(false);
        UI ui = UI.getCurrent();
        intake.submit(draft.get(), assignToMe.getValue() ? Optional.of(viewer.agentId()) : Optional.empty()).whenComplete((submitted, error) -> ui.access(() -> {
            submit.setEnabled(true);
            if (error == null) {
                form.clear();
                showDuePreview();
                notify("Ticket " + submitted.ticketId() + " created: first response due by "
                        + submitted.sla().map(sla -> format(sla.firstResponseDue())).orElse("-"),
                        NotificationVariant.LUMO_SUCCESS).setId("intake-created");
            } else {
                notify("Ticket not created, the event broker did not confirm it (" + reason(error)
                        + "). Your input is kept: try again.", NotificationVariant.LUMO_ERROR)
                        .setId("intake-failed");
            }
        }));
    }

    private String reason(Throwable error) {
        Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
        if (cause instanceof TimeoutException) {
            return "no acknowledgement within " + intake.publishTimeout().toSeconds() + " s";
        }
        return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    }

    private static Notification notify(String text, NotificationVariant variant) {
        Notification notification = Notification.show(text, 6000, Notification.Position.TOP_CENTER);
        notification.addThemeVariants(variant);
        return notification;
    }
}

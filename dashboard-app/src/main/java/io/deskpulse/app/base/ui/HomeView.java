package io.deskpulse.app.base.ui;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import io.deskpulse.app.executive.ui.ExecutiveView;
import io.deskpulse.app.queue.ui.QueueView;
import io.deskpulse.app.security.Roles;
import jakarta.annotation.security.PermitAll;

/**
 * The landing route after sign-in: forwards to the user's page (the agent queue for agents,
 * managers and admins, the executive overview for executives). A role without a page would see a
 * short note instead of an access error.
 */
@Route("")
@PageTitle("DeskPulse")
@PermitAll
public class HomeView extends VerticalLayout implements BeforeEnterObserver {

    private final transient AuthenticationContext authentication;

    public HomeView(AuthenticationContext authentication) {
        this.authentication = authentication;
        add(new Paragraph("No page for your role yet."));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (authentication.hasAnyRole(Roles.AGENT, Roles.MANAGER, Roles.ADMIN)) {
            event.forwardTo(QueueView.class);
        } else if (authentication.hasRole(Roles.EXECUTIVE)) {
            event.forwardTo(ExecutiveView.class);
        }
    }
}

package io.deskpulse.app.base.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.theme.lumo.LumoUtility;
import io.deskpulse.app.DashboardApplication;

/** Form login: the form posts to Spring Security's {@code /login}, which redirects back with {@code ?error}. */
@Route(value = "login", autoLayout = false)
@PageTitle("Sign in | DeskPulse")
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver {

    private final LoginForm login = new LoginForm();

    public LoginView() {
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);

        login.setId("login-form");
        login.setAction("login");
        login.setForgotPasswordButtonVisible(false);

        H1 title = new H1(DashboardApplication.PRODUCT_NAME);
        title.addClassNames(LumoUtility.TextColor.PRIMARY, LumoUtility.Margin.NONE);
        Paragraph tagline = new Paragraph("Real-time SLA analytics for service desks");
        tagline.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.Margin.NONE);
        add(title, tagline, login);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        login.setError(event.getLocation().getQueryParameters().getParameters().containsKey("error"));
    }
}

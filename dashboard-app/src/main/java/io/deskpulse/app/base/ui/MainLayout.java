package io.deskpulse.app.base.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import com.vaadin.flow.theme.lumo.LumoUtility;
import io.deskpulse.app.DashboardApplication;
import io.deskpulse.app.alerts.AlertFeed;
import io.deskpulse.app.alerts.ui.AlertBell;
import io.deskpulse.app.security.CurrentViewer;
import jakarta.annotation.security.PermitAll;

/**
 * The shell around every signed-in view: product name, side navigation built from the views'
 * {@code @Menu} annotations (only the entries the user may open), the SLA alert bell and the
 * signed-in user with a sign-out button.
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout {

    public MainLayout(AuthenticationContext authentication, CurrentViewer viewer, AlertFeed alerts) {
        setPrimarySection(Section.DRAWER);
        addToDrawer(brand(), navigation());
        addToNavbar(new DrawerToggle(), userBar(authentication, new AlertBell(alerts, viewer.get())));
    }

    private Span brand() {
        Span name = new Span(DashboardApplication.PRODUCT_NAME);
        name.setId("app-name");
        name.addClassNames(LumoUtility.FontWeight.BOLD, LumoUtility.FontSize.XLARGE, LumoUtility.Padding.MEDIUM,
                LumoUtility.TextColor.PRIMARY, LumoUtility.Display.BLOCK);
        return name;
    }

    private SideNav navigation() {
        SideNav nav = new SideNav();
        nav.addClassNames(LumoUtility.Margin.Horizontal.SMALL);
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            SideNavItem item = new SideNavItem(entry.title(), entry.path());
            if (entry.icon() != null) {
                item.setPrefixComponent(new Icon(entry.icon()));
            }
            nav.addItem(item);
        }
        return nav;
    }

    private HorizontalLayout userBar(AuthenticationContext authentication, AlertBell bell) {
        Span user = new Span(authentication.getPrincipalName().orElse(""));
        user.setId("current-user");
        Button signOut = new Button("Sign out", VaadinIcon.SIGN_OUT.create(), click -> authentication.logout());
        signOut.setId("sign-out");
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout bar = new HorizontalLayout(bell, user, signOut);
        bar.setAlignItems(HorizontalLayout.Alignment.CENTER);
        bar.addClassNames(LumoUtility.Margin.Left.AUTO, LumoUtility.Padding.Right.MEDIUM);
        return bar;
    }
}

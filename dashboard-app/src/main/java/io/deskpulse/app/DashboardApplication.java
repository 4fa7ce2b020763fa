package io.deskpulse.app;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The DeskPulse web app: intake form, agent queue and (later) the dashboards, in one Spring Boot
 * application. The demo launcher and the end-to-end test start it in-process with
 * {@code new SpringApplicationBuilder(DashboardApplication.class).properties(...).run()}.
 *
 * <p>{@code @Push} lets views update from background threads ({@code ui.access}); the intake form
 * uses it to report the broker's acknowledgement without blocking the request thread.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@Push
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet(Lumo.UTILITY_STYLESHEET)
@StyleSheet("styles.css")
public class DashboardApplication implements AppShellConfigurator {

    public static final String PRODUCT_NAME = "DeskPulse";

    public static void main(String[] args) {
        SpringApplication.run(DashboardApplication.class, args);
    }

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.setPageTitle(PRODUCT_NAME);
    }
}

package io.deskpulse.app.security;

import com.vaadin.flow.spring.security.AuthenticationContext;
import org.springframework.stereotype.Component;

/** The signed-in {@link Viewer}, for views to read once when they are built (on the UI thread). */
@Component
public class CurrentViewer {

    private final AuthenticationContext authentication;

    public CurrentViewer(AuthenticationContext authentication) {
        this.authentication = authentication;
    }

    public Viewer get() {
        return authentication.getAuthenticatedUser(DeskPulseUser.class)
                .map(DeskPulseUser::viewer)
                .orElseThrow(() -> new IllegalStateException("no signed-in DeskPulse user"));
    }
}

package io.deskpulse.app.security;

import java.util.List;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/** A signed-in user: Spring Security's user with the {@link Viewer} the app scopes everything by. */
public class DeskPulseUser extends User {

    private final Viewer viewer;

    public DeskPulseUser(Viewer viewer, String encodedPassword) {
        super(viewer.username(), encodedPassword, List.of(new SimpleGrantedAuthority("ROLE_" + viewer.role())));
        this.viewer = viewer;
    }

    public Viewer viewer() {
        return viewer;
    }
}

package io.deskpulse.app.security;

import java.util.List;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The demo's users, one per role. DEMO ONLY: the passwords equal the user names and are public
 * (the demo launcher prints them); a real deployment replaces {@link SecurityConfig}'s in-memory
 * user store with the organisation's identity provider.
 */
public final class DemoUsers {

    public record DemoUser(String username, String password, String role) {}

    public static final List<DemoUser> ALL = List.of(
            new DemoUser("agent", "agent", Roles.AGENT),
            new DemoUser("manager", "manager", Roles.MANAGER),
            new DemoUser("exec", "exec", Roles.EXECUTIVE),
            new DemoUser("admin", "admin", Roles.ADMIN));

    private DemoUsers() {}

    /** One line per user, for the demo launcher's banner. */
    public static String describe() {
        StringBuilder lines = new StringBuilder();
        for (DemoUser user : ALL) {
            lines.append(String.format("  %-8s / %-8s (%s)%n", user.username(), user.password(), user.role()));
        }
        return lines.toString();
    }

    static List<UserDetails> userDetails(PasswordEncoder encoder) {
        return ALL.stream()
                .map(user -> User.withUsername(user.username())
                        .password(encoder.encode(user.password()))
                        .roles(user.role())
                        .build())
                .toList();
    }
}

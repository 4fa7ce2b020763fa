package io.deskpulse.app.security;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The demo's users. DEMO ONLY: the passwords equal the user names and are public (the demo launcher
 * prints them); a real deployment replaces {@link SecurityConfig}'s in-memory user store with the
 * organisation's identity provider, mapping its groups to a {@link Viewer}. The agents are agents
 * of the simulated desk (docs/simulator.md), so their queues fill as the demo runs.
 */
public final class DemoUsers {

    public record DemoUser(String password, Viewer viewer) {}

    public static final List<DemoUser> ALL = List.of(
            new DemoUser("agent", new Viewer("agent", Roles.AGENT, Set.of(), "anna.mueller")),
            new DemoUser("agent2", new Viewer("agent2", Roles.AGENT, Set.of(), "lukas.schmidt")),
            new DemoUser("manager", new Viewer("manager", Roles.MANAGER, Set.of("eu-central"), null)),
            new DemoUser("exec", new Viewer("exec", Roles.EXECUTIVE, Set.of(), null)),
            new DemoUser("admin", new Viewer("admin", Roles.ADMIN, Set.of(), null)));

    private DemoUsers() {}

    /** One line per user, for the demo launcher's banner. */
    public static String describe() {
        StringBuilder lines = new StringBuilder();
        for (DemoUser user : ALL) {
            Viewer viewer = user.viewer();
            String scope = switch (viewer.role()) {
                case Roles.AGENT -> "agent " + viewer.agentId();
                case Roles.MANAGER -> "regions " + String.join(", ", viewer.regions());
                default -> "every region";
            };
            lines.append(String.format("  %-8s / %-8s %-9s %s%n", viewer.username(), user.password(), viewer.role(),
                    scope));
        }
        return lines.toString();
    }

    /**
     * Looks the demo users up by name. Each sign-in gets a fresh {@link DeskPulseUser}, as Spring
     * Security erases the password of the one it authenticated.
     */
    static UserDetailsService userDetailsService(PasswordEncoder encoder) {
        Map<String, DemoUser> byName = new HashMap<>();
        Map<String, String> encoded = new HashMap<>();
        for (DemoUser user : ALL) {
            byName.put(user.viewer().username(), user);
            encoded.put(user.viewer().username(), encoder.encode(user.password()));
        }
        return username -> {
            DemoUser user = byName.get(username);
            if (user == null) {
                throw new UsernameNotFoundException("no such user");
            }
            return new DeskPulseUser(user.viewer(), encoded.get(username));
        };
    }
}

package io.deskpulse.app.security;

import io.deskpulse.warehouse.query.Scope;
import java.io.Serializable;
import java.util.Set;

/**
 * Who is looking, as far as the data is concerned: the role, a manager's regions and an agent's id.
 * Every query and every action of the app starts from {@link #scope()}.
 *
 * @param role one of {@link Roles}
 * @param regions the regions a manager is responsible for (empty for the other roles)
 * @param agentId the agent id tickets are assigned to (null for the other roles)
 */
public record Viewer(String username, String role, Set<String> regions, String agentId) implements Serializable {

    public Viewer {
        regions = Set.copyOf(regions);
        switch (role) {
            case Roles.MANAGER -> require(!regions.isEmpty(), "a manager needs at least one region");
            case Roles.AGENT -> require(agentId != null && !agentId.isBlank(), "an agent needs an agent id");
            case Roles.EXECUTIVE, Roles.ADMIN -> { }
            default -> throw new IllegalArgumentException("unknown role " + role);
        }
    }

    /** The data this viewer may see: everything, their regions, or their own tickets and work. */
    public Scope scope() {
        return switch (role) {
            case Roles.AGENT -> Scope.agent(agentId);
            case Roles.MANAGER -> Scope.regions(regions);
            default -> Scope.everything();
        };
    }

    /** Whether this viewer may see the region's data. */
    public boolean mayView(String region) {
        return switch (role) {
            case Roles.AGENT -> false;
            case Roles.MANAGER -> regions.contains(region);
            default -> true;
        };
    }

    /** Reassign, change priority, escalate: managers and administrators. */
    public boolean mayDirect() {
        return role.equals(Roles.MANAGER) || role.equals(Roles.ADMIN);
    }

    /** Reply, set pending or on hold, resolve: everyone but executives, who look and do not handle tickets. */
    public boolean mayHandle() {
        return !role.equals(Roles.EXECUTIVE);
    }

    /** The id recorded on events this viewer causes: the agent id, else the user name. */
    public String actorId() {
        return agentId != null ? agentId : username;
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }
}

package io.deskpulse.warehouse.query;

import java.util.Collection;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Whose data a query may see. Every tile query takes one, and it is part of the SQL, never a filter
 * the caller may leave out: an executive sees everything, a manager their regions (or one team of
 * them while drilling down), an agent their own work. {@link #everything()} is a deliberate choice, not a default.
 */
public sealed interface Scope {

    /** Every region: executives and administrators. */
    record Everything() implements Scope {}

    /** The listed regions: a manager's. */
    record Regions(Set<String> regions) implements Scope {
        public Regions {
            if (regions == null || regions.isEmpty()) {
                throw new IllegalArgumentException("a regional scope needs at least one region");
            }
            regions = Set.copyOf(new TreeSet<>(regions));
        }
    }

    /** One team of a region: a manager's drill-down below the region. */
    record Team(String region, String team) implements Scope {
        public Team {
            if (region == null || region.isBlank() || team == null || team.isBlank()) {
                throw new IllegalArgumentException("a team scope needs the region and the team");
            }
        }
    }

    /** One agent's own tickets and work. */
    record Agent(String agentId) implements Scope {
        public Agent {
            if (agentId == null || agentId.isBlank()) {
                throw new IllegalArgumentException("an agent scope needs the agent's id");
            }
        }
    }

    static Scope everything() {
        return new Everything();
    }

    static Scope regions(Collection<String> regions) {
        return new Regions(Set.copyOf(regions));
    }

    static Scope team(String region, String team) {
        return new Team(region, team);
    }

    static Scope agent(String agentId) {
        return new Agent(agentId);
    }

    /** Fails when no scope was given: a query without one must not run at all. */
    static Scope required(Scope scope) {
        return Objects.requireNonNull(scope, "a scope is required: Scope.everything(), regions(...) or agent(...)");
    }
}

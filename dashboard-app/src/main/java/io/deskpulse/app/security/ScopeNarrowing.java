package io.deskpulse.app.security;

import static io.deskpulse.app.base.WarehouseUnavailableException.whileReading;

import io.deskpulse.app.base.WarehouseUnavailableException;
import io.deskpulse.warehouse.ClickHouseConfig;
import io.deskpulse.warehouse.query.Scope;
import io.deskpulse.warehouse.query.TicketQueries;
import java.util.Set;
import org.springframework.stereotype.Service;

/**
 * Turns what a URL asks for (a region, a team in it, an agent) into a {@link Scope} inside the
 * viewer's own, or refuses. The parameters come from the address bar, so they are never trusted: a
 * manager asking for another region, or an agent for another agent's queue, gets an
 * {@link OutOfScopeException} and no data.
 */
@Service
public class ScopeNarrowing {

    private final TicketQueries tickets;

    public ScopeNarrowing(ClickHouseConfig warehouse) {
        this.tickets = new TicketQueries(warehouse);
    }

    /**
     * @param region null for all of the viewer's regions
     * @param team null for the whole region; requires a region
     * @param agent null for everyone in the region or team
     */
    public Scope narrow(Viewer viewer, String region, String team, String agent)
            throws OutOfScopeException, WarehouseUnavailableException {
        if (viewer.role().equals(Roles.AGENT)) {
            if (region != null || team != null || agent != null && !agent.equals(viewer.agentId())) {
                throw new OutOfScopeException("Agents see their own queue only");
            }
            return viewer.scope();
        }
        Scope scope = viewer.scope();
        if (region != null) {
            if (!viewer.mayView(region)) {
                throw new OutOfScopeException("Region " + region + " is not in your scope");
            }
            scope = team == null ? Scope.regions(Set.of(region)) : Scope.team(region, team);
        } else if (team != null) {
            throw new OutOfScopeException("A team is chosen within a region");
        }
        if (agent != null) {
            Scope within = scope;
            boolean known = whileReading(() -> tickets.agents(within)).stream()
                    .anyMatch(home -> home.agentId().equals(agent));
            if (!known) {
                throw new OutOfScopeException("Agent " + agent + " is not in your scope");
            }
            scope = Scope.agent(agent);
        }
        return scope;
    }
}

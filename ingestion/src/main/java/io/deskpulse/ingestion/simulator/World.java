package io.deskpulse.ingestion.simulator;

import java.util.List;

/**
 * Everything the simulated desk consists of. Lists are in a fixed order, so that iterating them
 * (and therefore every draw that depends on them) is the same in every run.
 */
record World(List<Region> regions, List<Team> teams, List<Agent> agents, List<Customer> customers,
        CategoryTree categories) {

    /** The team of {@code region} that takes tickets of {@code category}: by category root, else the service desk. */
    Team teamFor(Region region, Category category) {
        Team serviceDesk = null;
        for (Team team : teams) {
            if (team.region() != region) {
                continue;
            }
            if (team.kind().categoryRoots.contains(category.root())) {
                return team;
            }
            if (team.kind() == TeamKind.SERVICE_DESK) {
                serviceDesk = team;
            }
        }
        return serviceDesk;
    }

    List<Customer> customersOf(Region region) {
        return customers.stream().filter(customer -> customer.region() == region).toList();
    }

    List<Agent> agentsOf(Team team) {
        return agents.stream().filter(agent -> agent.team() == team).toList();
    }
}

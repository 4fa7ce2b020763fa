package io.deskpulse.ingestion.simulator;

import java.util.List;

/**
 * The kinds of team a region may have: which category roots each takes, and the shift roster its
 * agents are given in turn (the first agents cover every shift of the roster, more agents add to
 * the busiest shifts).
 */
enum TeamKind {
    SERVICE_DESK("service-desk", List.of("software", "access"),
            List.of(Shift.DAY, Shift.EARLY, Shift.LATE, Shift.NIGHT, Shift.WEEKEND, Shift.DAY, Shift.EARLY,
                    Shift.LATE, Shift.DAY, Shift.DAY)),
    FIELD_SERVICE("field-service", List.of("hardware"),
            List.of(Shift.DAY, Shift.EARLY, Shift.SATURDAY_MORNING, Shift.DAY, Shift.LATE)),
    NETWORK_OPS("network-ops", List.of("network"),
            List.of(Shift.DAY, Shift.LATE, Shift.NIGHT, Shift.EARLY, Shift.WEEKEND, Shift.DAY));

    final String slug;
    final List<String> categoryRoots;
    final List<Shift> roster;

    TeamKind(String slug, List<String> categoryRoots, List<Shift> roster) {
        this.slug = slug;
        this.categoryRoots = categoryRoots;
        this.roster = roster;
    }

    /** The first agents of the roster, one per distinct shift: no shift of the team is left empty. */
    int minimumAgents() {
        return (int) roster.stream().distinct().count();
    }
}

package io.deskpulse.ingestion.simulator;

import io.deskpulse.events.Priority;

/**
 * A leaf of the category tree, e.g. {@code hardware/printer/jam}.
 *
 * @param weight how often tickets of this category come in, relative to the others
 * @param typicalPriority the priority triage usually gives it
 * @param firstContactChance how often the first agent contact solves it
 * @param incidentProne whether an outage can make many tickets of it at once (an incident burst)
 * @param subject a subject line with one {@code %d}
 */
record Category(String path, double weight, Priority typicalPriority, double firstContactChance,
        boolean incidentProne, String subject) {

    /** The top level of the path, e.g. {@code hardware}: teams are routed by it. */
    String root() {
        return path.substring(0, path.indexOf('/'));
    }
}

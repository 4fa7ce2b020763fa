package io.deskpulse.ingestion.simulator;

import java.time.Instant;

/**
 * History mode: the events of {@code days} days ending at {@code end}, generated as fast as the
 * machine allows, in the order (occurredAt, ticketId, then the ticket's own order). Tickets created
 * before the window are not part of it; tickets still open at {@code end} simply stay open.
 */
public final class History {

    public static final int MAX_DAYS = 3660;

    private History() {}

    public static RunSummary generate(SimulationSettings settings, Instant end, int days, EventSink sink) {
        if (end.getNano() != 0) {
            throw new IllegalArgumentException("the end must be a whole second, got " + end);
        }
        if (days < 1 || days > MAX_DAYS) {
            throw new IllegalArgumentException("days must be between 1 and " + MAX_DAYS + ", got " + days);
        }
        Simulation simulation = new Simulation(settings, end.getEpochSecond() - days * 86_400L, sink);
        simulation.runUntil(end.getEpochSecond());
        return simulation.summary();
    }
}

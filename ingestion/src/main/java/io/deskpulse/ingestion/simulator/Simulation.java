package io.deskpulse.ingestion.simulator;

import java.time.Duration;
import java.util.Locale;

/**
 * The simulation engine: opens each hour's arrivals, then takes the tickets' steps in time order.
 * It starts {@link #WARM_UP} before the visible window so that agents already carry a normal load
 * when the window opens; tickets created in the warm-up take part but emit nothing. Nothing here
 * reads the wall clock.
 */
final class Simulation {

    static final Duration WARM_UP = Duration.ofDays(2);
    private static final long HOUR = 3600;
    /** The run tag in ticket ids: four base-36 digits. */
    private static final int TAG_LENGTH = 4;
    private static final long TAG_SPACE = 36 * 36 * 36 * 36;

    private final Arrivals arrivals;
    private final Agenda agenda = new Agenda();
    private final EventEmitter events;
    private final TicketLifecycle lifecycle;
    private final long visibleFrom;
    private final String idPrefix;
    private long nextHour;
    private long ticketNumber;
    private long visibleTickets;

    /**
     * @param visibleFrom the first second (epoch) whose new tickets emit events
     */
    Simulation(SimulationSettings settings, long visibleFrom, EventSink sink) {
        long from = visibleFrom - WARM_UP.toSeconds();
        World world = world(settings);
        long run = Dice.mix(settings.seed(), settings.ticketsPerDay(), from);
        Dice desk = new Dice(Dice.mix(run, 1));
        this.arrivals = new Arrivals(world, settings.ticketsPerDay(), desk);
        this.events = new EventEmitter(sink, new Dice(Dice.mix(run, 2)));
        this.lifecycle = new TicketLifecycle(new Desk(world), desk, events, agenda);
        this.visibleFrom = visibleFrom;
        this.idPrefix = "SIM-" + tag(run) + "-";
        this.nextHour = from;
    }

    /** The world of these settings: of the seed and size only, so that customers keep their tiers across runs. */
    static World world(SimulationSettings settings) {
        Dice dice = new Dice(Dice.mix(settings.seed(), settings.ticketsPerDay()));
        return StandardWorld.build(settings.ticketsPerDay(), dice);
    }

    /**
     * A tag that differs between runs with different settings or start (ticket ids of two demo runs
     * must not collide in the same topic) and is the same for the same ones (a repeated run is a
     * duplicate, ignored by event id).
     */
    private static String tag(long run) {
        String digits = Long.toString(Math.floorMod(run, TAG_SPACE), 36).toUpperCase(Locale.ROOT);
        return "0".repeat(TAG_LENGTH - digits.length()) + digits;
    }

    /** Takes every step before {@code end} (epoch second, exclusive). */
    void runUntil(long end) {
        while (true) {
            long step = agenda.nextAt();
            if (nextHour <= step && nextHour < end) {
                openHour();
            } else if (step < end) {
                SimulatedTicket ticket = agenda.poll();
                if (ticket.next == SimulatedTicket.Step.CREATE && ticket.visible) {
                    visibleTickets++;
                }
                lifecycle.advance(ticket, ticket.dueAt);
            } else {
                return;
            }
        }
    }

    /** The second of the next thing that will happen (a step, or the next hour's arrivals). */
    long nextActionAt() {
        return Math.min(agenda.nextAt(), nextHour);
    }

    RunSummary summary() {
        return new RunSummary(visibleTickets, events.emitted());
    }

    private void openHour() {
        for (Arrival arrival : arrivals.hour(nextHour)) {
            String id = idPrefix + String.format(Locale.ROOT, "%06d", ++ticketNumber);
            SimulatedTicket ticket = new SimulatedTicket(id, arrival, arrival.at() >= visibleFrom);
            agenda.schedule(ticket, SimulatedTicket.Step.CREATE, arrival.at());
        }
        nextHour += HOUR;
    }
}

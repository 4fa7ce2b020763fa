package io.deskpulse.ingestion.simulator;

import java.util.List;

/**
 * How a customer rates a resolved ticket: mostly well, worse when the first answer or the fix came
 * later than they were promised, when it came back, or when they were asked again and again.
 * The promises are the targets of the shipped demo policies (sla-core's default-sla-config.json).
 */
final class Satisfaction {

    /** FIRST_RESPONSE and RESOLUTION targets, in minutes, for P1..P4. */
    private static final long[] FIRST_RESPONSE_MINUTES = {15, 30, 60, 240};
    private static final long[] RESOLUTION_MINUTES = {240, 480, 1440, 4320};
    /** The NPS a customer giving CSAT 1..5 typically gives (index 0 unused). */
    private static final double[] NPS_FOR_CSAT = {0, 1.5, 4, 6.5, 8.3, 9.5};
    private static final List<String> UNHAPPY = List.of("Took far too long", "Had to chase several times",
            "Problem came back", "Nobody told me what was going on");
    private static final List<String> NEUTRAL = List.of("Fixed in the end", "OK, but slow", "Works for now");
    private static final List<String> HAPPY = List.of("Quick and friendly", "Fixed on the first call",
            "Thanks, works again", "Great support");

    record Rating(int csat, Integer nps, String comment) {}

    private final Dice dice;

    Satisfaction(Dice dice) {
        this.dice = dice;
    }

    Rating rate(SimulatedTicket ticket) {
        double mood = 4.4;
        if (ticket.firstReplyMinutes() > FIRST_RESPONSE_MINUTES[ticket.priority().ordinal()]) {
            mood -= 1.2;
        }
        if (ticket.activeMinutesToResolve() > RESOLUTION_MINUTES[ticket.priority().ordinal()]) {
            mood -= 0.9;
        }
        if (ticket.wasReopened()) {
            mood -= 1.4;
        }
        if (ticket.resolvedAtFirstContact()) {
            mood += 0.4;
        }
        mood -= 0.2 * Math.min(3, ticket.customerRounds());
        int csat = (int) Math.clamp(StrictMath.round(mood + 0.7 * dice.gaussian()), 1, 5);
        Integer nps = dice.chance(0.12) ? null
                : (int) Math.clamp(StrictMath.round(NPS_FOR_CSAT[csat] + 1.1 * dice.gaussian()), 0, 10);
        String comment = dice.chance(0.35) ? dice.pick(csat <= 2 ? UNHAPPY : csat == 3 ? NEUTRAL : HAPPY) : null;
        return new Rating(csat, nps, comment);
    }
}

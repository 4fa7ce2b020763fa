package io.deskpulse.ingestion.simulator;

/**
 * What a simulated desk is: the seed of every draw, and its size.
 *
 * @param seed the same seed and settings give the same events, byte for byte
 * @param ticketsPerDay new tickets per day over all regions, on average over a week (weekdays bring
 *     more, weekends fewer); teams and customers are sized for it
 */
public record SimulationSettings(long seed, int ticketsPerDay) {

    public static final int DEFAULT_TICKETS_PER_DAY = 2000;
    public static final int MAX_TICKETS_PER_DAY = 1_000_000;

    public SimulationSettings {
        if (ticketsPerDay < 1 || ticketsPerDay > MAX_TICKETS_PER_DAY) {
            throw new IllegalArgumentException(
                    "tickets per day must be between 1 and " + MAX_TICKETS_PER_DAY + ", got " + ticketsPerDay);
        }
    }
}

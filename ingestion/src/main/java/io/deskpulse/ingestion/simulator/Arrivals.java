package io.deskpulse.ingestion.simulator;

import io.deskpulse.events.Channel;
import io.deskpulse.events.Priority;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The tickets raised in each hour: a Poisson count per region at the rate of its local hour of the
 * week ({@link Seasonality}), and now and then an incident burst, many tickets of one category in
 * one region within the hour (an outage), front-loaded as the outage is noticed.
 */
final class Arrivals {

    static final double INCIDENTS_PER_REGION_AND_WEEK = 1.0;
    private static final double INCIDENT_MEAN_DELAY_SECONDS = 12 * 60;
    private static final List<Channel> CHANNELS = List.of(Channel.values());
    private static final List<Priority> PRIORITIES = List.of(Priority.values());

    private final World world;
    private final int ticketsPerDay;
    private final Dice dice;
    private final Map<Region, List<Customer>> customers = new LinkedHashMap<>();
    private final List<Category> incidentProne;

    Arrivals(World world, int ticketsPerDay, Dice dice) {
        this.world = world;
        this.ticketsPerDay = ticketsPerDay;
        this.dice = dice;
        world.regions().forEach(region -> customers.put(region, world.customersOf(region)));
        this.incidentProne = world.categories().incidentProne();
    }

    /** The arrivals of the hour starting at {@code hourStart} (epoch second), in time order. */
    List<Arrival> hour(long hourStart) {
        List<Arrival> arrivals = new ArrayList<>();
        for (Region region : world.regions()) {
            double busy = Seasonality.multiplier(Instant.ofEpochSecond(hourStart).atZone(region.zone()));
            double hourly = ticketsPerDay * region.ticketShare() / 24;
            int count = dice.poisson(hourly * busy);
            for (int i = 0; i < count; i++) {
                Category category = dice.pick(world.categories().leaves(), Category::weight);
                arrivals.add(arrival(hourStart + dice.between(0, 3599), region, category, dice.between(2, 12), false));
            }
            if (dice.chance(INCIDENTS_PER_REGION_AND_WEEK / (7 * 24) * busy)) {
                addIncident(arrivals, hourStart, region, hourly);
            }
        }
        // A stable sort: arrivals in the same second keep region and draw order.
        arrivals.sort(Comparator.comparingLong(Arrival::at));
        return arrivals;
    }

    private void addIncident(List<Arrival> arrivals, long hourStart, Region region, double hourly) {
        Category category = dice.pick(incidentProne);
        int size = (int) Math.max(6, StrictMath.round(hourly * dice.uniform(1, 3)));
        int detail = dice.between(2, 12);
        for (int i = 0; i < size; i++) {
            long delay = (long) Math.min(3599, -StrictMath.log(1 - dice.unit()) * INCIDENT_MEAN_DELAY_SECONDS);
            arrivals.add(arrival(hourStart + delay, region, category, detail, true));
        }
    }

    private Arrival arrival(long at, Region region, Category category, int detail, boolean incident) {
        List<Customer> regional = customers.get(region);
        // Squaring skews the pick: a few customers raise many tickets, most raise few.
        double skew = dice.unit();
        Customer customer = regional.get((int) (skew * skew * regional.size()));
        Channel channel = dice.pick(CHANNELS, c -> region.channels().getOrDefault(c, 0));
        return new Arrival(at, region, world.teamFor(region, category), customer, category,
                priority(category, customer.tier(), incident), channel, category.subject().formatted(detail), incident);
    }

    private Priority priority(Category category, CustomerTier tier, boolean incident) {
        int level = category.typicalPriority().ordinal();
        double draw = dice.unit();
        if (draw < 0.10 || incident && draw < 0.35) {
            level--;
        } else if (draw > 0.85 && !incident) {
            level++;
        }
        if (dice.chance(tier.priorityBumpChance)) {
            level--;
        }
        return PRIORITIES.get(Math.clamp(level, 0, PRIORITIES.size() - 1));
    }
}

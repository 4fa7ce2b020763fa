package io.deskpulse.ingestion.simulator;

import static io.deskpulse.events.Channel.API;
import static io.deskpulse.events.Channel.CHAT;
import static io.deskpulse.events.Channel.EMAIL;
import static io.deskpulse.events.Channel.PHONE;
import static io.deskpulse.events.Channel.WEB;
import static io.deskpulse.events.Channel.WECHAT;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The world the simulator ships with: three regions on three continents, their teams, and as many
 * agents and customers as the ticket volume needs (a desk sized for its load, so that breaches come
 * from peaks, bursts and thin night shifts rather than from a desk that can never keep up).
 */
final class StandardWorld {

    /** New tickets one agent takes on per working day at the planned staffing. */
    static final double TICKETS_PER_AGENT_DAY = 14;
    /** Customers per daily ticket: most customers raise a ticket every few days at most. */
    static final double CUSTOMERS_PER_DAILY_TICKET = 4;

    static final List<Region> REGIONS = List.of(
            new Region("cn-east", "CN", ZoneId.of("Asia/Shanghai"), 0.4,
                    Map.of(WECHAT, 30, CHAT, 15, PHONE, 20, WEB, 20, EMAIL, 10, API, 5),
                    List.of(TeamKind.SERVICE_DESK, TeamKind.FIELD_SERVICE, TeamKind.NETWORK_OPS),
                    new Region.NamePool(
                            List.of("wei", "fang", "lei", "jing", "min", "hao", "yan", "jun", "xin", "tao"),
                            List.of("wang", "li", "zhang", "liu", "chen", "yang", "zhao", "huang", "zhou", "wu"))),
            new Region("eu-central", "EU", ZoneId.of("Europe/Berlin"), 0.3,
                    Map.of(EMAIL, 35, WEB, 30, PHONE, 20, CHAT, 10, API, 5),
                    List.of(TeamKind.SERVICE_DESK, TeamKind.FIELD_SERVICE),
                    new Region.NamePool(
                            List.of("anna", "lukas", "lea", "felix", "mia", "jonas", "sophie", "paul", "emma", "leon"),
                            List.of("mueller", "schmidt", "schneider", "fischer", "weber", "meyer", "wagner",
                                    "becker", "hoffmann", "koch"))),
            new Region("us-east", "US", ZoneId.of("America/New_York"), 0.3,
                    Map.of(PHONE, 30, EMAIL, 25, WEB, 25, CHAT, 15, API, 5),
                    List.of(TeamKind.SERVICE_DESK, TeamKind.FIELD_SERVICE, TeamKind.NETWORK_OPS),
                    new Region.NamePool(
                            List.of("james", "mary", "john", "linda", "michael", "sarah", "david", "karen", "chris",
                                    "emily"),
                            List.of("smith", "johnson", "williams", "brown", "jones", "garcia", "miller", "davis",
                                    "wilson", "moore"))));

    private StandardWorld() {}

    static World build(int ticketsPerDay, Dice dice) {
        CategoryTree categories = CategoryTree.standard();
        List<Team> teams = new ArrayList<>();
        List<Agent> agents = new ArrayList<>();
        List<Customer> customers = new ArrayList<>();
        for (Region region : REGIONS) {
            double regionDaily = ticketsPerDay * region.ticketShare();
            int agentNumber = 0;
            for (TeamKind kind : region.teams()) {
                Team team = Team.of(region, kind);
                teams.add(team);
                double teamDaily = regionDaily * shareOf(team, region, categories);
                // Seven days of tickets are worked in about five agent-days per agent and week.
                int size = Math.max(kind.minimumAgents(), (int) Math.ceil(teamDaily * 7 / 5 / TICKETS_PER_AGENT_DAY));
                for (int i = 0; i < size; i++) {
                    Shift shift = kind.roster.get(i % kind.roster.size());
                    agents.add(new Agent(region.names().name(agentNumber++), team, shift));
                }
            }
            int customerCount = (int) Math.max(50, Math.round(regionDaily * CUSTOMERS_PER_DAILY_TICKET));
            for (int i = 1; i <= customerCount; i++) {
                CustomerTier tier = dice.pick(List.of(CustomerTier.values()), t -> t.shareOfCustomers);
                customers.add(new Customer(String.format(Locale.ROOT, "C-%s-%05d", region.code(), i), region, tier));
            }
        }
        return new World(REGIONS, List.copyOf(teams), List.copyOf(agents), List.copyOf(customers), categories);
    }

    /** The part of a region's tickets that a team takes, from the category weights it is routed. */
    private static double shareOf(Team team, Region region, CategoryTree categories) {
        double weight = 0;
        for (Category leaf : categories.leaves()) {
            if (team.kind().categoryRoots.contains(leaf.root())
                    || team.kind() == TeamKind.SERVICE_DESK && !hasTeamFor(region, leaf.root())) {
                weight += leaf.weight();
            }
        }
        return weight / categories.totalWeight();
    }

    private static boolean hasTeamFor(Region region, String root) {
        return region.teams().stream().anyMatch(kind -> kind.categoryRoots.contains(root));
    }
}

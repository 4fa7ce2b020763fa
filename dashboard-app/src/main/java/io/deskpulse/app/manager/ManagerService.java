package io.deskpulse.app.manager;

import static io.deskpulse.app.base.WarehouseUnavailableException.whileReading;

import io.deskpulse.app.base.DeskPulseProperties;
import io.deskpulse.app.base.WarehouseUnavailableException;
import io.deskpulse.app.security.OutOfScopeException;
import io.deskpulse.app.security.ScopeNarrowing;
import io.deskpulse.app.security.Viewer;
import io.deskpulse.warehouse.ClickHouseConfig;
import io.deskpulse.warehouse.query.Period;
import io.deskpulse.warehouse.query.Scope;
import io.deskpulse.warehouse.query.TicketQueries;
import io.deskpulse.warehouse.query.TicketQueries.GroupAttainment;
import io.deskpulse.warehouse.query.TicketQueries.Grouping;
import io.deskpulse.warehouse.query.TicketQueries.OpenLoad;
import io.deskpulse.warehouse.query.TicketQueries.QueuedTicket;
import io.deskpulse.warehouse.query.TileQueries;
import io.deskpulse.warehouse.query.TileQueries.AgentHour;
import io.deskpulse.warehouse.query.TileQueries.HourOfWeek;
import io.deskpulse.warehouse.query.TileQueries.Volume;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * The manager's page at one level of the drill-down: the next level's breakdown (open, overdue, due
 * soon, attainment), the tickets at risk (at an agent, all their open tickets), the agent x hour and
 * local hour-of-week heatmaps and the category mix, all inside the scope {@link ScopeNarrowing}
 * grants for the URL's region, team and agent.
 */
@Service
public class ManagerService {

    /** The heatmap of agents by hour covers the last day; hour of week, the last four weeks. */
    static final Duration AGENT_HOURS = Duration.ofHours(24);
    static final Duration HOURS_OF_WEEK = Duration.ofDays(28);

    /** One row of the breakdown: a region, team or agent. */
    public record Breakdown(String group, long open, long overdue, long dueSoon, long met, long breached) {
        public double attainment() {
            return met + breached == 0 ? Double.NaN : (double) met / (met + breached);
        }
    }

    /**
     * @param grouping what the breakdown lists (null at an agent: nothing below)
     * @param tickets at risk (overdue or due within the window), most urgent first; at an agent, all open
     */
    public record ManagerPage(Drill drill, Grouping grouping, List<Breakdown> breakdown, List<QueuedTicket> tickets,
            List<AgentHour> agentHours, List<HourOfWeek> hoursOfWeek, List<Volume> categories, Period period,
            Duration window, Instant readAt) {}

    private final ScopeNarrowing narrowing;
    private final TicketQueries ticketQueries;
    private final TileQueries tiles;
    private final Clock clock;
    private final int limit;

    public ManagerService(ScopeNarrowing narrowing, ClickHouseConfig warehouse, Clock clock,
            DeskPulseProperties properties) {
        this.narrowing = narrowing;
        this.ticketQueries = new TicketQueries(warehouse);
        this.tiles = new TileQueries(warehouse);
        this.clock = clock;
        this.limit = properties.queue().limit();
    }

    /**
     * @param window how soon a due time puts a ticket at risk
     * @param days the period of attainment and the category mix, ending now
     */
    public ManagerPage page(Viewer viewer, Drill drill, Duration window, int days)
            throws OutOfScopeException, WarehouseUnavailableException {
        Scope scope = narrowing.narrow(viewer, drill.region(), drill.team(), drill.agent());
        Instant now = clock.instant();
        Period period = new Period(now.minus(Duration.ofDays(days)), now);
        Grouping grouping = drill.atAgent() ? null
                : drill.region() == null ? Grouping.REGION : drill.team() == null ? Grouping.TEAM : Grouping.AGENT;
        List<Breakdown> breakdown = grouping == null ? List.of() : breakdown(scope, grouping, now, window, period);
        List<QueuedTicket> open = whileReading(() -> ticketQueries.queue(scope, limit));
        List<QueuedTicket> shown = drill.atAgent() ? open : open.stream()
                .filter(t -> t.dueAt() != null && t.dueAt().isBefore(now.plus(window))).toList();
        Period lastDay = new Period(now.truncatedTo(ChronoUnit.HOURS).minus(AGENT_HOURS).plus(Duration.ofHours(1)), now);
        List<AgentHour> agentHours = whileReading(() -> tiles.agentHours(scope, lastDay));
        List<HourOfWeek> hoursOfWeek = whileReading(() -> tiles.hourOfWeek(scope, new Period(now.minus(HOURS_OF_WEEK), now)));
        List<Volume> categories = whileReading(() -> tiles.volumeByCategory(scope, period));
        return new ManagerPage(drill, grouping, breakdown, shown, agentHours, hoursOfWeek, categories, period, window,
                now);
    }

    private List<Breakdown> breakdown(Scope scope, Grouping grouping, Instant now, Duration window, Period period)
            throws WarehouseUnavailableException {
        Map<String, OpenLoad> load = whileReading(() -> ticketQueries.openLoad(scope, grouping, now, window)).stream()
                .collect(Collectors.toMap(OpenLoad::group, Function.identity()));
        Map<String, GroupAttainment> attainment = whileReading(() -> ticketQueries.attainmentBy(scope, period, grouping))
                .stream().collect(Collectors.toMap(GroupAttainment::group, Function.identity()));
        Map<String, Breakdown> rows = new TreeMap<>();
        for (String group : union(load.keySet(), attainment.keySet())) {
            OpenLoad l = load.getOrDefault(group, new OpenLoad(group, 0, 0, 0));
            GroupAttainment a = attainment.getOrDefault(group, new GroupAttainment(group, 0, 0));
            rows.put(group, new Breakdown(group, l.open(), l.overdue(), l.dueSoon(), a.met(), a.breached()));
        }
        return List.copyOf(rows.values());
    }

    private static List<String> union(Set<String> a, Set<String> b) {
        TreeSet<String> all = new TreeSet<>(a);
        all.addAll(b);
        all.remove("");
        return List.copyOf(all);
    }
}

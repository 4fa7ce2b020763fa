package io.deskpulse.app.executive;

import io.deskpulse.app.base.WarehouseUnavailableException;
import io.deskpulse.sla.Metric;
import io.deskpulse.warehouse.ClickHouseConfig;
import io.deskpulse.warehouse.query.Period;
import io.deskpulse.warehouse.query.ReturnOnInvestment;
import io.deskpulse.warehouse.query.Scope;
import io.deskpulse.warehouse.query.TileQueries;
import io.deskpulse.warehouse.query.TileQueries.Attainment;
import io.deskpulse.warehouse.query.TileQueries.AttainmentPoint;
import io.deskpulse.warehouse.query.TileQueries.BacklogPoint;
import io.deskpulse.warehouse.query.TileQueries.Granularity;
import io.deskpulse.warehouse.query.TileQueries.Level;
import io.deskpulse.warehouse.query.TileQueries.Volume;
import java.sql.SQLException;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * The executive page's figures, from the warehouse's tile queries over the whole desk: executives
 * see every region ({@link Scope#everything()}), a deliberate choice of this tier.
 */
@Service
public class ExecutiveService {

    private static final Logger LOG = LoggerFactory.getLogger(ExecutiveService.class);
    private static final Scope DESK = Scope.everything();

    private final ClickHouseConfig warehouse;
    private final TileQueries tiles;
    private final Clock clock;

    public ExecutiveService(ClickHouseConfig warehouse, Clock clock) {
        this.warehouse = warehouse;
        this.tiles = new TileQueries(warehouse);
        this.clock = clock;
    }

    /**
     * Every tile for the window up to now; the trend in buckets of {@code trendGranularity}.
     *
     * @throws WarehouseUnavailableException at the first query that fails: an unreachable warehouse
     *     would otherwise make the viewer wait for every tile's timeout in turn
     */
    public ExecutiveOverview overview(TimeWindow window, Granularity trendGranularity)
            throws WarehouseUnavailableException {
        Period period = window.endingAt(clock.instant());
        Period previous = window.before(period);
        try {
            return new ExecutiveOverview(window, period, previous, read(() -> attainment(period, previous)),
                    read(() -> trend(period, trendGranularity)), read(() -> satisfaction(period, previous)),
                    read(() -> volume(period, previous)), read(() -> backlog(period)),
                    read(() -> costAndReturn(period, previous)));
        } catch (SQLException | RuntimeException e) {
            LOG.warn("Executive overview failed against {}: {}", warehouse, e.toString());
            throw new WarehouseUnavailableException("Warehouse unavailable at " + warehouse + ": " + e.getMessage(), e);
        }
    }

    private List<MetricAttainment> attainment(Period period, Period earlier) throws SQLException {
        Map<Metric, Attainment> current = byMetric(tiles.attainment(DESK, period));
        Map<Metric, Attainment> previous = byMetric(tiles.attainment(DESK, earlier));
        return Arrays.stream(Metric.values()).map(metric -> {
            Attainment now = current.getOrDefault(metric, new Attainment(metric.name(), 0, 0));
            Attainment before = previous.getOrDefault(metric, new Attainment(metric.name(), 0, 0));
            return new MetricAttainment(metric, now.met(), now.breached(), now.rate(), before.rate());
        }).toList();
    }

    private AttainmentTrend trend(Period period, Granularity granularity) throws SQLException {
        List<LocalDate> buckets = buckets(period, granularity);
        Map<Metric, List<Double>> rates = new EnumMap<>(Metric.class);
        for (Metric metric : Metric.values()) {
            rates.put(metric, new ArrayList<>(Collections.nCopies(buckets.size(), (Double) null)));
        }
        List<Long> met = new ArrayList<>(Collections.nCopies(buckets.size(), 0L));
        List<Long> breached = new ArrayList<>(met);
        for (AttainmentPoint point : tiles.attainmentTrend(DESK, period, granularity)) {
            int i = buckets.indexOf(point.bucket());
            if (i < 0) {
                continue;
            }
            rates.get(Metric.valueOf(point.metric())).set(i, (double) point.met() / (point.met() + point.breached()));
            met.set(i, met.get(i) + point.met());
            breached.set(i, breached.get(i) + point.breached());
        }
        rates.replaceAll((metric, values) -> Collections.unmodifiableList(values));
        return new AttainmentTrend(granularity, buckets, rates, met, breached);
    }

    private CustomerSatisfaction satisfaction(Period period, Period before) throws SQLException {
        return new CustomerSatisfaction(SatisfactionScores.of(tiles.satisfaction(DESK, period, Level.REGION)),
                SatisfactionScores.of(tiles.satisfaction(DESK, before, Level.REGION)));
    }

    private TicketVolume volume(Period period, Period before) throws SQLException {
        List<Volume> byChannel = tiles.volumeByChannel(DESK, period);
        return new TicketVolume(byChannel, tiles.volumeByCategory(DESK, period), total(byChannel),
                total(tiles.volumeByChannel(DESK, before)));
    }

    private BacklogTrend backlog(Period period) throws SQLException {
        List<BacklogPoint> changes = tiles.backlog(DESK, period);
        List<BacklogPoint> hours = new ArrayList<>();
        if (!changes.isEmpty()) {
            Instant last = period.to().minusSeconds(1).truncatedTo(ChronoUnit.HOURS);
            int next = 0;
            long open = 0;
            for (Instant hour = changes.getFirst().hour(); !hour.isAfter(last); hour = hour.plus(1, ChronoUnit.HOURS)) {
                if (next < changes.size() && changes.get(next).hour().equals(hour)) {
                    open = changes.get(next++).open();
                }
                hours.add(new BacklogPoint(hour, open));
            }
        }
        return new BacklogTrend(hours);
    }

    private CostAndReturn costAndReturn(Period period, Period before) throws SQLException {
        ReturnOnInvestment current = tiles.returnOnInvestment(DESK, period);
        return new CostAndReturn(current, tiles.returnOnInvestment(DESK, before).costPerTicket());
    }

    /** The trend's buckets from the one holding the period's start to the one holding its end, in UTC. */
    static List<LocalDate> buckets(Period period, Granularity granularity) {
        LocalDate first = LocalDate.ofInstant(period.from(), ZoneOffset.UTC);
        LocalDate last = LocalDate.ofInstant(period.to().minusSeconds(1), ZoneOffset.UTC);
        List<LocalDate> buckets = new ArrayList<>();
        for (LocalDate day = startOf(first, granularity); !day.isAfter(last); day = next(day, granularity)) {
            buckets.add(day);
        }
        return buckets;
    }

    private static LocalDate startOf(LocalDate day, Granularity granularity) {
        return switch (granularity) {
            case DAY -> day;
            case WEEK -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTH -> day.withDayOfMonth(1);
        };
    }

    private static LocalDate next(LocalDate bucket, Granularity granularity) {
        return switch (granularity) {
            case DAY -> bucket.plusDays(1);
            case WEEK -> bucket.plusWeeks(1);
            case MONTH -> bucket.plusMonths(1);
        };
    }

    private static Map<Metric, Attainment> byMetric(List<Attainment> attainment) {
        Map<Metric, Attainment> map = new EnumMap<>(Metric.class);
        attainment.forEach(a -> map.put(Metric.valueOf(a.metric()), a));
        return map;
    }

    private static long total(List<Volume> volumes) {
        return volumes.stream().mapToLong(Volume::tickets).sum();
    }

    private interface Query<T> {
        T run() throws SQLException;
    }

    private <T> Fresh<T> read(Query<T> query) throws SQLException {
        T value = query.run();
        return new Fresh<>(value, clock.instant());
    }
}

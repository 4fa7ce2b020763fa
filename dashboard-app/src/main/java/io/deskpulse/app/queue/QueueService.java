package io.deskpulse.app.queue;

import static io.deskpulse.app.base.WarehouseUnavailableException.whileReading;

import io.deskpulse.app.base.DeskPulseProperties;
import io.deskpulse.app.base.WarehouseUnavailableException;
import io.deskpulse.app.base.ui.TimeToBreach;
import io.deskpulse.warehouse.ClickHouseConfig;
import io.deskpulse.warehouse.query.Period;
import io.deskpulse.warehouse.query.Scope;
import io.deskpulse.warehouse.query.TicketQueries;
import io.deskpulse.warehouse.query.TicketQueries.QueuedTicket;
import io.deskpulse.warehouse.query.TileQueries;
import io.deskpulse.warehouse.query.TileQueries.Level;
import io.deskpulse.warehouse.query.TileQueries.SatisfactionRollup;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * The work queue and the figures beside it, in a scope the view got from {@code ScopeNarrowing}:
 * an agent's own tickets, a manager's regions or one of their agents, everything for an administrator.
 */
@Service
public class QueueService {

    /** How far back the personal CSAT looks: one month gives enough answered surveys to mean something. */
    static final Duration CSAT_WINDOW = Duration.ofDays(30);

    /**
     * @param open tickets in the queue
     * @param overdue of those, with a clock past its due time
     * @param resolvedToday resolutions since the viewer's local midnight
     * @param satisfied surveys rated 4 or 5 in the last 30 days
     * @param answered surveys answered in the last 30 days
     */
    public record PersonalFigures(int open, int overdue, long resolvedToday, long satisfied, long answered) {
        /** Overdue tickets over open ones; NaN with an empty queue. */
        public double overdueRate() {
            return open == 0 ? Double.NaN : (double) overdue / open;
        }

        /** Satisfied over answered surveys; NaN with none answered. */
        public double csat() {
            return answered == 0 ? Double.NaN : (double) satisfied / answered;
        }
    }

    private final TicketQueries tickets;
    private final TileQueries tiles;
    private final int limit;

    public QueueService(ClickHouseConfig warehouse, DeskPulseProperties properties) {
        this.tickets = new TicketQueries(warehouse);
        this.tiles = new TileQueries(warehouse);
        this.limit = properties.queue().limit();
    }

    /** Open tickets in scope (see {@code ScopeNarrowing}), most urgent first. */
    public List<QueuedTicket> queue(Scope scope) throws WarehouseUnavailableException {
        return whileReading(() -> tickets.queue(scope, limit));
    }

    /** The figures beside the queue, as of {@code now} and the viewer's day in {@code zone}. */
    public PersonalFigures figures(Scope scope, List<QueuedTicket> queue, Instant now, ZoneId zone)
            throws WarehouseUnavailableException {
        int overdue = (int) queue.stream()
                .filter(t -> TimeToBreach.of(t.dueAt(), t.clockState(), now) == TimeToBreach.OVERDUE).count();
        Instant midnight = now.atZone(zone).toLocalDate().atStartOfDay(zone).toInstant();
        long resolvedToday = whileReading(() -> tickets.resolvedSince(scope, midnight));
        List<SatisfactionRollup> month = whileReading(() ->
                tiles.satisfaction(scope, new Period(now.minus(CSAT_WINDOW), now), Level.REGION));
        long satisfied = month.stream().mapToLong(SatisfactionRollup::satisfied).sum();
        long answered = month.stream().mapToLong(SatisfactionRollup::surveysAnswered).sum();
        return new PersonalFigures(queue.size(), overdue, resolvedToday, satisfied, answered);
    }
}

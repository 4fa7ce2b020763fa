package io.deskpulse.ingestion.simulator;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * An agent during the simulation: the open tickets assigned to them (their load), and when they
 * are on shift. Shift intervals are computed in the region's zone (DST-correct) and the latest one
 * is cached, since the simulation asks about nearly the same instants again and again.
 */
final class AgentState {

    private final Agent agent;
    private final ZoneId zone;
    private int load;
    /** The first shift interval [start, end) ending after {@code cachedFor}; valid for instants up to its end. */
    private long cachedFor = Long.MAX_VALUE;
    private long cachedStart;
    private long cachedEnd;

    AgentState(Agent agent) {
        this.agent = agent;
        this.zone = agent.team().region().zone();
    }

    Agent agent() {
        return agent;
    }

    String id() {
        return agent.id();
    }

    int load() {
        return load;
    }

    void take() {
        load++;
    }

    void release() {
        load--;
    }

    boolean onShift(long at) {
        interval(at);
        return cachedStart <= at;
    }

    /** {@code at} itself when on shift, otherwise the start of the next shift. */
    long nextWorkingSecond(long at) {
        interval(at);
        return Math.max(at, cachedStart);
    }

    /** When the shift containing {@code at} ends (or the next one, when off shift). */
    long shiftEnd(long at) {
        interval(at);
        return cachedEnd;
    }

    /**
     * The instant at which {@code seconds} of work started at {@code from} are done, counting shift
     * time only; always inside a shift (work that would end with the shift is done the next one).
     */
    long afterWork(long from, long seconds) {
        long at = from;
        long left = seconds;
        while (true) {
            at = nextWorkingSecond(at);
            long available = shiftEnd(at) - at;
            if (left < available) {
                return at + left;
            }
            left -= available;
            at = shiftEnd(at);
        }
    }

    private void interval(long at) {
        if (cachedFor <= at && at < cachedEnd) {
            return;
        }
        Shift shift = agent.shift();
        // A shift that started the day before may still be running (night shifts).
        LocalDate date = ZonedDateTime.ofInstant(Instant.ofEpochSecond(at), zone).toLocalDate().minusDays(1);
        for (int day = 0; day <= 8; day++, date = date.plusDays(1)) {
            if (!shift.days().contains(date.getDayOfWeek())) {
                continue;
            }
            long start = ZonedDateTime.of(date, shift.start(), zone).toEpochSecond();
            long end = start + shift.length().toSeconds();
            if (end > at) {
                cachedFor = at;
                cachedStart = start;
                cachedEnd = end;
                return;
            }
        }
        throw new IllegalStateException("shift " + shift.name() + " of " + agent.id() + " has no working day");
    }
}

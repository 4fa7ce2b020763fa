package io.deskpulse.sla.calendar;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * When business time runs (SLA-SPEC.md, "Configuration"): a zone, working intervals per weekday,
 * holidays and per-date overrides, or every instant ({@link #alwaysOpen}).
 *
 * <p>A local interval on a date covers the instants from {@code ZonedDateTime.of(date, start, zone)}
 * to {@code ZonedDateTime.of(date', end, zone)}; business time is real elapsed seconds inside the
 * union of those instant ranges. Because a local time in a DST gap maps later, the mapped ranges of
 * one date need not be ordered or disjoint: they are merged, and those of neighbouring dates too.
 *
 * <p>All arithmetic is on epoch seconds: every instant of the engine is a whole second.
 */
public final class BusinessCalendar {

    /** Returned by {@link #reach} when the calendar never accumulates the requested time. */
    public static final long NEVER = Long.MAX_VALUE;

    /**
     * How far ahead {@link #reach} looks before answering {@link #NEVER}: with any weekly hours a
     * target is reached within weeks, so only absurd targets on nearly closed calendars hit it.
     */
    static final int MAX_SCAN_DAYS = 200 * 366;

    private static final int CACHE_LIMIT = 50_000;

    private final String id;
    private final ZoneId zone;
    private final boolean alwaysOpen;
    private final Map<DayOfWeek, List<LocalInterval>> hours;
    private final Set<LocalDate> holidays;
    private final Map<LocalDate, List<LocalInterval>> overrides;
    /** After this epoch day no date has working intervals (Long.MAX_VALUE while weekly hours exist). */
    private final long lastOpenDay;
    /** Mapped, merged ranges per local epoch day: {start0, end0, start1, end1, ...}. */
    private final Map<Long, long[]> dayCache = new ConcurrentHashMap<>();

    private BusinessCalendar(String id, ZoneId zone, boolean alwaysOpen, Map<DayOfWeek, List<LocalInterval>> hours,
            Set<LocalDate> holidays, Map<LocalDate, List<LocalInterval>> overrides) {
        this.id = id;
        this.zone = zone;
        this.alwaysOpen = alwaysOpen;
        this.hours = new EnumMap<>(DayOfWeek.class);
        hours.forEach((day, intervals) -> this.hours.put(day, List.copyOf(intervals)));
        this.holidays = Set.copyOf(holidays);
        this.overrides = Map.copyOf(overrides);
        boolean weekly = this.hours.values().stream().anyMatch(list -> !list.isEmpty());
        this.lastOpenDay = weekly ? Long.MAX_VALUE : this.overrides.entrySet().stream()
                .filter(e -> !e.getValue().isEmpty())
                .mapToLong(e -> e.getKey().toEpochDay() + 1) // a 24:00 end or a gap reaches the next date
                .max().orElse(Long.MIN_VALUE);
    }

    public static BusinessCalendar alwaysOpen(String id, ZoneId zone) {
        return new BusinessCalendar(id, zone, true, Map.of(), Set.of(), Map.of());
    }

    /**
     * A calendar of working hours. The caller has validated the intervals (no overlaps within a
     * day) and that no date is both a holiday and an override.
     */
    public static BusinessCalendar of(String id, ZoneId zone, Map<DayOfWeek, List<LocalInterval>> hours,
            Set<LocalDate> holidays, Map<LocalDate, List<LocalInterval>> overrides) {
        return new BusinessCalendar(id, zone, false, hours, holidays, overrides);
    }

    public String id() {
        return id;
    }

    public ZoneId zone() {
        return zone;
    }

    public boolean isAlwaysOpen() {
        return alwaysOpen;
    }

    /** Business seconds in [from, to); zero when {@code to} is not after {@code from}. */
    public long businessSeconds(long from, long to) {
        if (to <= from) {
            return 0;
        }
        if (alwaysOpen) {
            return to - from;
        }
        long sum = 0;
        OpenRanges ranges = new OpenRanges(from);
        while (ranges.next() && ranges.start < to) {
            sum += Math.min(ranges.end, to) - Math.max(ranges.start, from);
        }
        return sum;
    }

    public long businessSeconds(Instant from, Instant to) {
        return businessSeconds(from.getEpochSecond(), to.getEpochSecond());
    }

    /**
     * The first instant t at or after {@code from} with {@code businessSeconds(from, t) >= seconds}:
     * inside a working range, or exactly at the end of one (never at the next opening). {@code from}
     * itself for zero seconds; {@link #NEVER} when the calendar does not open enough again.
     */
    public long reach(long from, long seconds) {
        if (seconds <= 0) {
            return from;
        }
        if (alwaysOpen) {
            return from + seconds;
        }
        long left = seconds;
        OpenRanges ranges = new OpenRanges(from);
        while (ranges.next()) {
            long start = Math.max(ranges.start, from);
            if (ranges.end - start >= left) {
                return start + left;
            }
            left -= ranges.end - start;
        }
        return NEVER;
    }

    /** {@link #reach(long, long)} on instants; null for never. */
    public Instant reach(Instant from, long seconds) {
        long at = reach(from.getEpochSecond(), seconds);
        return at == NEVER ? null : Instant.ofEpochSecond(at);
    }

    /** The working ranges overlapping [from, to), clipped to it, in order: for explanations. */
    public List<long[]> openRanges(long from, long to) {
        List<long[]> result = new ArrayList<>();
        if (alwaysOpen) {
            if (to > from) {
                result.add(new long[] {from, to});
            }
            return result;
        }
        OpenRanges ranges = new OpenRanges(from);
        while (to > from && ranges.next() && ranges.start < to) {
            result.add(new long[] {Math.max(ranges.start, from), Math.min(ranges.end, to)});
        }
        return result;
    }

    /** The local intervals in force on a date: none on a holiday, the override, or the weekday's hours. */
    List<LocalInterval> intervalsOn(LocalDate date) {
        if (holidays.contains(date)) {
            return List.of();
        }
        List<LocalInterval> override = overrides.get(date);
        return override != null ? override : hours.getOrDefault(date.getDayOfWeek(), List.of());
    }

    private long[] mappedRanges(long epochDay) {
        long[] cached = dayCache.get(epochDay);
        if (cached != null) {
            return cached;
        }
        LocalDate date = LocalDate.ofEpochDay(epochDay);
        List<long[]> ranges = new ArrayList<>();
        for (LocalInterval interval : intervalsOn(date)) {
            long start = ZonedDateTime.of(date, interval.start(), zone).toEpochSecond();
            long end = interval.endsAtMidnightAfter()
                    ? ZonedDateTime.of(date.plusDays(1), LocalTime.MIDNIGHT, zone).toEpochSecond()
                    : ZonedDateTime.of(date, interval.end(), zone).toEpochSecond();
            if (end > start) { // a range whose mapped end is not after its start is empty
                ranges.add(new long[] {start, end});
            }
        }
        long[] merged = flatten(merge(ranges));
        if (dayCache.size() > CACHE_LIMIT) {
            dayCache.clear();
        }
        dayCache.put(epochDay, merged);
        return merged;
    }

    private static List<long[]> merge(List<long[]> ranges) {
        ranges.sort((a, b) -> Long.compare(a[0], b[0]));
        List<long[]> merged = new ArrayList<>();
        for (long[] range : ranges) {
            long[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && range[0] <= last[1]) {
                last[1] = Math.max(last[1], range[1]);
            } else {
                merged.add(range.clone());
            }
        }
        return merged;
    }

    private static long[] flatten(List<long[]> ranges) {
        long[] flat = new long[ranges.size() * 2];
        for (int i = 0; i < ranges.size(); i++) {
            flat[2 * i] = ranges.get(i)[0];
            flat[2 * i + 1] = ranges.get(i)[1];
        }
        return flat;
    }

    /**
     * Walks the union of the mapped ranges, in order, from an instant on. A local date's ranges lie
     * within 18 hours (the largest offset java.time allows) of that date read as UTC, so once the
     * dates up to D are loaded, a merged range ending before the UTC start of D+1 minus 18 hours can
     * no longer grow: it is final.
     */
    private final class OpenRanges {
        private static final long MAX_OFFSET = ZoneOffset.MAX.getTotalSeconds();
        private final List<long[]> pending = new ArrayList<>();
        private final long from;
        private final long lastDay;
        private long nextDay;
        long start;
        long end;

        OpenRanges(long from) {
            this.from = from;
            this.nextDay = Math.floorDiv(from, 86_400L) - 2;
            this.lastDay = lastOpenDay == Long.MAX_VALUE ? nextDay + MAX_SCAN_DAYS : lastOpenDay + 1;
        }

        /** Moves to the next range ending after {@code from}; false when there is none. */
        boolean next() {
            while (true) {
                boolean exhausted = nextDay > lastDay;
                if (!pending.isEmpty() && (exhausted || pending.get(0)[1] < nextDay * 86_400L - MAX_OFFSET)) {
                    long[] range = pending.remove(0);
                    if (range[1] > from) {
                        start = range[0];
                        end = range[1];
                        return true;
                    }
                } else if (exhausted) {
                    return false;
                } else {
                    long[] day = mappedRanges(nextDay++);
                    boolean ordered = day.length == 0 || pending.isEmpty() || pending.get(pending.size() - 1)[1] < day[0];
                    for (int i = 0; i < day.length; i += 2) {
                        pending.add(new long[] {day[i], day[i + 1]});
                    }
                    if (!ordered) { // a 24:00 end, or a DST gap, made this date's ranges touch earlier ones
                        List<long[]> merged = merge(new ArrayList<>(pending));
                        pending.clear();
                        pending.addAll(merged);
                    }
                }
            }
        }
    }
}

package io.deskpulse.ingestion.simulator;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.SUNDAY;
import static java.time.DayOfWeek.THURSDAY;
import static java.time.DayOfWeek.TUESDAY;
import static java.time.DayOfWeek.WEDNESDAY;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.Set;

/**
 * When an agent works, in the local time of their region: starting at {@code start} on each of
 * {@code days}, for {@code length} (a night shift runs past midnight into the next day).
 */
record Shift(String name, Set<DayOfWeek> days, LocalTime start, Duration length) {

    private static final Set<DayOfWeek> WEEKDAYS = EnumSet.range(MONDAY, FRIDAY);

    static final Shift EARLY = new Shift("early", WEEKDAYS, LocalTime.of(7, 0), Duration.ofHours(9));
    static final Shift DAY = new Shift("day", WEEKDAYS, LocalTime.of(9, 0), Duration.ofHours(9));
    static final Shift LATE = new Shift("late", WEEKDAYS, LocalTime.of(13, 0), Duration.ofHours(9));
    /** Sunday to Thursday evenings: the nights before working days. */
    static final Shift NIGHT = new Shift("night", EnumSet.of(SUNDAY, MONDAY, TUESDAY, WEDNESDAY, THURSDAY),
            LocalTime.of(22, 0), Duration.ofHours(9));
    static final Shift WEEKEND = new Shift("weekend", EnumSet.of(SATURDAY, SUNDAY), LocalTime.of(8, 0),
            Duration.ofHours(12));
    static final Shift SATURDAY_MORNING = new Shift("saturday", EnumSet.of(SATURDAY), LocalTime.of(9, 0),
            Duration.ofHours(5));
}

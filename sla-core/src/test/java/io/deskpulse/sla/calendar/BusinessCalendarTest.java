package io.deskpulse.sla.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Business time of SLA-SPEC.md's calendars, on named days and instants. */
class BusinessCalendarTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    /** Mon-Fri 09:00-12:00 and 13:00-18:00, as in the sla-cases. */
    private static final BusinessCalendar CN_OFFICE = weekdays(SHANGHAI, "09:00-12:00", "13:00-18:00");

    private static final Instant MONDAY_0900_SHANGHAI = Instant.parse("2026-03-02T01:00:00Z");
    private static final Instant MONDAY_1200_SHANGHAI = Instant.parse("2026-03-02T04:00:00Z");
    private static final Instant MONDAY_1300_SHANGHAI = Instant.parse("2026-03-02T05:00:00Z");
    private static final Instant FRIDAY_1700_SHANGHAI = Instant.parse("2026-03-06T09:00:00Z");
    private static final Instant NEXT_MONDAY_0930_SHANGHAI = Instant.parse("2026-03-09T01:30:00Z");

    @Test
    void lunchBreakCountsNothing() {
        assertEquals(3 * 3600 + 5 * 3600, CN_OFFICE.businessSeconds(MONDAY_0900_SHANGHAI, MONDAY_0900_SHANGHAI.plusSeconds(86_400)));
        assertEquals(0, CN_OFFICE.businessSeconds(MONDAY_1200_SHANGHAI, MONDAY_1300_SHANGHAI));
    }

    @Test
    void aTargetReachedAtTheEndOfAnIntervalIsReachedThereNotAtTheNextOpening() {
        assertEquals(MONDAY_1200_SHANGHAI, CN_OFFICE.reach(MONDAY_0900_SHANGHAI, 3 * 3600));
        assertEquals(MONDAY_1300_SHANGHAI.plusSeconds(1), CN_OFFICE.reach(MONDAY_0900_SHANGHAI, 3 * 3600 + 1));
    }

    @Test
    void zeroSecondsAreReachedAtOnceEvenOutOfHours() {
        Instant lunch = MONDAY_1200_SHANGHAI.plusSeconds(600);
        assertEquals(lunch, CN_OFFICE.reach(lunch, 0));
    }

    @Test
    void theWeekendIsClosed() {
        assertEquals(3600 + 1800, CN_OFFICE.businessSeconds(FRIDAY_1700_SHANGHAI, NEXT_MONDAY_0930_SHANGHAI));
        assertEquals(NEXT_MONDAY_0930_SHANGHAI, CN_OFFICE.reach(FRIDAY_1700_SHANGHAI, 5400));
    }

    @Test
    void holidaysCloseTheDateAndOverridesReplaceItsHours() {
        LocalDate nationalDay = LocalDate.parse("2026-10-01"); // a Thursday
        LocalDate makeUpSaturday = LocalDate.parse("2026-10-10");
        LocalDate closedMonday = LocalDate.parse("2026-10-12");
        BusinessCalendar calendar = BusinessCalendar.of("cn", SHANGHAI, hours(List.of(
                        DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY),
                        "09:00-18:00"),
                Set.of(nationalDay), Map.of(makeUpSaturday, List.of(LocalInterval.parse("09:00-12:00")), closedMonday, List.of()));
        assertEquals(0, calendar.businessSeconds(localStart(nationalDay, SHANGHAI), localStart(nationalDay.plusDays(1), SHANGHAI)));
        assertEquals(3 * 3600, calendar.businessSeconds(localStart(makeUpSaturday, SHANGHAI),
                localStart(makeUpSaturday.plusDays(1), SHANGHAI)));
        assertEquals(0, calendar.businessSeconds(localStart(closedMonday, SHANGHAI), localStart(closedMonday.plusDays(1), SHANGHAI)));
    }

    @Test
    void springForwardInNewYorkHasAShorterNight() {
        // Sunday 2026-03-08 00:00-04:00 local: 00:00 EST (05:00Z) to 04:00 EDT (08:00Z), 3 real hours
        BusinessCalendar sundayNights = BusinessCalendar.of("ny", NEW_YORK, hours(List.of(DayOfWeek.SUNDAY), "00:00-04:00"),
                Set.of(), Map.of());
        Instant sunday = Instant.parse("2026-03-08T00:00:00Z");
        assertEquals(3 * 3600, sundayNights.businessSeconds(sunday, sunday.plusSeconds(86_400)));
        assertEquals(Instant.parse("2026-03-08T07:00:00Z"), sundayNights.reach(Instant.parse("2026-03-08T05:00:00Z"), 7200));
    }

    @Test
    void anIntervalInsideTheSpringGapIsEmptyAndOverlapsAreCountedOnce() {
        // 02:30 does not exist on 2026-03-08: it maps to 03:30 EDT (07:30Z), after 03:00 EDT (07:00Z)
        BusinessCalendar gap = BusinessCalendar.of("gap", NEW_YORK, hours(List.of(DayOfWeek.SUNDAY), "02:30-03:00"),
                Set.of(), Map.of());
        Instant sunday = Instant.parse("2026-03-08T00:00:00Z");
        assertEquals(0, gap.businessSeconds(sunday, sunday.plusSeconds(86_400)));
        // 01:00-02:30 maps to 06:00Z-07:30Z and 03:00-04:00 to 07:00Z-08:00Z: their union is 2 hours
        BusinessCalendar overlapping = BusinessCalendar.of("overlap", NEW_YORK,
                hours(List.of(DayOfWeek.SUNDAY), "01:00-02:30", "03:00-04:00"), Set.of(), Map.of());
        assertEquals(2 * 3600, overlapping.businessSeconds(sunday, sunday.plusSeconds(86_400)));
    }

    @Test
    void fallBackInNewYorkTakesTheEarlierOffset() {
        // Sunday 2026-11-01 00:00-04:00: 00:00 EDT (04:00Z) to 04:00 EST (09:00Z), 5 real hours;
        // 01:30-02:30: 01:30 is ambiguous -> EDT (05:30Z), 02:30 EST (07:30Z): 2 hours
        Instant sunday = Instant.parse("2026-11-01T00:00:00Z");
        BusinessCalendar night = BusinessCalendar.of("ny", NEW_YORK, hours(List.of(DayOfWeek.SUNDAY), "00:00-04:00"),
                Set.of(), Map.of());
        assertEquals(5 * 3600, night.businessSeconds(sunday, sunday.plusSeconds(86_400)));
        BusinessCalendar ambiguous = BusinessCalendar.of("ny", NEW_YORK, hours(List.of(DayOfWeek.SUNDAY), "01:30-02:30"),
                Set.of(), Map.of());
        assertEquals(List.of(Instant.parse("2026-11-01T05:30:00Z"), Instant.parse("2026-11-01T07:30:00Z")),
                ranges(ambiguous, sunday, sunday.plusSeconds(86_400)).get(0));
    }

    @Test
    void berlinDstDaysHaveTheirTrueLength() {
        BusinessCalendar allDay = BusinessCalendar.of("berlin", BERLIN, hours(List.of(DayOfWeek.SUNDAY), "00:00-24:00"),
                Set.of(), Map.of());
        LocalDate spring = LocalDate.parse("2026-03-29");
        LocalDate autumn = LocalDate.parse("2026-10-25");
        assertEquals(23 * 3600, allDay.businessSeconds(localStart(spring, BERLIN), localStart(spring.plusDays(1), BERLIN)));
        assertEquals(25 * 3600, allDay.businessSeconds(localStart(autumn, BERLIN), localStart(autumn.plusDays(1), BERLIN)));
    }

    @Test
    void twentyFourHundredJoinsTheNextDayWithoutAGap() {
        BusinessCalendar nights = BusinessCalendar.of("n", SHANGHAI,
                Map.of(DayOfWeek.MONDAY, List.of(LocalInterval.parse("22:00-24:00")),
                        DayOfWeek.TUESDAY, List.of(LocalInterval.parse("00:00-02:00"))), Set.of(), Map.of());
        Instant monday2200 = Instant.parse("2026-03-02T14:00:00Z");
        assertEquals(List.of(List.of(monday2200, monday2200.plusSeconds(4 * 3600))),
                ranges(nights, monday2200.minusSeconds(3600), monday2200.plusSeconds(86_400)));
        assertEquals(monday2200.plusSeconds(3 * 3600), nights.reach(monday2200, 3 * 3600));
    }

    @Test
    void aCalendarThatNeverOpensAgainHasNoDueInstant() {
        BusinessCalendar once = BusinessCalendar.of("once", SHANGHAI, Map.of(), Set.of(),
                Map.of(LocalDate.parse("2026-03-02"), List.of(LocalInterval.parse("09:00-10:00"))));
        assertEquals(MONDAY_0900_SHANGHAI.plusSeconds(1800), once.reach(MONDAY_0900_SHANGHAI, 1800));
        assertNull(once.reach(MONDAY_0900_SHANGHAI, 3601));
        assertNull(BusinessCalendar.of("never", SHANGHAI, Map.of(), Set.of(), Map.of()).reach(MONDAY_0900_SHANGHAI, 1));
    }

    @Test
    void alwaysOpenCountsEverySecond() {
        BusinessCalendar always = BusinessCalendar.alwaysOpen("always", ZoneId.of("UTC"));
        assertEquals(86_400, always.businessSeconds(MONDAY_0900_SHANGHAI, MONDAY_0900_SHANGHAI.plusSeconds(86_400)));
        assertEquals(MONDAY_0900_SHANGHAI.plusSeconds(90), always.reach(MONDAY_0900_SHANGHAI, 90));
    }

    private static BusinessCalendar weekdays(ZoneId zone, String... intervals) {
        return BusinessCalendar.of("weekdays", zone, hours(List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
                DayOfWeek.THURSDAY, DayOfWeek.FRIDAY), intervals), Set.of(), Map.of());
    }

    private static Map<DayOfWeek, List<LocalInterval>> hours(List<DayOfWeek> days, String... intervals) {
        Map<DayOfWeek, List<LocalInterval>> hours = new EnumMap<>(DayOfWeek.class);
        List<LocalInterval> parsed = java.util.Arrays.stream(intervals).map(LocalInterval::parse).toList();
        days.forEach(day -> hours.put(day, parsed));
        return hours;
    }

    private static Instant localStart(LocalDate date, ZoneId zone) {
        return date.atStartOfDay(zone).toInstant();
    }

    private static List<List<Instant>> ranges(BusinessCalendar calendar, Instant from, Instant to) {
        return calendar.openRanges(from.getEpochSecond(), to.getEpochSecond()).stream()
                .map(r -> List.of(Instant.ofEpochSecond(r[0]), Instant.ofEpochSecond(r[1])))
                .toList();
    }
}

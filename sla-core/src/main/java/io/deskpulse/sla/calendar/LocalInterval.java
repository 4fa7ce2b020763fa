package io.deskpulse.sla.calendar;

import java.time.LocalTime;

/**
 * A working interval of one local date, half-open [start, end), in minutes after midnight. The end
 * may be 1440 ({@code 24:00}), meaning midnight at the start of the next date.
 */
public record LocalInterval(int startMinute, int endMinute) {

    public static final int MIDNIGHT_AFTER = 24 * 60;

    public LocalInterval {
        if (startMinute < 0 || startMinute >= MIDNIGHT_AFTER || endMinute <= startMinute || endMinute > MIDNIGHT_AFTER) {
            throw new IllegalArgumentException("not a working interval: " + startMinute + "-" + endMinute);
        }
    }

    /**
     * Parses {@code HH:MM-HH:MM}; {@code 24:00} only as an end.
     *
     * @throws IllegalArgumentException with a message fit for a configuration error
     */
    public static LocalInterval parse(String text) {
        if (!text.matches("([01]\\d|2[0-3]):[0-5]\\d-(([01]\\d|2[0-3]):[0-5]\\d|24:00)")) {
            throw new IllegalArgumentException("must be HH:MM-HH:MM (24:00 only as an end), got '" + text + "'");
        }
        int start = minutes(text.substring(0, 5));
        int end = minutes(text.substring(6));
        if (end <= start) {
            throw new IllegalArgumentException("must end after it starts, got '" + text + "'");
        }
        return new LocalInterval(start, end);
    }

    private static int minutes(String hhmm) {
        return Integer.parseInt(hhmm.substring(0, 2)) * 60 + Integer.parseInt(hhmm.substring(3));
    }

    public LocalTime start() {
        return LocalTime.of(startMinute / 60, startMinute % 60);
    }

    public boolean endsAtMidnightAfter() {
        return endMinute == MIDNIGHT_AFTER;
    }

    /** The end on the same date; meaningless for {@code 24:00} (see {@link #endsAtMidnightAfter()}). */
    public LocalTime end() {
        return LocalTime.of(endMinute / 60 % 24, endMinute % 60);
    }

    public boolean overlaps(LocalInterval other) {
        return startMinute < other.endMinute && other.startMinute < endMinute;
    }

    @Override
    public String toString() {
        return "%02d:%02d-%02d:%02d".formatted(startMinute / 60, startMinute % 60, endMinute / 60, endMinute % 60);
    }
}

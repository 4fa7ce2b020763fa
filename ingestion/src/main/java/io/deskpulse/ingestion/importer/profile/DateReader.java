package io.deskpulse.ingestion.importer.profile;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAccessor;
import java.time.temporal.TemporalQueries;
import java.text.ParsePosition;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads the date-times of a file: the profile's formats (java.time patterns, e.g. {@code d/M/yyyy H:mm}),
 * then ISO-8601 (what XLSX date cells become). A time without an offset is a wall-clock time in the
 * profile's zone: in a daylight-saving gap it moves forward by the gap, in an overlap it takes the
 * earlier offset. Fractions of seconds are dropped: event times are whole seconds.
 */
public final class DateReader {

    private static final List<DateTimeFormatter> ISO = List.of(
            DateTimeFormatter.ISO_OFFSET_DATE_TIME,
            DateTimeFormatter.ISO_LOCAL_DATE_TIME,
            formatter("uuuu-MM-dd HH:mm[:ss]"),
            DateTimeFormatter.ISO_LOCAL_DATE);

    private final ZoneId zone;
    private final List<String> patterns;
    private final List<DateTimeFormatter> formatters = new ArrayList<>();
    private int lastMatch;

    /** @throws IllegalArgumentException naming the pattern that is not a valid java.time pattern */
    public DateReader(List<String> patterns, ZoneId zone) {
        this.zone = zone;
        this.patterns = List.copyOf(patterns);
        for (String pattern : patterns) {
            try {
                formatters.add(formatter(pattern));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("'" + pattern + "' is not a date pattern: " + e.getMessage(), e);
            }
        }
        formatters.addAll(ISO);
    }

    private static DateTimeFormatter formatter(String pattern) {
        return new DateTimeFormatterBuilder()
                .parseCaseInsensitive()
                .appendPattern(pattern)
                // 'yyyy' is the year of an era: the era is ours, so STRICT can check day and month.
                .parseDefaulting(ChronoField.ERA, 1)
                .toFormatter(Locale.ENGLISH)
                .withResolverStyle(ResolverStyle.STRICT);
    }

    public ZoneId zone() {
        return zone;
    }

    /** The instant written as {@code text}, or null when no format reads it. */
    public Instant parse(String text) {
        // Files use one format throughout: the last one that matched is tried first, in one parse.
        try {
            return instant(formatters.get(lastMatch).parse(text));
        } catch (DateTimeException e) {
            for (int i = 0; i < formatters.size(); i++) {
                Instant instant = i == lastMatch ? null : parse(formatters.get(i), text);
                if (instant != null) {
                    lastMatch = i;
                    return instant;
                }
            }
            return null;
        }
    }

    /** The formats tried, for messages. */
    public String describe() {
        String profiles = patterns.isEmpty() ? "" : String.join(", ", patterns) + ", ";
        return profiles + "ISO-8601 (naive times in " + zone + ")";
    }

    private Instant parse(DateTimeFormatter formatter, String text) {
        ParsePosition position = new ParsePosition(0);
        // The unresolved parse fails without an exception: cheap for the formats that do not match.
        if (formatter.parseUnresolved(text, position) == null || position.getIndex() != text.length()) {
            return null;
        }
        try {
            return instant(formatter.parse(text));
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** @throws DateTimeException when the fields parsed make no date-time */
    private Instant instant(TemporalAccessor parsed) {
        Instant instant;
        if (parsed.isSupported(ChronoField.INSTANT_SECONDS)) {
            instant = Instant.from(parsed);
        } else {
            LocalDate date = parsed.query(TemporalQueries.localDate());
            if (date == null) {
                throw new DateTimeException("no date");
            }
            LocalTime time = parsed.query(TemporalQueries.localTime());
            LocalDateTime local = LocalDateTime.of(date, time == null ? LocalTime.MIDNIGHT : time);
            instant = ZonedDateTime.ofLocal(local, zone, null).toInstant();
        }
        return instant.truncatedTo(ChronoUnit.SECONDS);
    }
}

package io.deskpulse.ingestion.importer.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class DateReaderTest {

    private final DateReader amsterdam = new DateReader(List.of("d/M/yyyy H:mm", "yyyy年M月d日"),
            ZoneId.of("Europe/Amsterdam"));

    @Test
    void naiveTimesAreWallClockTimesOfTheProfilesZone() {
        assertEquals(Instant.parse("2016-02-29T00:16:00Z"), amsterdam.parse("29/2/2016 01:16"));
        assertEquals(Instant.parse("2026-07-01T07:00:00Z"), amsterdam.parse("1/7/2026 9:00"), "summer time");
        assertEquals(Instant.parse("2026-02-28T23:00:00Z"), amsterdam.parse("2026年3月1日"), "a date alone: midnight");
    }

    @Test
    void isoFormsAndOffsetsAreReadAndFractionsDropped() {
        assertEquals(Instant.parse("2026-03-02T09:00:00Z"), amsterdam.parse("2026-03-02T09:00:00.750Z"));
        assertEquals(Instant.parse("2026-03-02T01:00:00Z"), amsterdam.parse("2026-03-02T09:00:00+08:00"));
        assertEquals(Instant.parse("2026-03-02T08:00:00Z"), amsterdam.parse("2026-03-02T09:00:00"), "XLSX date cells");
        assertEquals(Instant.parse("2026-03-02T08:00:00Z"), amsterdam.parse("2026-03-02 09:00"));
    }

    @Test
    void daylightSavingGapsMoveForwardAndOverlapsTakeTheEarlierOffset() {
        assertEquals(Instant.parse("2026-03-29T01:30:00Z"), amsterdam.parse("29/3/2026 2:30"), "02:30 does not exist");
        assertEquals(Instant.parse("2026-10-25T00:30:00Z"), amsterdam.parse("25/10/2026 2:30"), "02:30 happens twice");
    }

    @Test
    void impossibleDatesAndOtherTextAreNotDates() {
        assertNull(amsterdam.parse("30/2/2016 01:16"));
        assertNull(amsterdam.parse("29/2/2015 01:16"));
        assertNull(amsterdam.parse("yesterday"));
        assertNull(amsterdam.parse("29/2/2016 01:16 extra"));
    }
}

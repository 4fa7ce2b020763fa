package io.deskpulse.app.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class TimeToBreachTest {

    private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");

    @Test
    void runningClocksAreOnTrackAtRiskOrOverdueByTheirDueTime() {
        assertThat(TimeToBreach.of(NOW.plusSeconds(3600), "RUNNING", NOW)).isEqualTo(TimeToBreach.ON_TRACK);
        assertThat(TimeToBreach.of(NOW.plusSeconds(600), "RUNNING", NOW)).isEqualTo(TimeToBreach.AT_RISK);
        assertThat(TimeToBreach.of(NOW, "RUNNING", NOW)).isEqualTo(TimeToBreach.OVERDUE);
        assertThat(TimeToBreach.of(NOW.plusSeconds(3600), "BREACHED", NOW)).isEqualTo(TimeToBreach.OVERDUE);
        assertThat(TimeToBreach.of(null, null, NOW)).isEqualTo(TimeToBreach.NO_CLOCK);
    }

    @Test
    void describesTheTimeLeftInMinutes() {
        assertThat(TimeToBreach.describe(NOW.plusSeconds(12 * 60 + 30), NOW)).isEqualTo("12 min");
        assertThat(TimeToBreach.describe(NOW.plusSeconds(65 * 60), NOW)).isEqualTo("1 h 05 min");
        assertThat(TimeToBreach.describe(NOW.plusSeconds(20), NOW)).isEqualTo("< 1 min");
        assertThat(TimeToBreach.describe(NOW.minusSeconds(5 * 60), NOW)).isEqualTo("overdue 5 min");
        assertThat(TimeToBreach.describe(null, NOW)).isEqualTo("no clock counting");
    }
}

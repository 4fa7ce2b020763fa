package io.deskpulse.app.queue.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.deskpulse.app.queue.OpenTicket;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TimeToBreachTest {

    private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");

    @Test
    void runningClocksAreOnTrackAtRiskOrOverdueByTheirDueTime() {
        assertThat(TimeToBreach.of(running(NOW.plusSeconds(3600)), NOW)).isEqualTo(TimeToBreach.ON_TRACK);
        assertThat(TimeToBreach.of(running(NOW.plusSeconds(600)), NOW)).isEqualTo(TimeToBreach.AT_RISK);
        assertThat(TimeToBreach.of(running(NOW), NOW)).isEqualTo(TimeToBreach.OVERDUE);
        assertThat(TimeToBreach.of(ticket(NOW.plusSeconds(3600), "BREACHED"), NOW)).isEqualTo(TimeToBreach.OVERDUE);
        assertThat(TimeToBreach.of(ticket(null, ""), NOW)).isEqualTo(TimeToBreach.NO_CLOCK);
    }

    @Test
    void describesTheTimeLeftInMinutes() {
        assertThat(TimeToBreach.describe(running(NOW.plusSeconds(12 * 60 + 30)), NOW)).isEqualTo("12 min");
        assertThat(TimeToBreach.describe(running(NOW.plusSeconds(65 * 60)), NOW)).isEqualTo("1 h 05 min");
        assertThat(TimeToBreach.describe(running(NOW.plusSeconds(20)), NOW)).isEqualTo("< 1 min");
        assertThat(TimeToBreach.describe(running(NOW.minusSeconds(5 * 60)), NOW)).isEqualTo("overdue 5 min");
        assertThat(TimeToBreach.describe(ticket(null, ""), NOW)).isEqualTo("no clock counting");
    }

    private static OpenTicket running(Instant due) {
        return ticket(due, "RUNNING");
    }

    private static OpenTicket ticket(Instant due, String state) {
        return new OpenTicket("T-1", "subject", "P2", "emea", "desk", "NEW", due, state);
    }
}

package io.deskpulse.sla;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class FirstResponseSlaTest {

    @Test
    void dueIsCreationPlusTargetAroundTheClock() {
        Instant lateFriday = Instant.parse("2026-03-06T23:50:00Z");
        assertEquals(Instant.parse("2026-03-07T00:20:00Z"), FirstResponseSla.DEFAULT.dueAt(lateFriday));
        assertEquals(1800, FirstResponseSla.DEFAULT.targetSeconds());
    }

    @Test
    void targetMustBePositive() {
        assertThrows(IllegalArgumentException.class, () -> new FirstResponseSla("p", Duration.ZERO));
    }
}

package io.deskpulse.ingestion.simulator;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.deskpulse.events.DecodeResult;
import io.deskpulse.events.TicketEventCodec;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class SimulatorDeterminismTest {

    private static final Instant END = Instant.parse("2026-11-02T00:00:00Z");

    @Test
    void theSameSeedAndSettingsGiveTheSameBytes() throws IOException {
        byte[] first = ndjson(new SimulationSettings(7, 400), END, 5);
        byte[] second = ndjson(new SimulationSettings(7, 400), END, 5);

        assertTrue(first.length > 100_000, "a few days make a sizeable file, got " + first.length + " bytes");
        assertArrayEquals(first, second);
    }

    @Test
    void anotherSeedGivesOtherEvents() throws IOException {
        byte[] seven = ndjson(new SimulationSettings(7, 400), END, 5);
        byte[] eight = ndjson(new SimulationSettings(8, 400), END, 5);

        assertFalse(Arrays.equals(seven, eight));
    }

    @Test
    void runsOfOtherSettingsUseOtherTicketIds() throws IOException {
        String first = firstTicketId(ndjson(new SimulationSettings(7, 400), END, 5));
        String otherEnd = firstTicketId(ndjson(new SimulationSettings(7, 400), END.plusSeconds(3600), 5));
        String otherSize = firstTicketId(ndjson(new SimulationSettings(7, 500), END, 5));

        assertTrue(first.startsWith("SIM-"), first);
        assertFalse(first.equals(otherEnd) || first.equals(otherSize),
                "two demo runs must not reuse each other's ticket ids: " + first + ", " + otherEnd + ", " + otherSize);
    }

    @Test
    void theEndIsAWholeSecond() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () ->
                History.generate(new SimulationSettings(1, 10), END.plusMillis(500), 1, event -> { }));
        assertEquals("the end must be a whole second, got 2026-11-02T00:00:00.500Z", refused.getMessage());
    }

    private static byte[] ndjson(SimulationSettings settings, Instant end, int days) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (NdjsonSink sink = new NdjsonSink(bytes)) {
            History.generate(settings, end, days, sink);
        }
        return bytes.toByteArray();
    }

    private static String firstTicketId(byte[] ndjson) {
        int lineEnd = 0;
        while (ndjson[lineEnd] != '\n') {
            lineEnd++;
        }
        return ((DecodeResult.Accepted) TicketEventCodec.decode(ndjson, 0, lineEnd)).event().ticketId();
    }
}

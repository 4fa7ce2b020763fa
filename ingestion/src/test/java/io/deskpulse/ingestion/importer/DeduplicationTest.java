package io.deskpulse.ingestion.importer;

import static io.deskpulse.ingestion.importer.ImportCommand.events;
import static io.deskpulse.ingestion.importer.ImportCommand.sample;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.deskpulse.events.TicketEvent;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeduplicationTest {

    @TempDir
    Path dir;

    @Test
    void theSameRowGivesTheSameEventIdsOnEveryRun() {
        Path first = dir.resolve("first.ndjson");
        Path second = dir.resolve("second.ndjson");

        importFile(sample("tickets.csv"), first, dir.resolve("ledger-1"));
        importFile(sample("tickets.csv"), second, dir.resolve("ledger-2"));

        List<UUID> ids = events(first).stream().map(TicketEvent::eventId).toList();
        assertEquals(7, ids.size());
        assertEquals(7, ids.stream().distinct().count());
        assertEquals(ids, events(second).stream().map(TicketEvent::eventId).toList());
    }

    @Test
    void aRepeatedRowIsSkippedAndCounted() throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(Path.of(sample("tickets.csv"))));
        lines.add(lines.get(1)); // T-1 again
        Path file = Files.write(dir.resolve("repeated.csv"), lines, StandardCharsets.UTF_8);
        Path out = dir.resolve("events.ndjson");

        ImportCommand run = importFile(file.toString(), out, dir.resolve("ledger"));

        assertEquals(Import.OK, run.status(), run.toString());
        assertEquals(4, run.count("rows read"));
        assertEquals(1, run.count("repeated rows"));
        assertEquals(3, run.count("tickets"));
        assertEquals(7, run.count("events published"));
        assertEquals(7, events(out).size());
    }

    @Test
    void aSecondRunOfTheSameFilePublishesOnlyWhatIsNew() throws IOException {
        Path out = dir.resolve("events.ndjson");
        Path ledger = dir.resolve("ledger.ids");
        ImportCommand first = importFile(sample("tickets.csv"), out, ledger);
        assertEquals(7, first.count("events published"));

        ImportCommand again = importFile(sample("tickets.csv"), out, ledger);

        assertEquals(Import.OK, again.status(), again.toString());
        assertEquals(0, again.count("events published"));
        assertEquals(7, again.count("already imported"));
        assertEquals(7, events(out).size(), "nothing appended");

        // The export of a week later: T-2 was resolved since.
        List<String> lines = new ArrayList<>(Files.readAllLines(Path.of(sample("tickets.csv"))));
        lines.set(2, lines.get(2).replaceFirst(",,,,$", ",,,02-03-2026 16:00,"));
        Path later = Files.write(dir.resolve("later.csv"), lines, StandardCharsets.UTF_8);

        ImportCommand update = importFile(later.toString(), out, ledger);

        assertEquals(1, update.count("events published"), update.toString());
        assertEquals(7, update.count("already imported"));
        TicketEvent resolved = events(out).getLast();
        assertEquals("T-2 TICKET_RESOLVED 2026-03-02T15:00:00Z",
                resolved.ticketId() + " " + resolved.type() + " " + resolved.occurredAt());
    }

    @Test
    void aMissingOutputFileStartsItsLedgerOver() throws IOException {
        Path out = dir.resolve("events.ndjson");
        Path ledger = dir.resolve("ledger.ids");
        importFile(sample("tickets.csv"), out, ledger);
        Files.delete(out);

        ImportCommand again = importFile(sample("tickets.csv"), out, ledger);

        assertEquals(7, again.count("events published"));
        assertTrue(again.err().contains("forgotten"), again.err());
        assertEquals(7, events(out).size());
    }

    private ImportCommand importFile(String file, Path out, Path ledger) {
        return ImportCommand.run("--profile", sample("tickets.json"), file, "--out", out.toString(),
                "--ledger", ledger.toString());
    }
}

package io.deskpulse.ingestion.importer;

import static io.deskpulse.ingestion.importer.ImportCommand.events;
import static io.deskpulse.ingestion.importer.ImportCommand.sample;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.deskpulse.events.TicketEvent;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RejectedRowsTest {

    @TempDir
    Path dir;

    @Test
    void everyProblemIsReportedWithRowColumnValueAndReasonAndTheValidRowsAreImported() throws IOException {
        Path out = dir.resolve("events.ndjson");
        Path rejects = dir.resolve("rejects.csv");

        ImportCommand run = ImportCommand.run("--profile", sample("tickets.json"), sample("tickets-with-problems.csv"),
                "--out", out.toString(), "--rejects", rejects.toString(), "--ledger", dir.resolve("ledger").toString());

        assertEquals(Import.REJECTED, run.status(), run.toString());
        List<CSVRecord> report = read(rejects);
        assertEquals(List.of("row", "column", "value", "reason"), report.getFirst().toList());
        assertEquals(List.of(
                        "3|Priority|whenever",
                        "4|Created|31-02-2026 10:00",
                        "5|Created|",
                        "6|Resolved|02-03-2026 11:00",
                        "8|Customer|C-" + "x".repeat(130),
                        "9|Channel|fax"),
                report.stream().skip(1).map(r -> r.get(0) + "|" + r.get(1) + "|" + r.get(2)).toList());
        List<String> reasons = report.stream().skip(1).map(r -> r.get(3)).toList();
        assertTrue(reasons.get(0).contains("not a priority"), reasons.get(0));
        assertTrue(reasons.get(1).contains("not a date-time"), reasons.get(1));
        assertTrue(reasons.get(2).contains("required"), reasons.get(2));
        assertTrue(reasons.get(3).contains("before createdAt"), reasons.get(3));
        assertTrue(reasons.get(4).contains("'customerId'") && reasons.get(4).contains("longer than 128"), reasons.get(4));
        assertTrue(reasons.get(5).contains("not a channel"), reasons.get(5));

        assertEquals(List.of("R-1", "R-1", "R-8", "R-8"), events(out).stream().map(TicketEvent::ticketId).toList());
        assertEquals(8, run.count("rows read"));
        assertEquals(6, run.count("rejected rows"));
        assertEquals(4, run.count("events published"));
        assertTrue(run.err().contains("row 3, column Priority, value 'whenever'"), run.err());
    }

    @Test
    void aDryRunChecksEverythingAndPublishesNothing() throws IOException {
        Path out = dir.resolve("events.ndjson");
        Path rejects = dir.resolve("rejects.csv");
        Path ledger = dir.resolve("ledger");

        ImportCommand run = ImportCommand.run("--profile", sample("tickets.json"), sample("tickets-with-problems.csv"),
                "--dry-run", "--out", out.toString(), "--rejects", rejects.toString(), "--ledger", ledger.toString());

        assertEquals(Import.REJECTED, run.status(), run.toString());
        assertFalse(Files.exists(out), "nothing written");
        assertFalse(Files.exists(ledger), "nothing recorded");
        assertEquals(4, run.count("events to publish"));
        assertEquals(6, run.count("rejected rows"));
        assertEquals(7, read(rejects).size(), "the report is written in a dry run too");
        assertTrue(run.err().contains("6 problem(s)"), run.err());
    }

    @Test
    void aCleanFileGivesAnEmptyReportWhenOneIsAskedFor() throws IOException {
        Path rejects = dir.resolve("rejects.csv");

        ImportCommand run = ImportCommand.run("--profile", sample("tickets.json"), sample("tickets.csv"), "--dry-run",
                "--rejects", rejects.toString(), "--ledger", dir.resolve("ledger").toString());

        assertEquals(Import.OK, run.status(), run.toString());
        assertEquals(1, read(rejects).size());
    }

    private static List<CSVRecord> read(Path report) throws IOException {
        try (Reader in = Files.newBufferedReader(report, StandardCharsets.UTF_8)) {
            assertEquals('\uFEFF', in.read(), "a byte-order mark, for Excel");
            return CSVFormat.RFC4180.parse(in).getRecords();
        }
    }
}

package io.deskpulse.ingestion.importer;

import static io.deskpulse.ingestion.importer.ImportCommand.sample;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the user sees when the command cannot run: one clear line and exit status 2, no stack trace. */
class CommandLineTest {

    @TempDir
    Path dir;

    @Test
    void missingProfileOrFileOrUnknownOptionPrintsTheUsage() {
        assertUsage(ImportCommand.run(sample("tickets.csv")), "--profile is required");
        assertUsage(ImportCommand.run("--profile", "servicenow-incident"), "the file to import is missing");
        assertUsage(ImportCommand.run("--profile", "servicenow-incident", "a.csv", "--speed", "max"),
                "--speed is not an option");
        assertUsage(ImportCommand.run("--profile", "servicenow-incident", "a.csv", "--out", "x", "--topic", "t"),
                "--out writes a file instead of publishing");
        assertEquals(Import.OK, ImportCommand.run("--help").status());
    }

    @Test
    void anUnknownProfileNamesTheShippedOnes() {
        ImportCommand run = ImportCommand.run("--profile", "zendesk", sample("tickets.csv"), "--dry-run");

        assertError(run, "profile zendesk: no such file, and no shipped profile of that name (shipped: "
                + "servicenow-incident, spreadsheet-cn)");
    }

    @Test
    void aProfileMistakeNamesItsKey() throws IOException {
        Path profile = Files.writeString(dir.resolve("typo.json"), """
                {"kind": "ticket-per-row", "fields": {
                  "ticketId": {"column": "Ticket"}, "createdAt": {"column": "Created"},
                  "customerTier": {"default": "STANDARD"}, "region": {"default": "east"},
                  "category": {"default": "misc"}, "priority": {"colum": "Priority"}, "channel": {"default": "web"}}}
                """);

        ImportCommand run = ImportCommand.run("--profile", profile.toString(), sample("tickets.csv"), "--dry-run");

        assertError(run, "key 'fields.priority.colum' is not a key of a profile here");
    }

    @Test
    void aColumnMissingFromTheFileIsNamedWithTheColumnsThereAre() throws IOException {
        Path file = Files.writeString(dir.resolve("short.csv"), "Ticket,Created\nT-1,02-03-2026 09:00\n",
                StandardCharsets.UTF_8);

        ImportCommand run = ImportCommand.run("--profile", sample("tickets.json"), file.toString(), "--dry-run",
                "--ledger", dir.resolve("ledger").toString());

        assertError(run, "short.csv: missing the columns Category+Subcategory (category), Priority (priority) that "
                + "profile tickets needs; the file's columns are [Ticket, Created]");
        assertFalse(run.err().contains("warning"), "nothing else to read: " + run.err());
    }

    @Test
    void aFileThatIsNotThereOrNotAWorkbook() throws IOException {
        assertError(ImportCommand.run("--profile", "servicenow-incident", dir.resolve("none.csv").toString(),
                "--dry-run"), "none.csv: no such readable file");
        Path fake = Files.writeString(dir.resolve("fake.xlsx"), "not a zip");
        assertError(ImportCommand.run("--profile", "servicenow-incident", fake.toString(), "--dry-run"),
                "fake.xlsx: not an XLSX workbook");
        Path unclosed = Files.writeString(dir.resolve("unclosed.csv"),
                "Ticket,Created,Category,Priority\nT-1,02-03-2026 09:00,misc,P1\n\"T-2,02-03-2026 09:00,misc,P1\n");
        assertError(ImportCommand.run("--profile", sample("tickets.json"), unclosed.toString(), "--dry-run",
                "--ledger", dir.resolve("ledger").toString()), "unclosed.csv: row 3: not valid CSV");
    }

    private static void assertUsage(ImportCommand run, String message) {
        assertError(run, message);
        assertTrue(run.err().contains("usage: bin/import"), run.err());
    }

    private static void assertError(ImportCommand run, String message) {
        assertEquals(Import.INVALID, run.status(), run.toString());
        assertTrue(run.err().contains(message), run.err());
        assertFalse(run.err().contains("\tat ") || run.err().contains("Exception"), "no stack trace: " + run.err());
    }
}

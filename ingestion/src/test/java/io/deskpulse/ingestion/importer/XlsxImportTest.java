package io.deskpulse.ingestion.importer;

import static io.deskpulse.ingestion.importer.ImportCommand.events;
import static io.deskpulse.ingestion.importer.ImportCommand.sample;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.deskpulse.events.Channel;
import io.deskpulse.events.Priority;
import io.deskpulse.events.TicketAssigned;
import io.deskpulse.events.TicketCreated;
import io.deskpulse.events.TicketEvent;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XlsxImportTest {

    private static final String[] HEADER = {"Ticket", "Created", "Customer", "Tier", "Region", "Category", "Subcategory",
        "Priority", "Channel", "Subject", "Agent", "Assigned", "Resolved", "Closed"};

    @TempDir
    Path dir;

    @Test
    void dateCellsTextCellsNumbersAndGapsOfAWorkbook() throws IOException {
        Path workbook = dir.resolve("tickets.xlsx");
        try (SXSSFWorkbook book = new SXSSFWorkbook(100); OutputStream out = Files.newOutputStream(workbook)) {
            Sheet sheet = book.createSheet("export");
            CellStyle dateTime = book.createCellStyle();
            dateTime.setDataFormat(book.createDataFormat().getFormat("yyyy-mm-dd hh:mm"));
            header(sheet);
            Row dated = sheet.createRow(1);
            dated.createCell(0).setCellValue("X-1");
            dated.createCell(1).setCellValue(LocalDateTime.parse("2026-03-02T09:00:00"));
            dated.getCell(1).setCellStyle(dateTime);
            dated.createCell(2).setCellValue(1001);
            dated.createCell(3).setCellValue("b");
            dated.createCell(4).setCellValue("East");
            dated.createCell(5).setCellValue("Hardware");
            // Subcategory (5) left out of the XML: a gap in the row.
            dated.createCell(7).setCellValue("high");
            dated.createCell(8).setCellValue("email");
            dated.createCell(9).setCellValue("Screen flickers");
            dated.createCell(10).setCellValue("agent-7");
            dated.createCell(11).setCellValue(LocalDateTime.parse("2026-03-02T09:30:00"));
            dated.getCell(11).setCellStyle(dateTime);
            Row text = sheet.createRow(3); // row 3 (index 2) left out entirely: a blank row
            text.createCell(0).setCellValue("X-2");
            text.createCell(1).setCellValue("02-03-2026 10:15");
            text.createCell(4).setCellValue("West");
            text.createCell(5).setCellValue("Software");
            text.createCell(6).setCellValue("Mail");
            text.createCell(7).setCellValue("P4");
            book.write(out);
        }
        Path out = dir.resolve("events.ndjson");

        ImportCommand run = ImportCommand.run("--profile", sample("tickets.json"), workbook.toString(),
                "--out", out.toString(), "--ledger", dir.resolve("ledger").toString());

        assertEquals(Import.OK, run.status(), run.toString());
        List<TicketEvent> events = events(out);
        assertEquals(3, events.size(), events.toString());
        assertEquals(new TicketCreated(events.get(0).eventId(), "X-1", Instant.parse("2026-03-02T08:00:00Z"), "import",
                "1001", "VIP2", "east", null, "hardware", Priority.P2, Channel.EMAIL, "Screen flickers"), events.get(0));
        assertEquals(new TicketAssigned(events.get(1).eventId(), "X-1", Instant.parse("2026-03-02T08:30:00Z"), "import",
                "agent-7", null), events.get(1));
        assertEquals(new TicketCreated(events.get(2).eventId(), "X-2", Instant.parse("2026-03-02T09:15:00Z"), "import",
                null, "STANDARD", "west", null, "software/mail", Priority.P4, Channel.WEB, null), events.get(2));
        assertEquals(2, run.count("rows read"));
    }

    @Test
    void aWorkbookGivesTheSameEventsAsTheSameRowsInCsv() throws IOException {
        Path workbook = dir.resolve("same.xlsx");
        List<String> lines = List.of(
                "T-1|02-03-2026 09:00|C-1|A|East|Hardware|Printer|urgent|phone|Printer jams, again|agent-1|02-03-2026 09:05|02-03-2026 11:00|03-03-2026 09:00",
                "T-2|02-03-2026 10:30|C-2||West|Software||P2|email|He said \"it's broken\"||||",
                "T-3|02-03-2026 12:00|C-3|c|north|Network|VPN|low|chat|Line one\nline two|agent-2|||");
        try (SXSSFWorkbook book = new SXSSFWorkbook(100); OutputStream out = Files.newOutputStream(workbook)) {
            Sheet sheet = book.createSheet();
            header(sheet);
            for (int r = 0; r < lines.size(); r++) {
                String[] cells = lines.get(r).split("\\|", -1);
                Row row = sheet.createRow(r + 1);
                for (int c = 0; c < cells.length; c++) {
                    if (!cells[c].isEmpty()) {
                        row.createCell(c).setCellValue(cells[c]);
                    }
                }
            }
            book.write(out);
        }
        Path fromWorkbook = dir.resolve("workbook.ndjson");
        Path fromCsv = dir.resolve("csv.ndjson");

        ImportCommand.run("--profile", sample("tickets.json"), workbook.toString(), "--out", fromWorkbook.toString(),
                "--ledger", dir.resolve("ledger-1").toString());
        ImportCommand.run("--profile", sample("tickets.json"), sample("tickets.csv"), "--out", fromCsv.toString(),
                "--ledger", dir.resolve("ledger-2").toString());

        assertEquals(7, events(fromCsv).size());
        assertEquals(events(fromCsv), events(fromWorkbook));
    }

    private static void header(Sheet sheet) {
        Row header = sheet.createRow(0);
        for (int c = 0; c < HEADER.length; c++) {
            header.createCell(c).setCellValue(HEADER[c]);
        }
    }
}

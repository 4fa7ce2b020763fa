package io.deskpulse.ingestion.importer;

import static io.deskpulse.ingestion.importer.ImportCommand.events;
import static io.deskpulse.ingestion.importer.ImportCommand.sample;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.deskpulse.events.Channel;
import io.deskpulse.events.EventType;
import io.deskpulse.events.Priority;
import io.deskpulse.events.TicketAssigned;
import io.deskpulse.events.TicketClosed;
import io.deskpulse.events.TicketCreated;
import io.deskpulse.events.TicketEvent;
import io.deskpulse.events.TicketResolved;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvImportTest {

    @TempDir
    Path dir;

    @Test
    void quotedFieldsWithCommasQuotesAndLineBreaksBecomeOneTicketPerRowInTimeOrder() {
        List<TicketEvent> events = importToFile("tickets.csv");

        assertEquals(List.of(
                        "T-1 TICKET_CREATED 2026-03-02T08:00:00Z",
                        "T-1 TICKET_ASSIGNED 2026-03-02T08:05:00Z",
                        "T-1 TICKET_RESOLVED 2026-03-02T10:00:00Z",
                        "T-1 TICKET_CLOSED 2026-03-03T08:00:00Z",
                        "T-2 TICKET_CREATED 2026-03-02T09:30:00Z",
                        "T-3 TICKET_CREATED 2026-03-02T11:00:00Z",
                        "T-3 TICKET_ASSIGNED 2026-03-02T11:00:00Z"),
                events.stream().map(e -> e.ticketId() + " " + e.type() + " " + e.occurredAt()).toList());
        assertEquals(new TicketCreated(events.get(0).eventId(), "T-1", Instant.parse("2026-03-02T08:00:00Z"), "import",
                "C-1", "VIP1", "east", null, "hardware/printer", Priority.P1, Channel.PHONE, "Printer jams, again"),
                events.get(0));
        assertEquals(new TicketAssigned(events.get(1).eventId(), "T-1", Instant.parse("2026-03-02T08:05:00Z"), "import",
                "agent-1", null), events.get(1));
        assertEquals("agent-1", ((TicketResolved) events.get(2)).agentId());
        assertEquals(EventType.TICKET_CLOSED, ((TicketClosed) events.get(3)).type());
        TicketCreated quotes = (TicketCreated) events.get(4);
        assertEquals("He said \"it's broken\"", quotes.subject());
        assertEquals("STANDARD", quotes.customerTier(), "a blank tier takes the profile's default");
        assertEquals("software", quotes.category(), "a blank subcategory is left out of the path");
        assertEquals(Priority.P2, quotes.priority(), "a value that is not in the map is kept when it is valid");
        TicketCreated lineBreak = (TicketCreated) events.get(5);
        assertEquals("Line one\nline two", lineBreak.subject());
        assertEquals("VIP3", lineBreak.customerTier(), "case is folded before the value map");
        assertEquals("network/vpn", lineBreak.category());
        assertEquals("agent-2", ((TicketAssigned) events.get(6)).agentId(), "an agent alone assigns at creation");
    }

    @Test
    void aByteOrderMarkIsNotPartOfTheFirstColumnsName() {
        List<TicketEvent> withMark = importToFile("tickets-bom.csv");

        assertEquals(importToFile("tickets.csv"), withMark);
    }

    @Test
    void chineseSpreadsheetInGb18030WithValueMapsAndFullWidthInput() {
        Path out = dir.resolve("cn.ndjson");
        ImportCommand run = ImportCommand.run("--profile", "spreadsheet-cn", sample("tickets-gb18030.csv"),
                "--out", out.toString(), "--ledger", dir.resolve("ledger").toString());

        assertEquals(Import.OK, run.status(), run.toString());
        List<TicketEvent> events = events(out);
        assertEquals(List.of("CN-1 TICKET_CREATED", "CN-1 TICKET_ASSIGNED", "CN-1 TICKET_RESOLVED", "CN-2 TICKET_CREATED",
                "CN-3 TICKET_CREATED"), events.stream().map(e -> e.ticketId() + " " + e.type()).toList());
        TicketCreated urgent = (TicketCreated) events.get(0);
        assertEquals(Instant.parse("2026-03-02T01:00:00Z"), urgent.occurredAt(), "naive times are Beijing time");
        assertEquals(Priority.P1, urgent.priority(), "紧急 -> P1");
        assertEquals("VIP1", urgent.customerTier(), "A -> VIP1");
        assertEquals("east", urgent.region());
        assertEquals("硬件/打印机", urgent.category());
        assertEquals(Channel.PHONE, urgent.channel());
        assertEquals("客户1", urgent.customerId());
        assertEquals(new TicketAssigned(events.get(1).eventId(), "CN-1", Instant.parse("2026-03-02T01:10:00Z"), "import",
                "张三", "一线"), events.get(1));
        assertEquals("远程解决", ((TicketResolved) events.get(2)).resolutionCode());
        TicketCreated fullWidth = (TicketCreated) events.get(3);
        assertEquals(Instant.parse("2026-03-02T06:30:00Z"), fullWidth.occurredAt(), "2026/3/2 14:30");
        assertEquals(Priority.P2, fullWidth.priority(), "Ｐ２ -> P2");
        assertEquals("VIP2", fullWidth.customerTier(), "ｂ -> b -> B -> VIP2");
        assertEquals("邮件无法同步", fullWidth.subject(), "ideographic spaces trimmed");
        assertEquals(Channel.WECHAT, fullWidth.channel());
        TicketCreated other = (TicketCreated) events.get(4);
        assertEquals("STANDARD", other.customerTier(), "普通 -> STANDARD");
        assertEquals("other", other.region(), "a region not in the map takes 'otherwise'");
        assertEquals(Priority.P4, other.priority());
    }

    @Test
    void aGb18030FileReadAsUtf8StopsWithAnErrorNamingTheEncoding() {
        ImportCommand run = ImportCommand.run("--profile", "spreadsheet-cn", sample("tickets-gb18030.csv"),
                "--encoding", "UTF-8", "--out", dir.resolve("x.ndjson").toString(),
                "--ledger", dir.resolve("ledger").toString());

        assertEquals(Import.INVALID, run.status(), run.toString());
        assertTrue(run.err().contains("--encoding"), run.err());
        assertTrue(!run.err().contains("Exception"), "no stack trace: " + run.err());
    }

    private List<TicketEvent> importToFile(String sample) {
        Path out = dir.resolve(sample + ".ndjson");
        ImportCommand run = ImportCommand.run("--profile", sample("tickets.json"), sample(sample), "--out", out.toString(),
                "--ledger", dir.resolve(sample + ".ledger").toString());
        assertEquals(Import.OK, run.status(), run.toString());
        return events(out);
    }
}

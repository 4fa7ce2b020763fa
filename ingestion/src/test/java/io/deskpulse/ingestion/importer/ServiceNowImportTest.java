package io.deskpulse.ingestion.importer;

import static io.deskpulse.ingestion.importer.ImportCommand.events;
import static io.deskpulse.ingestion.importer.ImportCommand.sample;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.deskpulse.events.Channel;
import io.deskpulse.events.PriorityChanged;
import io.deskpulse.events.StatusChanged;
import io.deskpulse.events.TicketAssigned;
import io.deskpulse.events.TicketCreated;
import io.deskpulse.events.TicketEvent;
import io.deskpulse.events.TicketReopened;
import io.deskpulse.events.TicketResolved;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shipped ServiceNow profile on an audit log whose rows are out of order within an incident,
 * with a repeated row, unknown ({@code ?}) values, reassignments, a reopen and an unknown state.
 */
class ServiceNowImportTest {

    private static final List<String> EXPECTED = List.of(
            "INC0001 TICKET_CREATED 2016-02-29T01:16:00Z Caller 2403 STANDARD east Group 56 category 55/subcategory 170 P3 phone Symptom 72",
            "INC0001 TICKET_ASSIGNED 2016-02-29T01:23:00Z null Group 56",
            "INC0001 TICKET_ASSIGNED 2016-02-29T01:26:00Z Resolver 89 Group 56",
            "INC0001 PRIORITY_CHANGED 2016-02-29T02:00:00Z P2",
            "INC0001 TICKET_ASSIGNED 2016-02-29T02:00:00Z null Group 24",
            "INC0001 TICKET_ASSIGNED 2016-02-29T05:00:00Z Resolver 17 Group 24",
            "INC0001 STATUS_CHANGED 2016-02-29T05:00:00Z PENDING_CUSTOMER state Awaiting User Info",
            "INC0001 STATUS_CHANGED 2016-02-29T09:00:00Z OPEN state Active",
            "INC0001 TICKET_RESOLVED 2016-02-29T11:29:00Z Resolved by 149 code 5",
            "INC0001 TICKET_REOPENED 2016-03-01T08:00:00Z reopened (reopen_count 1)",
            "INC0001 TICKET_RESOLVED 2016-03-01T10:00:00Z Resolved by 149 code 5",
            "INC0001 TICKET_CLOSED 2016-03-06T12:00:00Z",
            "INC0002 TICKET_CREATED 2016-03-02T10:00:00Z null STANDARD unknown null uncategorized P3 web null",
            "INC0002 TICKET_RESOLVED 2016-03-02T12:00:00Z Resolved by 5 code 2",
            "INC0002 TICKET_CLOSED 2016-03-02T17:00:00Z");

    @TempDir
    Path dir;

    @Test
    void eachIncidentsRowsBecomeItsEventsInTimeOrder() throws IOException {
        Path out = dir.resolve("events.ndjson");
        Path rejects = dir.resolve("rejects.csv");

        ImportCommand run = ImportCommand.run("--profile", "servicenow-incident", sample("servicenow-incidents.csv"),
                "--out", out.toString(), "--rejects", rejects.toString(), "--ledger", dir.resolve("ledger").toString());

        assertEquals(Import.REJECTED, run.status(), run.toString());
        List<TicketEvent> events = events(out);
        assertEquals(EXPECTED, events.stream().map(ServiceNowImportTest::describe).toList());
        assertTrue(events.stream().allMatch(e -> e.source().equals("servicenow")));
        assertEquals(14, run.count("rows read"));
        assertEquals(2, run.count("tickets"));
        assertEquals(1, run.count("repeated rows"));
        assertEquals(2, run.count("rejected rows"));
        List<String> report = Files.readAllLines(rejects, StandardCharsets.UTF_8);
        assertEquals(2, report.size(), report.toString());
        assertTrue(report.get(1).startsWith("15,incident_state,Frozen,\"'frozen' is not in the profile's values for state"),
                report.get(1));
        assertTrue(!run.err().contains("warning"), "the export is grouped by number: " + run.err());
    }

    @Test
    void rowsOfAnIncidentSpreadOverTheFileAreSortedOnDiskFirst() throws IOException {
        List<String> lines = Files.readAllLines(Path.of(sample("servicenow-incidents.csv")), StandardCharsets.UTF_8);
        List<String> spread = new ArrayList<>(lines.subList(0, 5)); // header and four rows of INC0001
        spread.addAll(lines.subList(11, 13)); // INC0002
        spread.addAll(lines.subList(5, 11)); // the rest of INC0001
        spread.addAll(lines.subList(13, 15)); // INC0003
        Path file = Files.write(dir.resolve("spread.csv"), spread, StandardCharsets.UTF_8);
        Path out = dir.resolve("events.ndjson");

        ImportCommand run = ImportCommand.run("--profile", "servicenow-incident", file.toString(), "--out", out.toString(),
                "--ledger", dir.resolve("ledger").toString(), "--rejects", dir.resolve("rejects.csv").toString());

        assertEquals(Import.REJECTED, run.status(), run.toString());
        assertTrue(run.err().contains("the rows of INC0001 are not all together (again at row 8)"), run.err());
        assertEquals(EXPECTED, events(out).stream().map(ServiceNowImportTest::describe).toList());
    }

    private static String describe(TicketEvent event) {
        String head = event.ticketId() + " " + event.type() + " " + event.occurredAt();
        return switch (event) {
            case TicketCreated e -> String.join(" ", head, e.customerId(), e.customerTier(), e.region(), e.team(),
                    e.category(), e.priority().name(), e.channel().wireName(), e.subject());
            case TicketAssigned e -> head + " " + e.agentId() + " " + e.team();
            case PriorityChanged e -> head + " " + e.priority();
            case StatusChanged e -> head + " " + e.status() + " " + e.reason();
            case TicketResolved e -> head + " " + e.agentId() + " " + e.resolutionCode();
            case TicketReopened e -> head + " " + e.reason();
            default -> head;
        };
    }
}

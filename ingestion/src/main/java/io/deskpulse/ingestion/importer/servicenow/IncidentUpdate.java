package io.deskpulse.ingestion.importer.servicenow;

import io.deskpulse.events.Channel;
import io.deskpulse.events.Priority;
import io.deskpulse.events.TicketStatus;
import io.deskpulse.ingestion.importer.profile.FieldValues;
import io.deskpulse.ingestion.importer.profile.Need;
import io.deskpulse.ingestion.importer.profile.RowProblem;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * One row of the audit log: the incident as it stood after one update. A null field is unknown in
 * that row ({@code ?} or blank), which means "no change" rather than "cleared".
 *
 * @param cells the row as read, to recognise a repeated row
 */
record IncidentUpdate(
        long row,
        List<String> cells,
        Long sequence,
        Instant updatedAt,
        Instant openedAt,
        Instant recordCreatedAt,
        TicketStatus state,
        String stateText,
        Priority priority,
        Channel channel,
        String region,
        String category,
        String customerId,
        String customerTier,
        String subject,
        String team,
        String agent,
        Long reopenCount,
        String resolvedBy,
        Instant resolvedAt,
        Instant closedAt,
        String resolutionCode,
        List<RowProblem> problems) {

    static IncidentUpdate read(FieldValues row, String[] cells) {
        return new IncidentUpdate(
                row.row(),
                Arrays.asList(cells),
                row.number("sequence", Need.KNOWN),
                row.instant("updatedAt", Need.KNOWN),
                row.instant("createdAt", Need.KNOWN),
                row.instant("recordCreatedAt", Need.KNOWN),
                row.status("state", Need.KNOWN),
                row.raw("state"),
                row.priority("priority", Need.KNOWN),
                row.channel("channel", Need.KNOWN),
                row.text("region", Need.KNOWN),
                row.text("category", Need.KNOWN),
                row.text("customerId", Need.KNOWN),
                row.text("customerTier", Need.KNOWN),
                row.text("subject", Need.KNOWN),
                row.text("team", Need.KNOWN),
                row.text("agentId", Need.KNOWN),
                row.number("reopenCount", Need.KNOWN),
                row.text("resolvedBy", Need.KNOWN),
                row.instant("resolvedAt", Need.KNOWN),
                row.instant("closedAt", Need.KNOWN),
                row.text("resolutionCode", Need.KNOWN),
                List.copyOf(row.problems()));
    }
}

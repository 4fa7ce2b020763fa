package io.deskpulse.ingestion.importer.mapping;

import io.deskpulse.ingestion.importer.profile.RowProblem;
import java.util.List;

/**
 * What some rows of a file say about one ticket: its events in the order they must be published
 * (time order), or the problems that reject all of those rows. All or nothing: a ticket with a
 * problem publishes none of its events.
 *
 * @param ticketId null when the rows do not even name their ticket
 * @param rows the rows read for it, repeated ones included
 * @param repeatedRows rows skipped because an identical row of the same ticket came before
 */
public record TicketHistory(String ticketId, int rows, int repeatedRows, List<ImportedEvent> events,
        List<RowProblem> problems) {

    public static TicketHistory of(String ticketId, int rows, int repeatedRows, List<ImportedEvent> events) {
        return new TicketHistory(ticketId, rows, repeatedRows, List.copyOf(events), List.of());
    }

    public static TicketHistory rejected(String ticketId, int rows, List<RowProblem> problems) {
        return new TicketHistory(ticketId, rows, 0, List.of(), List.copyOf(problems));
    }

    public boolean isRejected() {
        return !problems.isEmpty();
    }
}

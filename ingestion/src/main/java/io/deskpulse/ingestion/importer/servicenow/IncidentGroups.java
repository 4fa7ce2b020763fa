package io.deskpulse.ingestion.importer.servicenow;

import io.deskpulse.ingestion.importer.mapping.TicketHistory;
import io.deskpulse.ingestion.importer.profile.BoundProfile;
import io.deskpulse.ingestion.importer.profile.FieldValues;
import io.deskpulse.ingestion.importer.profile.Need;
import io.deskpulse.ingestion.importer.sheet.SheetRow;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Collects the rows of one incident at a time from rows that come grouped by number, and replays
 * each incident when the next one starts: memory holds one incident's rows.
 */
final class IncidentGroups {

    private final BoundProfile bound;
    private final IncidentReplay replay;
    private final Consumer<TicketHistory> histories;
    private final List<IncidentUpdate> updates = new ArrayList<>();
    private String number;

    IncidentGroups(BoundProfile bound, IncidentReplay replay, Consumer<TicketHistory> histories) {
        this.bound = bound;
        this.replay = replay;
        this.histories = histories;
    }

    void add(SheetRow row) {
        FieldValues values = bound.read(row);
        String rowNumber = values.text("ticketId", Need.REQUIRED);
        if (rowNumber == null) {
            histories.accept(TicketHistory.rejected(null, 1, values.problems()));
            return;
        }
        if (!rowNumber.equals(number)) {
            finish();
            number = rowNumber;
        }
        updates.add(IncidentUpdate.read(values, row.cells()));
    }

    /** Replays the incident being collected, if any. */
    void finish() {
        if (!updates.isEmpty()) {
            histories.accept(replay.history(number, List.copyOf(updates)));
            updates.clear();
        }
    }
}

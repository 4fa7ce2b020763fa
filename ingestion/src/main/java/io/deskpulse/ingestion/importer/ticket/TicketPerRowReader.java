package io.deskpulse.ingestion.importer.ticket;

import io.deskpulse.events.Channel;
import io.deskpulse.events.Priority;
import io.deskpulse.ingestion.importer.mapping.EventFactory;
import io.deskpulse.ingestion.importer.mapping.HistoryReader;
import io.deskpulse.ingestion.importer.mapping.ImportedEvent;
import io.deskpulse.ingestion.importer.mapping.ReadListener;
import io.deskpulse.ingestion.importer.mapping.TicketHistory;
import io.deskpulse.ingestion.importer.profile.BoundProfile;
import io.deskpulse.ingestion.importer.profile.FieldValues;
import io.deskpulse.ingestion.importer.profile.Need;
import io.deskpulse.ingestion.importer.profile.Profile;
import io.deskpulse.ingestion.importer.sheet.RowHandler;
import io.deskpulse.ingestion.importer.sheet.SheetFile;
import io.deskpulse.ingestion.importer.sheet.SheetReader;
import io.deskpulse.ingestion.importer.sheet.SheetRow;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;

/**
 * Profiles of kind {@code ticket-per-row}: each row is one ticket, read in one pass. It is created
 * at {@code createdAt}; assigned at {@code assignedAt} (or at creation when only an agent is named),
 * resolved at {@code resolvedAt} and closed at {@code closedAt} when those cells are filled. The
 * events of a row are in time order; a row whose times contradict each other is rejected.
 */
public final class TicketPerRowReader implements HistoryReader {

    private final Profile profile;
    private final EventFactory events;

    public TicketPerRowReader(Profile profile) {
        this.profile = profile;
        this.events = new EventFactory(profile.source());
    }

    @Override
    public void read(SheetFile file, ReadListener listener, Consumer<TicketHistory> histories) throws IOException {
        try (SheetReader reader = file.open()) {
            listener.reading(reader, "importing");
            reader.read(new RowHandler() {
                private BoundProfile bound;

                @Override
                public void header(List<String> columnNames) {
                    bound = BoundProfile.bind(profile, file.path().toString(), columnNames, listener::warning);
                }

                @Override
                public boolean row(SheetRow row) {
                    if (!row.isBlank()) {
                        listener.row();
                        histories.accept(history(bound.read(row)));
                    }
                    return true;
                }
            });
        }
    }

    private TicketHistory history(FieldValues row) {
        String ticketId = row.text("ticketId", Need.REQUIRED);
        Instant createdAt = row.instant("createdAt", Need.REQUIRED);
        String customerId = row.text("customerId", Need.OR_DEFAULT);
        String tier = row.text("customerTier", Need.REQUIRED);
        String region = row.text("region", Need.REQUIRED);
        String team = row.text("team", Need.OR_DEFAULT);
        String category = row.text("category", Need.REQUIRED);
        Priority priority = row.priority("priority", Need.REQUIRED);
        Channel channel = row.channel("channel", Need.REQUIRED);
        String subject = row.text("subject", Need.OR_DEFAULT);
        Instant assignedAt = row.instant("assignedAt", Need.OR_DEFAULT);
        String agentId = row.text("agentId", Need.OR_DEFAULT);
        Instant resolvedAt = row.instant("resolvedAt", Need.OR_DEFAULT);
        String resolvedBy = row.text("resolvedBy", Need.OR_DEFAULT);
        String resolutionCode = row.text("resolutionCode", Need.OR_DEFAULT);
        Boolean firstContact = row.flag("firstContact", Need.OR_DEFAULT);
        Instant closedAt = row.instant("closedAt", Need.OR_DEFAULT);
        if (createdAt != null) {
            notBefore(row, "assignedAt", assignedAt, "createdAt", createdAt);
            notBefore(row, "resolvedAt", resolvedAt, "createdAt", createdAt);
            notBefore(row, "closedAt", closedAt, "createdAt", createdAt);
        }
        if (resolvedAt != null) {
            notBefore(row, "closedAt", closedAt, "resolvedAt", resolvedAt);
        }
        if (!row.problems().isEmpty()) {
            return TicketHistory.rejected(ticketId, 1, row.problems());
        }
        long number = row.row();
        List<ImportedEvent> made = new ArrayList<>(4);
        made.add(new ImportedEvent(events.created(ticketId, createdAt, customerId, tier, region, team, category,
                priority, channel, subject), number));
        if (assignedAt != null || agentId != null) {
            made.add(new ImportedEvent(events.assigned(ticketId, assignedAt != null ? assignedAt : createdAt, agentId,
                    team), number));
        }
        if (resolvedAt != null) {
            made.add(new ImportedEvent(events.resolved(ticketId, resolvedAt, resolvedBy != null ? resolvedBy : agentId,
                    resolutionCode, Boolean.TRUE.equals(firstContact)), number));
        }
        if (closedAt != null) {
            made.add(new ImportedEvent(events.closed(ticketId, closedAt), number));
        }
        // Stable: at equal instants the order above (created, assigned, resolved, closed) holds.
        made.sort(Comparator.comparing(event -> event.event().occurredAt()));
        return TicketHistory.of(ticketId, 1, 0, made);
    }

    private static void notBefore(FieldValues row, String field, Instant value, String earlierField, Instant earlier) {
        if (value != null && value.isBefore(earlier)) {
            row.problem(field, field + " " + value + " is before " + earlierField + " " + earlier);
        }
    }
}

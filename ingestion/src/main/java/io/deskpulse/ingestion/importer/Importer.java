package io.deskpulse.ingestion.importer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.deskpulse.events.DecodeResult;
import io.deskpulse.events.EventType;
import io.deskpulse.events.TicketEvent;
import io.deskpulse.events.TicketEventCodec;
import io.deskpulse.ingestion.importer.dedup.EventIdSet;
import io.deskpulse.ingestion.importer.dedup.ImportLedger;
import io.deskpulse.ingestion.importer.mapping.HistoryReader;
import io.deskpulse.ingestion.importer.mapping.ImportedEvent;
import io.deskpulse.ingestion.importer.mapping.ReadListener;
import io.deskpulse.ingestion.importer.mapping.TicketHistory;
import io.deskpulse.ingestion.importer.profile.Profile;
import io.deskpulse.ingestion.importer.profile.ProfileKind;
import io.deskpulse.ingestion.importer.profile.RowProblem;
import io.deskpulse.ingestion.importer.servicenow.IncidentLogReader;
import io.deskpulse.ingestion.importer.sheet.SheetFile;
import io.deskpulse.ingestion.importer.sheet.SheetReader;
import io.deskpulse.ingestion.importer.ticket.TicketPerRowReader;
import io.deskpulse.ingestion.importer.destination.EventTarget;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * One import: reads the file through the profile's kind, and for each ticket history checks every
 * event against the event contract ({@link TicketEventCodec}), drops the events already seen in this
 * run or recorded in the ledger, and hands the rest to the target in order. A ticket with any
 * problem publishes nothing, and its rows go to the rejected-rows report.
 */
final class Importer implements ReadListener {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Profile profile;
    private final SheetFile file;
    private final EventTarget target;
    private final ImportLedger ledger;
    private final RejectsReport rejects;
    private final ProgressMeter progress;
    private final Consumer<String> warnings;
    private final EventIdSet seen = new EventIdSet();
    private final ImportCounts counts = new ImportCounts();

    Importer(Profile profile, SheetFile file, EventTarget target, ImportLedger ledger, RejectsReport rejects,
            ProgressMeter progress, Consumer<String> warnings) {
        this.profile = profile;
        this.file = file;
        this.target = target;
        this.ledger = ledger;
        this.rejects = rejects;
        this.progress = progress;
        this.warnings = warnings;
    }

    ImportCounts counts() {
        return counts;
    }

    /** Reads the whole file; when it returns, the target holds every event counted as published. */
    void run() throws IOException {
        HistoryReader reader = profile.kind() == ProfileKind.TICKET_PER_ROW
                ? new TicketPerRowReader(profile)
                : new IncidentLogReader(profile);
        try {
            reader.read(file, this, this::accept);
        } finally {
            progress.done();
        }
        target.finish();
    }

    private void accept(TicketHistory history) {
        counts.rows += history.rows();
        counts.repeatedRows += history.repeatedRows();
        List<RowProblem> problems = new ArrayList<>(history.problems());
        List<byte[]> encoded = history.isRejected() ? List.of() : encode(history, problems);
        if (!problems.isEmpty()) {
            counts.rejectedRows += history.rows();
            counts.rejectedTickets++;
            problems.forEach(rejects::add);
            return;
        }
        counts.tickets++;
        int repeats = 0;
        for (int i = 0; i < encoded.size(); i++) {
            TicketEvent event = history.events().get(i).event();
            if (!seen.add(event.eventId())) {
                repeats++;
            } else if (ledger.contains(event.eventId())) {
                counts.alreadyImported++;
            } else {
                target.publish(event, encoded.get(i));
                counts.events++;
            }
        }
        if (repeats > 0 && repeats == encoded.size()) {
            // Every event of these rows came before: the rows themselves are repeats (one row per ticket).
            counts.repeatedRows += history.rows() - history.repeatedRows();
            counts.tickets--;
        } else {
            counts.duplicateEvents += repeats;
        }
    }

    /**
     * The events as {@code TicketEventCodec} writes them, each checked as the topic's consumers will
     * check it: a rejected event adds a problem, which rejects its ticket.
     */
    private List<byte[]> encode(TicketHistory history, List<RowProblem> problems) {
        List<byte[]> encoded = new ArrayList<>(history.events().size());
        for (ImportedEvent imported : history.events()) {
            byte[] json = TicketEventCodec.encode(imported.event());
            if (TicketEventCodec.decode(json) instanceof DecodeResult.Rejected rejected) {
                String field = rejected.field() == null ? "" : rejected.field();
                problems.add(new RowProblem(imported.row(), profile.columnOf(profileField(imported.event(), field)),
                        valueOf(json, field), imported.event().type() + " " + rejected.reason()));
            }
            encoded.add(json);
        }
        return encoded;
    }

    /** The profile field an event field came from, where their names differ. */
    private static String profileField(TicketEvent event, String field) {
        return switch (field) {
            case "occurredAt" -> switch (event.type()) {
                case TICKET_CREATED -> "createdAt";
                case TICKET_ASSIGNED -> "assignedAt";
                case TICKET_RESOLVED -> "resolvedAt";
                case TICKET_CLOSED -> "closedAt";
                default -> "updatedAt";
            };
            case "agentId" -> event.type() == EventType.TICKET_RESOLVED ? "resolvedBy" : "agentId";
            default -> field;
        };
    }

    private static String valueOf(byte[] json, String field) {
        try {
            JsonNode value = JSON.readTree(json).get(field);
            return value == null || value.isNull() ? "" : value.asText();
        } catch (IOException e) {
            return "";
        }
    }

    @Override
    public void reading(SheetReader reader, String phase) {
        progress.phase(reader, phase);
    }

    @Override
    public void row() {
        progress.row();
    }

    @Override
    public void warning(String message) {
        warnings.accept(message);
    }
}

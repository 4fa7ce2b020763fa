package io.deskpulse.ingestion.importer.servicenow;

import io.deskpulse.ingestion.importer.mapping.HistoryReader;
import io.deskpulse.ingestion.importer.mapping.ReadListener;
import io.deskpulse.ingestion.importer.mapping.TicketHistory;
import io.deskpulse.ingestion.importer.profile.BoundProfile;
import io.deskpulse.ingestion.importer.profile.Need;
import io.deskpulse.ingestion.importer.profile.Profile;
import io.deskpulse.ingestion.importer.sheet.RowHandler;
import io.deskpulse.ingestion.importer.sheet.SheetFile;
import io.deskpulse.ingestion.importer.sheet.SheetReader;
import io.deskpulse.ingestion.importer.sheet.SheetRow;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Profiles of kind {@code servicenow-incident}: ServiceNow's incident audit log, one row per update.
 * An incident can only be replayed once all its rows are seen, so memory is bounded like this: a
 * first pass reads only the numbers and checks that each incident's rows are next to each other (as
 * ServiceNow exports them when sorted by number; holding the set of numbers seen). If they are, the
 * second pass holds one incident at a time. If not, the second pass sorts the rows by number on disk
 * ({@link RowsByNumber}) and replays from the sorted rows. Either way no file is held in memory.
 */
public final class IncidentLogReader implements HistoryReader {

    private final Profile profile;

    public IncidentLogReader(Profile profile) {
        this.profile = profile;
    }

    @Override
    public void read(SheetFile file, ReadListener listener, Consumer<TicketHistory> histories) throws IOException {
        boolean grouped = isGrouped(file, listener);
        try (SheetReader reader = file.open()) {
            listener.reading(reader, grouped ? "importing" : "sorting by number");
            if (grouped) {
                readGrouped(file, reader, listener, histories);
            } else {
                readSorted(file, reader, listener, histories);
            }
        }
    }

    private void readGrouped(SheetFile file, SheetReader reader, ReadListener listener,
            Consumer<TicketHistory> histories) throws IOException {
        IncidentGroups[] groups = new IncidentGroups[1];
        reader.read(new RowHandler() {
            @Override
            public void header(List<String> columnNames) {
                groups[0] = groups(bind(file, columnNames, listener), histories);
            }

            @Override
            public boolean row(SheetRow row) {
                if (!row.isBlank()) {
                    listener.row();
                    groups[0].add(row);
                }
                return true;
            }
        });
        groups[0].finish();
    }

    private void readSorted(SheetFile file, SheetReader reader, ReadListener listener,
            Consumer<TicketHistory> histories) throws IOException {
        Path temporaryFiles = Path.of(System.getProperty("java.io.tmpdir"));
        try (RowsByNumber sort = new RowsByNumber(temporaryFiles, RowsByNumber.RUN_ROWS)) {
            BoundProfile[] bound = new BoundProfile[1];
            reader.read(new RowHandler() {
                @Override
                public void header(List<String> columnNames) {
                    bound[0] = bind(file, columnNames, listener);
                }

                @Override
                public boolean row(SheetRow row) {
                    if (!row.isBlank()) {
                        listener.row();
                        try {
                            // Rows without a number sort first; the replay rejects them one by one.
                            String number = bound[0].read(row).text("ticketId", Need.KNOWN);
                            sort.add(number == null ? "" : number, row);
                        } catch (IOException e) {
                            throw new UncheckedIOException("cannot write the rows to sort to a temporary file", e);
                        }
                    }
                    return true;
                }
            });
            listener.reading(null, "importing sorted rows");
            IncidentGroups groups = groups(bound[0], histories);
            sort.sorted(keyed -> {
                listener.row();
                groups.add(keyed.row());
            });
            groups.finish();
        }
    }

    /** Whether the rows of each incident are next to each other; reads the numbers only. */
    private boolean isGrouped(SheetFile file, ReadListener listener) throws IOException {
        try (SheetReader reader = file.open()) {
            listener.reading(reader, "checking the order of rows");
            boolean[] grouped = {true};
            reader.read(new RowHandler() {
                private final Set<String> finished = new HashSet<>();
                private BoundProfile bound;
                private String current;

                @Override
                public void header(List<String> columnNames) {
                    bound = BoundProfile.bind(profile, file.path().toString(), columnNames, warning -> { });
                }

                @Override
                public boolean row(SheetRow row) {
                    if (row.isBlank()) {
                        return true;
                    }
                    listener.row();
                    String number = bound.read(row).text("ticketId", Need.KNOWN);
                    if (number == null || number.equals(current)) {
                        return true;
                    }
                    if (current != null) {
                        finished.add(current);
                    }
                    if (finished.contains(number)) {
                        listener.warning(file.path() + ": the rows of " + number + " are not all together (again "
                                + "at row " + row.number() + "): sorting the rows by number on disk first");
                        grouped[0] = false;
                        return false;
                    }
                    current = number;
                    return true;
                }
            });
            return grouped[0];
        }
    }

    private BoundProfile bind(SheetFile file, List<String> columnNames, ReadListener listener) {
        return BoundProfile.bind(profile, file.path().toString(), columnNames, listener::warning);
    }

    private IncidentGroups groups(BoundProfile bound, Consumer<TicketHistory> histories) {
        return new IncidentGroups(bound, new IncidentReplay(profile, CreationDefaults.of(bound)), histories);
    }
}

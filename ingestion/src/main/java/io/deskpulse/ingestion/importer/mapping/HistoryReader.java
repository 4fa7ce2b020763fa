package io.deskpulse.ingestion.importer.mapping;

import io.deskpulse.ingestion.importer.sheet.SheetFile;
import java.io.IOException;
import java.util.function.Consumer;

/** Turns the rows of a file into ticket histories, the way a profile's kind says. */
public interface HistoryReader {

    /** Reads {@code file} and hands every row, within some ticket's history, to {@code histories}. */
    void read(SheetFile file, ReadListener listener, Consumer<TicketHistory> histories) throws IOException;
}

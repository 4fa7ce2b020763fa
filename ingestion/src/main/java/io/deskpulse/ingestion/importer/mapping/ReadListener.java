package io.deskpulse.ingestion.importer.mapping;

import io.deskpulse.ingestion.importer.sheet.SheetReader;

/** Follows the reading of a file: which pass is running over which reader, rows, and warnings. */
public interface ReadListener {

    /** A pass over the file starts; {@code phase} names it for the progress display. */
    void reading(SheetReader reader, String phase);

    /** One more non-blank row read in the current pass. */
    void row();

    /** Something the user should know that does not stop the import, e.g. a column missing. */
    void warning(String message);
}

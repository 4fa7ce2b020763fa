package io.deskpulse.ingestion.importer.sheet;

import java.io.IOException;

/**
 * Streams one sheet (a CSV file, or one worksheet of an XLSX workbook) to a {@link RowHandler}
 * without holding it in memory. One read per reader.
 */
public interface SheetReader extends AutoCloseable {

    /**
     * Reads the header and every row. A file that cannot be read as its format says throws
     * {@link UnreadableSheetException}.
     */
    void read(RowHandler handler) throws IOException;

    /** Bytes of the sheet consumed so far, for progress. */
    long bytesRead();

    /** Bytes of the sheet in all, or -1 when unknown. */
    long totalBytes();

    @Override
    void close() throws IOException;
}

package io.deskpulse.ingestion.importer.sheet;

import java.util.List;

/** Receives a sheet in file order: its header once, then each row. */
public interface RowHandler {

    void header(List<String> columnNames);

    /** @return false to stop reading (the rest of the file is not needed) */
    boolean row(SheetRow row);
}

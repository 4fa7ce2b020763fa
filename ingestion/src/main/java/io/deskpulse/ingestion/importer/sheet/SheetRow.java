package io.deskpulse.ingestion.importer.sheet;

/**
 * One row of a sheet as read: its row number as a spreadsheet shows it (the header is row 1) and
 * its cells as text, a missing cell being null.
 */
public record SheetRow(long number, String[] cells) {

    public String cell(int column) {
        return column < cells.length ? cells[column] : null;
    }

    /** A row whose cells are all missing or blank: a spacer, not a record. */
    public boolean isBlank() {
        for (String cell : cells) {
            if (cell != null && !cell.isBlank()) {
                return false;
            }
        }
        return true;
    }
}

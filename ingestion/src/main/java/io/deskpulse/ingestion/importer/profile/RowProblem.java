package io.deskpulse.ingestion.importer.profile;

/**
 * Why a row was rejected, as a line of the rejected-rows report.
 *
 * @param row the row number as a spreadsheet shows it (the header is row 1)
 * @param column the column(s) of the offending value
 * @param value the cell as it was in the file
 */
public record RowProblem(long row, String column, String value, String reason) {

    @Override
    public String toString() {
        return "row " + row + ", column " + column + (value == null ? "" : ", value '" + value + "'") + ": " + reason;
    }
}

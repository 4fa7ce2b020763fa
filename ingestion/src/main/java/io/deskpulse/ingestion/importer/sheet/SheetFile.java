package io.deskpulse.ingestion.importer.sheet;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * A file to import and how to read it. Its format comes from its name: {@code .xlsx} is a workbook,
 * anything else is read as CSV. Each {@link #open} starts a fresh read from the beginning.
 *
 * @param sheetName the worksheet of a workbook, null for the first
 */
public record SheetFile(Path path, Charset encoding, char delimiter, String sheetName) {

    public boolean isWorkbook() {
        return path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx");
    }

    /** How the file is read, for the summary: {@code XLSX} or {@code CSV, GB18030}. */
    public String description() {
        return isWorkbook() ? "XLSX" + (sheetName == null ? "" : ", sheet " + sheetName) : "CSV, " + encoding.name();
    }

    public SheetReader open() throws IOException {
        if (!Files.isRegularFile(path) || !Files.isReadable(path)) {
            throw new UnreadableSheetException(path + ": no such readable file", null);
        }
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".xls")) {
            throw new UnreadableSheetException(path + ": old binary .xls workbooks are not read: save it as .xlsx "
                    + "or CSV", null);
        }
        return isWorkbook() ? new XlsxSheetReader(path, sheetName) : new CsvSheetReader(path, encoding, delimiter);
    }
}

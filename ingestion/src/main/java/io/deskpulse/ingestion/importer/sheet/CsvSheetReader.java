package io.deskpulse.ingestion.importer.sheet;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Iterator;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * An RFC 4180 CSV file (quoted fields may hold the delimiter, doubled quotes and line breaks),
 * streamed record by record. Row numbers count records, the header being row 1, so that they match
 * the rows a spreadsheet shows for the file. A byte-order mark is dropped; bytes that are not valid
 * in the encoding stop the read rather than turn silently into replacement characters.
 */
final class CsvSheetReader implements SheetReader {

    private final Path file;
    private final CountingInputStream bytes;
    private final long totalBytes;
    private final CSVParser parser;

    CsvSheetReader(Path file, Charset encoding, char delimiter) throws IOException {
        this.file = file;
        this.totalBytes = Files.size(file);
        this.bytes = new CountingInputStream(Files.newInputStream(file));
        BufferedReader text = new BufferedReader(new InputStreamReader(bytes, encoding.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)), 1 << 16);
        this.parser = CSVParser.parse(text, CSVFormat.RFC4180.builder()
                .setDelimiter(delimiter)
                // Kept so that row numbers stay those of the file; blank rows are skipped later.
                .setIgnoreEmptyLines(false)
                .get());
    }

    @Override
    public void read(RowHandler handler) {
        Iterator<CSVRecord> records = parser.iterator();
        try {
            if (!records.hasNext()) {
                throw new UnreadableSheetException(file + ": the file is empty: a header row is needed", null);
            }
            String[] header = records.next().values();
            if (header.length > 0 && !header[0].isEmpty() && header[0].charAt(0) == '\uFEFF') {
                header[0] = header[0].substring(1);
            }
            handler.header(Arrays.asList(header));
            while (records.hasNext()) {
                CSVRecord record = records.next();
                if (!handler.row(new SheetRow(record.getRecordNumber(), record.values()))) {
                    return;
                }
            }
        } catch (UncheckedIOException | IllegalStateException e) {
            throw unreadable(e);
        }
    }

    private UnreadableSheetException unreadable(RuntimeException e) {
        Throwable cause = e.getCause() != null ? e.getCause() : e;
        long row = parser.getRecordNumber() + 1;
        String what = cause instanceof CharacterCodingException
                ? "bytes that are not valid in the file's encoding (choose it with --encoding, e.g. GB18030 or UTF-8)"
                : "not valid CSV: " + cause.getMessage();
        return new UnreadableSheetException(file + ": row " + row + ": " + what, cause);
    }

    @Override
    public long bytesRead() {
        return bytes.count();
    }

    @Override
    public long totalBytes() {
        return totalBytes;
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }
}

package io.deskpulse.ingestion.importer.sheet;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JRuntimeException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * One worksheet of an XLSX workbook through POI's event (SAX) API: the sheet's XML is parsed as it
 * is inflated from the zip, so a million-row sheet is never held in memory. What is held is the
 * workbook's shared strings table (each distinct text once) and the styles. Date cells arrive as
 * ISO local date-times ({@link IsoDateFormatter}); other cells as Excel would display them.
 */
final class XlsxSheetReader implements SheetReader {

    private final Path file;
    private final String sheetName;
    private final OPCPackage workbook;
    private CountingInputStream sheetBytes;
    private long totalBytes = -1;

    /** @param sheetName the worksheet to read, or null for the first */
    XlsxSheetReader(Path file, String sheetName) {
        this.file = file;
        this.sheetName = sheetName;
        try {
            this.workbook = OPCPackage.open(file.toFile(), PackageAccess.READ);
        } catch (OpenXML4JException | OpenXML4JRuntimeException | POIXMLException | IllegalArgumentException e) {
            throw new UnreadableSheetException(file + ": not an XLSX workbook (an old .xls must be saved as .xlsx "
                    + "or CSV first): " + e.getMessage(), e);
        }
    }

    @Override
    public void read(RowHandler handler) throws IOException {
        try {
            XSSFReader reader = new XSSFReader(workbook);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(workbook, false);
            XSSFReader.SheetIterator sheets = reader.getSheetIterator();
            List<String> names = new ArrayList<>();
            while (sheets.hasNext()) {
                InputStream sheet = sheets.next();
                names.add(sheets.getSheetName());
                if (sheetName == null || sheetName.equals(sheets.getSheetName())) {
                    totalBytes = sheets.getSheetPart().getSize();
                    sheetBytes = new CountingInputStream(sheet);
                    parse(reader, strings, handler);
                    return;
                }
                sheet.close();
            }
            throw new UnreadableSheetException(file + ": "
                    + (names.isEmpty() ? "the workbook has no worksheet" : "no worksheet named '" + sheetName
                            + "'; the workbook has " + names), null);
        } catch (OpenXML4JException | OpenXML4JRuntimeException | POIXMLException | SAXException
                | ParserConfigurationException e) {
            throw new UnreadableSheetException(file + ": not a readable XLSX workbook: " + e.getMessage(), e);
        }
    }

    private void parse(XSSFReader reader, ReadOnlySharedStringsTable strings, RowHandler handler)
            throws IOException, SAXException, ParserConfigurationException, OpenXML4JException {
        XMLReader parser = XMLHelper.newXMLReader();
        Rows rows = new Rows(handler);
        parser.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), strings, rows,
                new IsoDateFormatter(), false));
        try (InputStream in = sheetBytes) {
            parser.parse(new InputSource(in));
        } catch (StopReading stop) {
            // the handler has all it wants
        }
        if (!rows.headerSeen) {
            throw new UnreadableSheetException(file + ": the worksheet is empty: a header row is needed", null);
        }
    }

    @Override
    public long bytesRead() {
        return sheetBytes == null ? 0 : sheetBytes.count();
    }

    @Override
    public long totalBytes() {
        return totalBytes;
    }

    @Override
    public void close() {
        workbook.revert();
    }

    /** Collects the cells of each row by their column letters; cells left out of the XML are blank. */
    private static final class Rows implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final RowHandler handler;
        private final List<String> cells = new ArrayList<>();
        private boolean headerSeen;
        private int lastColumn;

        Rows(RowHandler handler) {
            this.handler = handler;
        }

        @Override
        public void startRow(int rowNum) {
            cells.clear();
            lastColumn = -1;
        }

        @Override
        public void cell(String reference, String formattedValue, XSSFComment comment) {
            int column = reference == null ? lastColumn + 1 : column(reference);
            while (cells.size() <= column) {
                cells.add(null);
            }
            cells.set(column, formattedValue);
            lastColumn = column;
        }

        @Override
        public void endRow(int rowNum) {
            String[] values = cells.toArray(String[]::new);
            if (!headerSeen) {
                headerSeen = true;
                handler.header(Arrays.asList(values));
            } else if (!handler.row(new SheetRow(rowNum + 1L, values))) {
                throw new StopReading();
            }
        }

        /** The zero-based column of a reference such as {@code AB12}. */
        private static int column(String reference) {
            int column = 0;
            for (int i = 0; i < reference.length() && Character.isLetter(reference.charAt(i)); i++) {
                column = column * 26 + (Character.toUpperCase(reference.charAt(i)) - 'A' + 1);
            }
            return column - 1;
        }
    }

    /** Unwinds the SAX parse when the handler needs no more rows. */
    private static final class StopReading extends RuntimeException {
        StopReading() {
            super(null, null, false, false);
        }
    }
}

package io.deskpulse.app.base;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * CSV as spreadsheets read it (RFC 4180: comma, CRLF, quotes doubled). A cell that a spreadsheet
 * would take for a formula ({@code = + - @}, tab, CR) gets a leading apostrophe, so that a ticket
 * subject cannot run code on the manager's machine (CSV injection).
 */
public final class Csv {

    private final Writer out;

    public Csv(Writer out) {
        this.out = out;
    }

    public Csv row(List<?> cells) throws IOException {
        String separator = "";
        for (Object cell : cells) {
            out.write(separator);
            out.write(cell(cell == null ? "" : cell.toString()));
            separator = ",";
        }
        out.write("\r\n");
        return this;
    }

    static String cell(String value) {
        String safe = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 && !isNumber(value)
                ? "'" + value : value;
        boolean quote = safe.indexOf(',') >= 0 || safe.indexOf('"') >= 0 || safe.indexOf('\n') >= 0
                || safe.indexOf('\r') >= 0;
        return quote ? '"' + safe.replace("\"", "\"\"") + '"' : safe;
    }

    /** Negative numbers stay numbers. */
    private static boolean isNumber(String value) {
        try {
            Double.parseDouble(value);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}

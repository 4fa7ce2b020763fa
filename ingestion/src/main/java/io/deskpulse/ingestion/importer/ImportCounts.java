package io.deskpulse.ingestion.importer;

import java.io.PrintStream;
import java.util.Locale;

/** What an import did, as printed at its end. */
public final class ImportCounts {

    long rows;
    long tickets;
    long events;
    long repeatedRows;
    long duplicateEvents;
    long alreadyImported;
    long rejectedRows;
    long rejectedTickets;

    public long rows() {
        return rows;
    }

    /** Tickets whose events were all made (published, or already there). */
    public long tickets() {
        return tickets;
    }

    /** Events published, or that would be in a dry run. */
    public long events() {
        return events;
    }

    /** Rows skipped because the same row came earlier in the file. */
    public long repeatedRows() {
        return repeatedRows;
    }

    /** Events skipped because an event with the same id came earlier in the file. */
    public long duplicateEvents() {
        return duplicateEvents;
    }

    /** Events skipped because the ledger says an earlier run published them. */
    public long alreadyImported() {
        return alreadyImported;
    }

    public long rejectedRows() {
        return rejectedRows;
    }

    void print(PrintStream out, boolean dryRun) {
        line(out, "rows read", rows, "");
        line(out, "tickets", tickets, rejectedTickets > 0 ? "(" + number(rejectedTickets) + " more rejected)" : "");
        line(out, dryRun ? "events to publish" : "events published", events, dryRun ? "(dry run: none published)" : "");
        line(out, "repeated rows", repeatedRows, "skipped: the same row came earlier in the file");
        line(out, "duplicate events", duplicateEvents, "skipped: the same event came earlier in the file");
        line(out, "already imported", alreadyImported, "skipped: published by an earlier run (ledger)");
        line(out, "rejected rows", rejectedRows, rejectedRows > 0 ? "none of their events published" : "");
    }

    private static void line(PrintStream out, String label, long value, String note) {
        out.println(String.format(Locale.ROOT, "%-18s %,12d  %s", label, value, note).stripTrailing());
    }

    private static String number(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }
}

package io.deskpulse.ingestion.importer;

import io.deskpulse.ingestion.importer.sheet.SheetReader;
import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;

/**
 * Progress of a long import on standard error: rows, rows per second, percent of the file's bytes
 * read and the time left. On a terminal a bar redrawn in place a few times a second; otherwise (a
 * log, a pipe) one line every {@code lineEvery}, so that logs stay readable.
 */
final class ProgressMeter {

    private static final long BAR_EVERY_NANOS = Duration.ofMillis(200).toNanos();
    private static final int BAR_WIDTH = 30;

    private final PrintStream err;
    private final boolean terminal;
    private final long everyNanos;
    private SheetReader reader;
    private String phase = "";
    private long rows;
    private long started;
    private long lastShown;
    private boolean barShown;
    private int barLength;

    ProgressMeter(PrintStream err, boolean terminal, Duration lineEvery) {
        this.err = err;
        this.terminal = terminal;
        this.everyNanos = terminal ? BAR_EVERY_NANOS : lineEvery.toNanos();
    }

    /** A new pass over the file; {@code reader} null when the pass does not read the file. */
    void phase(SheetReader reader, String phase) {
        done();
        this.reader = reader;
        this.phase = phase;
        this.rows = 0;
        this.started = System.nanoTime();
        this.lastShown = started;
    }

    void row() {
        rows++;
        // The clock is read every 1,024 rows only: rows come by the hundred thousand per second.
        if ((rows & 1023) == 0) {
            long now = System.nanoTime();
            if (now - lastShown >= everyNanos) {
                lastShown = now;
                show(now);
            }
        }
    }

    /** Ends the display: a bar's line is finished so that what follows starts on a line of its own. */
    void done() {
        if (barShown) {
            show(System.nanoTime());
            err.println();
            barShown = false;
            barLength = 0;
        }
    }

    private void show(long now) {
        double seconds = (now - started) / 1e9;
        double rate = seconds > 0 ? rows / seconds : 0;
        double fraction = reader == null || reader.totalBytes() <= 0 ? -1
                : Math.min(1.0, (double) reader.bytesRead() / reader.totalBytes());
        StringBuilder text = new StringBuilder();
        if (terminal) {
            text.append('\r').append(phase).append(' ');
            if (fraction >= 0) {
                int filled = (int) Math.round(fraction * BAR_WIDTH);
                text.append('[').append("#".repeat(filled)).append(".".repeat(BAR_WIDTH - filled)).append("] ");
            }
        } else {
            text.append("import: ").append(phase).append(": ");
        }
        if (fraction >= 0) {
            text.append(String.format(Locale.ROOT, "%3.0f%%  ", fraction * 100));
        }
        text.append(String.format(Locale.ROOT, "%,d rows  %,.0f rows/s", rows, rate));
        if (fraction > 0 && fraction < 1) {
            text.append("  ETA ").append(duration(seconds * (1 - fraction) / fraction));
        }
        if (terminal) {
            // Blanks over whatever a longer bar left on the line (the ETA goes at the end).
            int length = text.length();
            text.append(" ".repeat(Math.max(0, barLength - length)));
            barLength = length;
            err.print(text);
            err.flush();
            barShown = true;
        } else {
            err.println(text);
        }
    }

    private static String duration(double seconds) {
        long s = Math.round(seconds);
        return s >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }
}

package io.deskpulse.ingestion.importer.servicenow;

import io.deskpulse.ingestion.importer.sheet.SheetRow;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.function.Consumer;

/**
 * An external sort of rows by incident number (then row number), for an export whose rows of one
 * incident are not next to each other: rows are sorted in runs in memory, each run written to a
 * temporary file, and the runs merged. Memory holds one run and one row per run file; the disk
 * holds the rows once.
 */
final class RowsByNumber implements AutoCloseable {

    /** Rows sorted in memory at once: some tens of megabytes of a wide export. */
    static final int RUN_ROWS = 100_000;

    private static final Comparator<Keyed> ORDER = Comparator.comparing(Keyed::number)
            .thenComparingLong(keyed -> keyed.row().number());

    private final int runRows;
    private final Path directory;
    private final List<Keyed> run = new ArrayList<>();
    private final List<Path> runFiles = new ArrayList<>();

    /** Run files go to a new folder in {@code temporaryFiles}, removed by {@link #close}. */
    RowsByNumber(Path temporaryFiles, int runRows) throws IOException {
        this.runRows = runRows;
        this.directory = Files.createTempDirectory(temporaryFiles, "deskpulse-import-sort");
    }

    void add(String number, SheetRow row) throws IOException {
        run.add(new Keyed(number, row));
        if (run.size() >= runRows) {
            spill();
        }
    }

    /** Hands every row added, by number then row number, to {@code rows}. */
    void sorted(Consumer<Keyed> rows) throws IOException {
        if (runFiles.isEmpty()) {
            run.sort(ORDER);
            run.forEach(rows);
            return;
        }
        if (!run.isEmpty()) {
            spill();
        }
        List<RunReader> readers = new ArrayList<>();
        try {
            PriorityQueue<RunReader> heads = new PriorityQueue<>(Comparator.comparing(RunReader::head, ORDER));
            for (Path file : runFiles) {
                RunReader reader = new RunReader(file);
                readers.add(reader);
                if (reader.advance()) {
                    heads.add(reader);
                }
            }
            while (!heads.isEmpty()) {
                RunReader next = heads.poll();
                rows.accept(next.head());
                if (next.advance()) {
                    heads.add(next);
                }
            }
        } finally {
            for (RunReader reader : readers) {
                reader.close();
            }
        }
    }

    private void spill() throws IOException {
        run.sort(ORDER);
        Path file = directory.resolve("run-" + runFiles.size());
        try (DataOutputStream out = new DataOutputStream(
                new BufferedOutputStream(Files.newOutputStream(file), 1 << 16))) {
            for (Keyed keyed : run) {
                writeText(out, keyed.number());
                out.writeLong(keyed.row().number());
                out.writeInt(keyed.row().cells().length);
                for (String cell : keyed.row().cells()) {
                    writeText(out, cell);
                }
            }
        }
        runFiles.add(file);
        run.clear();
    }

    private static void writeText(DataOutputStream out, String text) throws IOException {
        if (text == null) {
            out.writeInt(-1);
            return;
        }
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static String readText(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0) {
            return null;
        }
        return new String(in.readNBytes(length), StandardCharsets.UTF_8);
    }

    @Override
    public void close() throws IOException {
        for (Path file : runFiles) {
            Files.deleteIfExists(file);
        }
        Files.deleteIfExists(directory);
    }

    /** A row and the incident number it sorts by. */
    record Keyed(String number, SheetRow row) {}

    /** One run file, read a row at a time. */
    private static final class RunReader implements AutoCloseable {
        private final DataInputStream in;
        private Keyed head;

        RunReader(Path file) throws IOException {
            this.in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16));
        }

        Keyed head() {
            return head;
        }

        boolean advance() {
            try {
                String number;
                try {
                    number = readText(in);
                } catch (EOFException end) {
                    return false;
                }
                long row = in.readLong();
                String[] cells = new String[in.readInt()];
                for (int i = 0; i < cells.length; i++) {
                    cells[i] = readText(in);
                }
                head = new Keyed(number, new SheetRow(row, cells));
                return true;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read back the sorted rows", e);
            }
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}

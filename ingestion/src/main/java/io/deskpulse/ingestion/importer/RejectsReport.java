package io.deskpulse.ingestion.importer;

import io.deskpulse.ingestion.importer.profile.RowProblem;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The rejected-rows report: a CSV file with one line per problem (row, column, value, reason), in
 * UTF-8 with a byte-order mark so that Excel shows Chinese values as they were. Written when the
 * first problem comes, or always when the user named the file. Keeps the first problems to print.
 */
final class RejectsReport implements AutoCloseable {

    static final int SHOWN = 10;

    private final Path file;
    private final List<RowProblem> first = new ArrayList<>();
    private CSVPrinter printer;
    private long count;

    private RejectsReport(Path file) {
        this.file = file;
    }

    /** A report written only if some row is rejected. */
    static RejectsReport whenNeeded(Path file) {
        return new RejectsReport(file);
    }

    /** A report written even when no row is rejected, with its header only. */
    static RejectsReport always(Path file) {
        RejectsReport report = new RejectsReport(file);
        report.open();
        return report;
    }

    void add(RowProblem problem) {
        count++;
        if (first.size() < SHOWN) {
            first.add(problem);
        }
        open();
        try {
            printer.printRecord(problem.row(), problem.column(), problem.value(), problem.reason());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the rejected-rows report " + file, e);
        }
    }

    long count() {
        return count;
    }

    List<RowProblem> first() {
        return first;
    }

    /** The report file, null when none was written. */
    Path written() {
        return printer == null ? null : file;
    }

    private void open() {
        if (printer != null) {
            return;
        }
        try {
            if (file.toAbsolutePath().getParent() != null) {
                Files.createDirectories(file.toAbsolutePath().getParent());
            }
            BufferedWriter writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
            writer.write('\uFEFF');
            printer = new CSVPrinter(writer,
                    CSVFormat.RFC4180.builder().setHeader("row", "column", "value", "reason").get());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the rejected-rows report " + file, e);
        }
    }

    @Override
    public void close() throws IOException {
        if (printer != null) {
            printer.close();
        }
    }
}

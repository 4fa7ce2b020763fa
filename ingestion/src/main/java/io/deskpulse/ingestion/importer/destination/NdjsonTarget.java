package io.deskpulse.ingestion.importer.destination;

import io.deskpulse.events.TicketEvent;
import io.deskpulse.ingestion.importer.dedup.ImportLedger;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * {@code --out FILE}: one event per line, as {@code TicketEventCodec} JSON, appended; the file is a
 * target like a topic, so a second import of the same rows adds nothing. Ids reach the ledger only
 * after the lines holding them are flushed.
 */
public final class NdjsonTarget implements EventTarget {

    private static final int FLUSH_EVERY = 10_000;

    private final Path file;
    private final OutputStream out;
    private final ImportLedger ledger;
    private final List<UUID> unflushed = new ArrayList<>();

    private NdjsonTarget(Path file, OutputStream out, ImportLedger ledger) {
        this.file = file;
        this.out = out;
        this.ledger = ledger;
    }

    /** The target's name in its ledger and in messages. */
    public static String name(Path file) {
        return "file " + file.toAbsolutePath().normalize();
    }

    /**
     * Opens {@code file} for appending. A file that is missing or empty holds none of the events its
     * ledger remembers: the ledger is reset, and {@code notes} told.
     */
    public static NdjsonTarget open(Path file, ImportLedger ledger, Consumer<String> notes) {
        try {
            if (ledger.size() > 0 && (!Files.exists(file) || Files.size(file) == 0)) {
                notes.accept("ledger " + ledger.file() + ": " + file + " is missing or empty, so the "
                        + ledger.size() + " event ids remembered for it are forgotten");
                ledger.reset();
            }
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null && !Files.isDirectory(parent)) {
                Files.createDirectories(parent);
            }
            OutputStream out = new BufferedOutputStream(Files.newOutputStream(file, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND), 1 << 16);
            return new NdjsonTarget(file, out, ledger);
        } catch (IOException e) {
            throw new TargetException(file + ": cannot be written: " + e, e);
        }
    }

    @Override
    public void publish(TicketEvent event, byte[] json) {
        try {
            out.write(json);
            out.write('\n');
        } catch (IOException e) {
            throw new TargetException(file + ": cannot be written: " + e.getMessage(), e);
        }
        unflushed.add(event.eventId());
        if (unflushed.size() >= FLUSH_EVERY) {
            flush();
        }
    }

    @Override
    public void finish() {
        flush();
        ledger.flush();
    }

    private void flush() {
        try {
            out.flush();
        } catch (IOException e) {
            throw new TargetException(file + ": cannot be written: " + e.getMessage(), e);
        }
        unflushed.forEach(ledger::record);
        unflushed.clear();
    }

    @Override
    public void close() {
        try {
            out.close();
        } catch (IOException e) {
            throw new TargetException(file + ": cannot be closed: " + e.getMessage(), e);
        }
    }
}

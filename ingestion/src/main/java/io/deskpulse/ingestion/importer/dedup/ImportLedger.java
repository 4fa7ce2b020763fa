package io.deskpulse.ingestion.importer.dedup;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;

/**
 * The event ids already published to one target (a Kafka topic, an output file), one per line, so
 * that importing the same file again publishes only what is new. An id is recorded only once the
 * target has it (acknowledged by the broker, flushed to the file): after a crash the ledger may miss
 * ids that did arrive, never the other way round, and the topic's consumers drop the repeats anyway.
 */
public final class ImportLedger implements AutoCloseable {

    private final Path file;
    private final String target;
    private final EventIdSet ids = new EventIdSet();
    private BufferedWriter writer;

    private ImportLedger(Path file, String target) {
        this.file = file;
        this.target = target;
    }

    /** {@code $XDG_DATA_HOME/deskpulse/import-ledger}, by default {@code ~/.local/share/deskpulse/import-ledger}. */
    public static Path defaultDirectory() {
        String dataHome = System.getenv("XDG_DATA_HOME");
        Path base = dataHome != null && !dataHome.isBlank()
                ? Path.of(dataHome)
                : Path.of(System.getProperty("user.home"), ".local", "share");
        return base.resolve("deskpulse").resolve("import-ledger");
    }

    /** The ledger file of a target in the default directory: a readable name and a hash of the target. */
    public static Path defaultFile(String target) {
        String readable = target.replaceAll("[^A-Za-z0-9._-]+", "_");
        if (readable.length() > 80) {
            readable = readable.substring(readable.length() - 80);
        }
        return defaultDirectory().resolve(readable + "-" + hash(target) + ".ids");
    }

    /** Opens the ledger in {@code file}, reading the ids it holds; a missing file is an empty ledger. */
    public static ImportLedger open(Path file, String target) {
        ImportLedger ledger = new ImportLedger(file, target);
        if (Files.exists(file)) {
            try (BufferedReader lines = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                int number = 0;
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    number++;
                    if (!line.isBlank() && !line.startsWith("#")) {
                        ledger.ids.add(parse(file, number, line.strip()));
                    }
                }
            } catch (IOException e) {
                throw new LedgerException("ledger " + file + ": cannot be read: " + e.getMessage());
            }
        }
        return ledger;
    }

    private static UUID parse(Path file, int line, String text) {
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            throw new LedgerException("ledger " + file + ": line " + line + " is not an event id: '" + text
                    + "' (delete the file to start over)");
        }
    }

    public Path file() {
        return file;
    }

    /** Whether an earlier run published this event id. */
    public boolean contains(UUID eventId) {
        return ids.contains(eventId);
    }

    /** How many event ids earlier runs published. */
    public int size() {
        return ids.size();
    }

    /**
     * Writes down an event id that the target now has. It is not added to the ids {@link #contains}
     * answers for: those are the earlier runs', and the importer never publishes an id twice in a run.
     */
    public void record(UUID eventId) {
        try {
            if (writer == null) {
                writer = openForAppend();
            }
            writer.write(eventId.toString());
            writer.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException("ledger " + file + ": cannot be written", e);
        }
    }

    /** Forgets every id: the target no longer holds what was recorded (its file was removed). */
    public void reset() {
        try {
            close();
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("ledger " + file + ": cannot be reset", e);
        }
        ids.clear();
    }

    public void flush() {
        if (writer != null) {
            try {
                writer.flush();
            } catch (IOException e) {
                throw new UncheckedIOException("ledger " + file + ": cannot be written", e);
            }
        }
    }

    @Override
    public void close() throws IOException {
        if (writer != null) {
            writer.close();
            writer = null;
        }
    }

    private BufferedWriter openForAppend() throws IOException {
        if (file.getParent() != null) {
            Files.createDirectories(file.getParent());
        }
        boolean fresh = !Files.exists(file);
        BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
        if (fresh) {
            out.write("# DeskPulse import ledger: ids of the events published to " + target + "\n");
        }
        return out;
    }

    private static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}

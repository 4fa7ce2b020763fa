package io.deskpulse.ingestion.importer;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import io.deskpulse.events.DecodeResult;
import io.deskpulse.events.TicketEvent;
import io.deskpulse.events.TicketEventCodec;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Runs {@code bin/import} in this JVM, as the tests' user would on the command line. */
record ImportCommand(int status, String out, String err) {

    static ImportCommand run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Import.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new ImportCommand(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** A sample file of the tests' resources. */
    static String sample(String name) {
        try {
            return Path.of(ImportCommand.class.getResource(name).toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The events of an {@code --out} file, each decoded (and so validated) as a consumer would. */
    static List<TicketEvent> events(Path ndjson) {
        try {
            return Files.readAllLines(ndjson, StandardCharsets.UTF_8).stream()
                    .map(line -> assertInstanceOf(DecodeResult.Accepted.class,
                            TicketEventCodec.decode(line.getBytes(StandardCharsets.UTF_8)), line).event())
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The value of a counts line, e.g. {@code count("events published")}. */
    long count(String label) {
        for (String line : out.split("\n")) {
            if (line.startsWith(label + " ")) {
                return Long.parseLong(line.substring(label.length()).trim().split("\\s+")[0].replace(",", ""));
            }
        }
        throw new AssertionError("no line '" + label + "' in:\n" + out);
    }

    @Override
    public String toString() {
        return "exit " + status + "\n--- out:\n" + out + "--- err:\n" + err;
    }
}

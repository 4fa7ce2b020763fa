package io.deskpulse.ingestion.simulator;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.deskpulse.events.DecodeResult;
import io.deskpulse.events.TicketEventCodec;
import io.deskpulse.localstack.junit.LocalStack;
import io.deskpulse.localstack.junit.LocalStackEndpoints;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@ExtendWith(LocalStack.class)
class SimulateCommandTest {

    private static final Clock TODAY = Clock.fixed(Instant.parse("2026-11-24T15:30:00Z"), ZoneOffset.UTC);

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void writesAHistoryAsNdjsonEndingAtTheStartOfTodayByDefault(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("events.ndjson");

        int status = run("history", "--days", "2", "--seed", "5", "--tickets-per-day", "300", "--out", file.toString());

        assertEquals(Simulate.OK, status, err());
        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        try (NdjsonSink sink = new NdjsonSink(expected)) {
            History.generate(new SimulationSettings(5, 300), Instant.parse("2026-11-24T00:00:00Z"), 2, sink);
        }
        assertArrayEquals(expected.toByteArray(), Files.readAllBytes(file));
        assertTrue(err().contains("ending 2026-11-24T00:00:00Z, seed 5"), err());
        for (String line : Files.readAllLines(file)) {
            DecodeResult decoded = TicketEventCodec.decode(line.getBytes(StandardCharsets.UTF_8));
            assertTrue(decoded instanceof DecodeResult.Accepted, line);
        }
    }

    @Test
    void writesTheSameBytesToStandardOutput(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("events.ndjson");
        assertEquals(Simulate.OK, run("history", "--days", "1", "--tickets-per-day", "500", "--out", file.toString()));

        assertEquals(Simulate.OK, run("history", "--days", "1", "--tickets-per-day", "500", "--out", "-"));

        assertArrayEquals(Files.readAllBytes(file), out.toByteArray());
    }

    @Test
    void publishesAHistoryToKafka(LocalStackEndpoints stack) {
        int status = run("history", "--days", "1", "--tickets-per-day", "200", "--end", "2026-11-02T00:00:00Z",
                "--kafka", stack.kafkaBootstrapServers(), "--topic", "simulate-command-test");

        assertEquals(Simulate.OK, status, err());
        assertTrue(err().matches("(?s).* [0-9,]+ tickets, [0-9,]+ events in .*"), err());
    }

    @Test
    void refusesCommandLinesThatCannotRunWithStatusTwoAndOneClearLine(@TempDir Path dir) {
        Map<List<String>, String> refusals = Map.ofEntries(
                Map.entry(List.of(), "missing the mode: history or live"),
                Map.entry(List.of("replay"), "unknown mode 'replay': expected history or live"),
                Map.entry(List.of("history", "--out"), "--out needs a value"),
                Map.entry(List.of("history", "--days", "ten", "--out", "x"),
                        "--days must be a whole number, got 'ten'"),
                Map.entry(List.of("history", "--days", "0", "--out", "x"), "--days must be between 1 and 3660, got 0"),
                Map.entry(List.of("history", "--colour", "red"), "unknown option '--colour'"),
                Map.entry(List.of("history", "--speed", "2", "--out", "x"), "--speed is not an option of this mode"),
                Map.entry(List.of("live", "--out", "x"), "--out is not an option of this mode"),
                Map.entry(List.of("history", "--days", "2"),
                        "history needs exactly one of --out FILE and --kafka HOST:PORT"),
                Map.entry(List.of("history", "--out", "x", "--kafka", "h:1"),
                        "history needs exactly one of --out FILE and --kafka HOST:PORT"),
                Map.entry(List.of("history", "--out", "x", "--end", "2026-11-02T00:00:00.5Z"),
                        "--end must be a whole second, got '2026-11-02T00:00:00.5Z'"),
                Map.entry(List.of("history", "--out", "x", "--end", "yesterday"),
                        "--end must be an ISO-8601 instant such as 2026-12-01T00:00:00Z, got 'yesterday'"),
                Map.entry(List.of("history", "--out", dir.resolve("missing/events.ndjson").toString()),
                        "--out: the directory " + dir.resolve("missing") + " does not exist"),
                Map.entry(List.of("history", "--out", "x", "--tickets-per-day", "0"),
                        "--tickets-per-day must be between 1 and 1000000, got 0"),
                Map.entry(List.of("live", "--speed", "-3"), "--speed must be above 0 and at most 100000, got -3"),
                Map.entry(List.of("live", "--seed", "1", "--seed", "2"), "--seed is given twice"));
        refusals.forEach((args, message) -> {
            out.reset();
            err.reset();
            assertEquals(Simulate.INVALID, run(args.toArray(String[]::new)), args + ": " + err());
            assertEquals("simulate: " + message, err().lines().findFirst().orElseThrow(), args.toString());
            assertTrue(!err().contains("Exception") && !err().contains("\tat "), err());
            assertEquals("", out.toString(StandardCharsets.UTF_8));
        });
    }

    @Test
    void helpPrintsTheUsage() {
        assertEquals(Simulate.OK, run("--help"));
        assertTrue(out.toString(StandardCharsets.UTF_8).startsWith("usage: bin/simulate history"));
    }

    private int run(String... args) {
        return Simulate.run(args, Map.of(), TODAY, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }
}

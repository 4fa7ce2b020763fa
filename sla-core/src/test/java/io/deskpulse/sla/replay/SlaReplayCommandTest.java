package io.deskpulse.sla.replay;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command-line contract: output order and fields, {@code --until}, exit statuses and error lines. */
class SlaReplayCommandTest {

    private static final String CONFIG = """
            {
              "calendars": [{"id": "always", "alwaysOpen": true}],
              "policies": [
                {"id": "std", "match": {}, "calendar": "always",
                 "targets": {"FIRST_RESPONSE": 30}, "warnAt": [50]}
              ]
            }
            """;

    @TempDir
    Path dir;

    @Test
    void clocksAreSortedByTicketIdInCodePointOrderAndUntilDefaultsToTheLatestValidLine() throws IOException {
        Result result = run(CONFIG, String.join("\n",
                created("00000000-0000-4000-8000-000000000001", "b", "2026-03-02T09:00:00Z"),
                "",
                created("00000000-0000-4000-8000-000000000002", "a", "2026-03-02T09:10:00Z"),
                created("00000000-0000-4000-8000-000000000003", "\uD83D\uDE00", "2026-03-02T09:00:00Z"),
                created("00000000-0000-4000-8000-000000000004", "\uFFFD", "2026-03-02T09:00:00Z"),
                // a duplicate id (other case) with a later instant still moves the default --until
                created("00000000-0000-4000-8000-00000000000A".replace('A', 'a'), "c", "2026-03-02T09:00:00Z"),
                created("00000000-0000-4000-8000-00000000000A", "c", "2026-03-02T09:40:00Z")));
        assertEquals(0, result.status);
        assertEquals("", result.err);
        List<String> lines = result.out.lines().toList();
        assertEquals(List.of("a", "b", "c", "\uFFFD", "\uD83D\uDE00"),
                lines.stream().map(l -> l.substring(14, l.indexOf("\", \"metric\""))).toList());
        assertEquals("{\"ticketId\": \"b\", \"metric\": \"FIRST_RESPONSE\", \"cycle\": 1, \"policyId\": \"std\", "
                + "\"targetSeconds\": 1800, \"state\": \"BREACHED\", \"startedAt\": \"2026-03-02T09:00:00Z\", "
                + "\"stoppedAt\": null, \"dueAt\": \"2026-03-02T09:30:00Z\", \"breachedAt\": \"2026-03-02T09:30:00Z\", "
                + "\"usedSeconds\": 2400, \"pausedSeconds\": 0, \"warnings\": [{\"pct\": 50, \"at\": \"2026-03-02T09:15:00Z\"}]}",
                lines.get(1));
    }

    @Test
    void untilLeavesOutLaterEventsAndTicketsCreatedLater() throws IOException {
        Result result = run(CONFIG, String.join("\n",
                created("00000000-0000-4000-8000-000000000001", "T-1", "2026-03-02T09:00:00Z"),
                created("00000000-0000-4000-8000-000000000002", "T-2", "2026-03-02T12:00:00Z")),
                "--until", "2026-03-02T10:15:00+01:00");
        assertEquals(0, result.status);
        assertEquals(1, result.out.lines().count());
        assertEquals(true, result.out.contains("\"usedSeconds\": 900,"));
    }

    @Test
    void anInvalidEventNamesFileLineAndFieldAndPrintsNothing() throws IOException {
        Result result = run(CONFIG, String.join("\n",
                created("00000000-0000-4000-8000-000000000001", "T-1", "2026-03-02T09:00:00Z"),
                "",
                created("00000000-0000-4000-8000-000000000002", "T-2", "2026-03-02T09:00:00.250Z")));
        assertEquals(2, result.status);
        assertEquals("", result.out);
        assertEquals(events() + ":3: field 'occurredAt': must be a whole second (a fraction must be zero), "
                + "got '2026-03-02T09:00:00.250Z'\n", result.err);
    }

    @Test
    void aLineThatIsNotJsonIsInvalidInput() throws IOException {
        Result result = run(CONFIG, "{\"eventId\": ");
        assertEquals(2, result.status);
        assertEquals(true, result.err.startsWith(events() + ":1: field '': not valid JSON: "), result.err);
    }

    @Test
    void anInvalidConfigurationNamesTheLineOfTheOffendingElement() throws IOException {
        Result result = run("""
                {
                  "calendars": [
                    {"id": "cn", "zone": "Asia/Shanghai",
                     "hours": {"MON": ["09:00-12:00",
                                       "9:00-12:00"]}}
                  ],
                  "policies": []
                }
                """, "");
        assertEquals(2, result.status);
        assertEquals("", result.out);
        assertEquals(config() + ":5: field 'calendars[0].hours.MON[1]': must be HH:MM-HH:MM (24:00 only as an end), "
                + "got '9:00-12:00'\n", result.err);
    }

    @Test
    void theCommandLineIsCheckedToo() throws IOException {
        assertEquals("sla-replay:1: field '--events': is required\n", command("--config", "x.json").err);
        assertEquals(2, command("--config", "x.json").status);
        assertEquals("sla-replay:1: field '--until': must be an ISO-8601 instant with Z or an offset, got 'today'\n",
                run(CONFIG, "", "--until", "today").err);
        Result missing = command("--config", dir.resolve("missing.json").toString(), "--events", "e.ndjson");
        assertEquals(2, missing.status);
        assertEquals(true, missing.err.startsWith(dir.resolve("missing.json") + ":1: field '': cannot be read"), missing.err);
    }

    @Test
    void anEmptyLogHasNoClocks() throws IOException {
        Result result = run(CONFIG, "\n\n");
        assertEquals(0, result.status);
        assertEquals("", result.out);
    }

    private static String created(String eventId, String ticketId, String at) {
        return "{\"eventId\": \"" + eventId + "\", \"schema\": 1, \"type\": \"TICKET_CREATED\", \"ticketId\": \"" + ticketId
                + "\", \"occurredAt\": \"" + at + "\", \"source\": \"api\", \"customerTier\": \"STANDARD\", "
                + "\"region\": \"east\", \"category\": \"software\", \"priority\": \"P3\", \"channel\": \"email\"}";
    }

    private Path config() {
        return dir.resolve("config.json");
    }

    private Path events() {
        return dir.resolve("events.ndjson");
    }

    private Result run(String config, String events, String... more) throws IOException {
        Files.writeString(config(), config);
        Files.writeString(events(), events);
        List<String> args = new ArrayList<>(List.of("--config", config().toString(), "--events", events().toString()));
        args.addAll(List.of(more));
        return command(args.toArray(String[]::new));
    }

    private static Result command(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = SlaReplay.run(args, out, new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private record Result(int status, String out, String err) {}
}

package io.deskpulse.sla.replay;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every worked case of {@code ../shared/sla-cases} (copied into this module's test resources),
 * replayed through the command and compared with its expected output as JSON objects, line by line.
 */
class SlaCasesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    static Stream<Path> cases() throws IOException, URISyntaxException {
        return Files.list(casesFolder()).filter(Files::isDirectory).sorted();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void replayGivesTheExpectedClocks(Path dir) throws IOException {
        List<String> args = new ArrayList<>(List.of("--config", dir.resolve("config.json").toString(),
                "--events", dir.resolve("events.ndjson").toString()));
        Path until = dir.resolve("until.txt");
        if (Files.exists(until)) {
            args.addAll(List.of("--until", Files.readString(until).strip()));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = SlaReplay.run(args.toArray(String[]::new), out, new PrintStream(err, true, StandardCharsets.UTF_8));

        assertEquals("", err.toString(StandardCharsets.UTF_8));
        assertEquals(0, status);
        assertEquals(lines(Files.readString(dir.resolve("expected.ndjson"))), lines(out.toString(StandardCharsets.UTF_8)));
    }

    @Test
    void copiesEqualTheSharedCases() throws IOException, URISyntaxException {
        Path shared = Path.of("").toAbsolutePath().getParent().getParent().resolve("shared/sla-cases");
        assumeTrue(Files.isDirectory(shared), "../shared/sla-cases is not beside the repository");
        List<Path> sharedFiles = relativeFiles(shared);
        assertEquals(sharedFiles, relativeFiles(casesFolder()));
        for (Path file : sharedFiles) {
            assertArrayEquals(Files.readAllBytes(shared.resolve(file)), Files.readAllBytes(casesFolder().resolve(file)),
                    "copy of " + file + " differs from ../shared/sla-cases");
        }
    }

    private static List<Path> relativeFiles(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).map(root::relativize).sorted().toList();
        }
    }

    private static Path casesFolder() throws URISyntaxException {
        return Path.of(SlaCasesTest.class.getResource("/sla-cases").toURI());
    }

    private static List<JsonNode> lines(String ndjson) throws IOException {
        List<JsonNode> nodes = new ArrayList<>();
        for (String line : ndjson.split("\n")) {
            if (!line.isBlank()) {
                nodes.add(JSON.readTree(line));
            }
        }
        return nodes;
    }
}

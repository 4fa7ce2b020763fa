package io.deskpulse.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The contract's two forms agree: on every sample in {@code contract-samples/}, the codec (the Kafka
 * path and the HTTP API) and the published JSON Schema accept or reject alike, and name the same
 * field. An invalid sample is named {@code <field>--<what is wrong>.json}, with {@code record} for
 * the record as a whole.
 */
class TicketEventSchemaTest {

    private static final String WHOLE_RECORD = "record";

    private static final Schema SCHEMA = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
            .getSchema(new String(TicketEventSchema.json(), StandardCharsets.UTF_8), InputFormat.JSON);

    @ParameterizedTest(name = "{0}")
    @MethodSource("validSamples")
    void bothAcceptAValidSample(String name, String json) {
        assertInstanceOf(DecodeResult.Accepted.class, decode(json));
        assertEquals(List.of(), SCHEMA.validate(json, InputFormat.JSON));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidSamples")
    void bothRejectAnInvalidSampleOnTheFieldItIsNamedFor(String name, String json) {
        String field = name.substring(0, name.indexOf("--"));

        DecodeResult.Rejected rejected = assertInstanceOf(DecodeResult.Rejected.class, decode(json));

        assertEquals(WHOLE_RECORD.equals(field) ? null : field, rejected.field(), rejected.reason());
        List<Error> errors = SCHEMA.validate(json, InputFormat.JSON);
        assertEquals(Set.of(field), fieldsNamedBy(errors), errors::toString);
    }

    @Test
    void theCorpusCoversEveryEventTypeAndEnoughMistakes() throws IOException {
        Set<String> types = samples("valid")
                .map(sample -> ((DecodeResult.Accepted) decode((String) sample.get()[1])).event().type().name())
                .collect(Collectors.toSet());
        assertEquals(Stream.of(EventType.values()).map(Enum::name).collect(Collectors.toSet()), types);
        assertTrue(samples("invalid").count() >= 12);
    }

    static Stream<Arguments> validSamples() throws IOException {
        return samples("valid");
    }

    static Stream<Arguments> invalidSamples() throws IOException {
        return samples("invalid");
    }

    private static Stream<Arguments> samples(String kind) throws IOException {
        Path dir;
        try {
            dir = Path.of(TicketEventSchemaTest.class.getResource("/contract-samples/" + kind).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> sorted = files.sorted().toList();
            return sorted.stream().map(file -> Arguments.of(
                    file.getFileName().toString().replaceFirst("\\.json$", ""), read(file)));
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A missing field is named by its {@code required} error, any other by where the error is. */
    private static Set<String> fieldsNamedBy(List<Error> errors) {
        return errors.stream()
                .map(error -> "required".equals(error.getKeyword()) ? error.getProperty()
                        : error.getInstanceLocation().getNameCount() == 0 ? WHOLE_RECORD
                        : error.getInstanceLocation().getName(0))
                .collect(Collectors.toSet());
    }

    private static DecodeResult decode(String json) {
        return TicketEventCodec.decode(json.getBytes(StandardCharsets.UTF_8));
    }
}

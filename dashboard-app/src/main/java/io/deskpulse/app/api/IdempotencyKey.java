package io.deskpulse.app.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * What makes a retried request the same request: the {@code Idempotency-Key} header, or else the
 * {@code eventId} of a single event. Scoped by the client, so that two sending systems never share
 * a key. The event ids a key stands for are name-based UUIDs of it: a retry publishes the very same
 * events, which the stream jobs drop as duplicates even after the API has forgotten the key.
 */
record IdempotencyKey(String scoped) {

    static final String HEADER = "Idempotency-Key";

    private static final Pattern VISIBLE_ASCII = Pattern.compile("[\\x21-\\x7e]{1,255}");

    static Optional<IdempotencyKey> fromHeader(ApiClient client, String header) {
        if (header == null) {
            return Optional.empty();
        }
        if (!VISIBLE_ASCII.matcher(header).matches()) {
            throw new Problem(ProblemType.MALFORMED_REQUEST,
                    "The " + HEADER + " header must be 1 to 255 visible ASCII characters.").exception();
        }
        return Optional.of(new IdempotencyKey(client.source() + "\n" + HEADER + "\n" + header));
    }

    /** The key of a request for one event: the header's, else the event id the client chose. */
    static Optional<IdempotencyKey> of(ApiClient client, String header, JsonNode body) {
        Optional<IdempotencyKey> fromHeader = fromHeader(client, header);
        JsonNode eventId = body.path("eventId");
        if (fromHeader.isPresent() || !eventId.isTextual()) {
            return fromHeader;
        }
        return Optional.of(new IdempotencyKey(client.source() + "\neventId\n" + eventId.textValue()));
    }

    /** The id of the request's event. */
    UUID eventId() {
        return UUID.nameUUIDFromBytes(scoped.getBytes(StandardCharsets.UTF_8));
    }

    /** The id of a batch's event at {@code index}. */
    UUID eventId(int index) {
        return UUID.nameUUIDFromBytes((scoped + "\n" + index).getBytes(StandardCharsets.UTF_8));
    }
}

package io.deskpulse.app.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.deskpulse.events.DecodeResult;
import io.deskpulse.events.TicketEvent;
import io.deskpulse.events.TicketEventCodec;
import java.util.ArrayList;
import java.util.List;

/**
 * One event of a request on its way to the contract: the API fills in what the client may leave
 * out and insists on what the request itself decides (the path's ticket, the token's source), then
 * the event contract's codec checks the rest. Every problem is kept, as a JSON Pointer into the
 * request body.
 */
final class IncomingEvent {

    private final ObjectNode json;
    private final String pointer;
    private final List<FieldError> problems = new ArrayList<>();

    private IncomingEvent(ObjectNode json, String pointer) {
        this.json = json;
        this.pointer = pointer;
    }

    /** {@code pointer} is where the event is in the body: empty for the whole body, {@code /3} in a batch. */
    static IncomingEvent at(String pointer, JsonNode json) {
        if (json instanceof ObjectNode object) {
            return new IncomingEvent(object.deepCopy(), pointer);
        }
        IncomingEvent notAnEvent = new IncomingEvent(null, pointer);
        notAnEvent.problems.add(new FieldError(pointer, "must be a JSON object"));
        return notAnEvent;
    }

    /** Sets {@code field} when the client left it out (or sent null, which the contract counts as absent). */
    IncomingEvent fillIn(String field, String value) {
        if (json != null && absent(field)) {
            json.put(field, value);
        }
        return this;
    }

    IncomingEvent fillIn(String field, int value) {
        if (json != null && absent(field)) {
            json.put(field, value);
        }
        return this;
    }

    /**
     * Sets {@code field} to {@code value}; a different value from the client is a problem. The codec
     * then checks the rest of the event as if the client had sent {@code value}.
     */
    IncomingEvent insist(String field, String value, String why) {
        if (json == null) {
            return this;
        }
        JsonNode sent = json.get(field);
        if (!absent(field) && !(sent.isTextual() && sent.textValue().equals(value))) {
            problems.add(new FieldError(pointer + "/" + field, why));
        }
        json.put(field, value);
        return this;
    }

    /** Every problem of the event, the API's first, then the contract's in field order; empty when valid. */
    List<FieldError> problems() {
        List<FieldError> all = new ArrayList<>(problems);
        if (json != null) {
            for (DecodeResult.Rejected rejected : TicketEventCodec.problems(json)) {
                all.add(new FieldError(rejected.field() == null ? pointer : pointer + "/" + escape(rejected.field()),
                        rejected.message()));
            }
        }
        return all;
    }

    /** The event, once {@link #problems()} is empty. */
    TicketEvent event() {
        return switch (TicketEventCodec.decode(json)) {
            case DecodeResult.Accepted accepted -> accepted.event();
            case DecodeResult.Rejected rejected ->
                    throw new IllegalStateException("invalid event: " + rejected.reason());
        };
    }

    private boolean absent(String field) {
        JsonNode value = json.get(field);
        return value == null || value.isNull();
    }

    /** JSON Pointer escaping (RFC 6901) of one reference token. */
    private static String escape(String field) {
        return field.replace("~", "~0").replace("/", "~1");
    }
}

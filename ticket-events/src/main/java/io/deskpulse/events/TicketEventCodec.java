package io.deskpulse.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.UUID;

/**
 * JSON form of {@link TicketEvent}s (schema 1). Decoding never throws: bad input becomes a
 * {@link DecodeResult.Rejected} whose reason names the field, so that one malformed record can go to
 * the dead-letter topic while processing goes on. Unknown fields are accepted and ignored.
 */
public final class TicketEventCodec {

    static final int MAX_ID_LENGTH = 128;
    static final int MAX_TEXT_LENGTH = 1000;

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private TicketEventCodec() {}

    public static byte[] encode(TicketEvent event) {
        try {
            return MAPPER.writeValueAsBytes(toJson(event));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialize " + event, e);
        }
    }

    public static String encodeToString(TicketEvent event) {
        return toJson(event).toString();
    }

    public static DecodeResult decode(byte[] json) {
        if (json == null) {
            return new DecodeResult.Rejected("empty record");
        }
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            return new DecodeResult.Rejected("not valid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            return new DecodeResult.Rejected("not valid JSON: " + e.getMessage());
        }
        if (root == null || !root.isObject()) {
            return new DecodeResult.Rejected("not a JSON object");
        }
        try {
            return new DecodeResult.Accepted(fromJson(new Fields(root)));
        } catch (InvalidField e) {
            return new DecodeResult.Rejected(e.getMessage());
        }
    }

    private static ObjectNode toJson(TicketEvent event) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("eventId", event.eventId().toString());
        node.put("schema", TicketEvent.SCHEMA);
        node.put("type", event.type().name());
        node.put("ticketId", event.ticketId());
        node.put("occurredAt", event.occurredAt().toString());
        node.put("source", event.source());
        switch (event) {
            case TicketCreated e -> {
                node.put("customerId", e.customerId());
                node.put("customerTier", e.customerTier());
                node.put("region", e.region());
                node.put("team", e.team());
                node.put("category", e.category());
                node.put("priority", e.priority().name());
                node.put("channel", e.channel().wireName());
                node.put("subject", e.subject());
            }
            case AgentReplied e -> {
                node.put("agentId", e.agentId());
                node.put("public", e.publicReply());
            }
            case TicketResolved e -> {
                node.put("agentId", e.agentId());
                node.put("resolutionCode", e.resolutionCode());
                node.put("firstContact", e.firstContact());
            }
        }
        return node;
    }

    private static TicketEvent fromJson(Fields f) {
        int schema = f.integer("schema");
        if (schema != TicketEvent.SCHEMA) {
            throw new InvalidField("schema", "unsupported schema " + schema + ", expected " + TicketEvent.SCHEMA);
        }
        EventType type = f.enumValue("type", EventType.class);
        UUID eventId = f.uuid("eventId");
        String ticketId = f.text("ticketId", MAX_ID_LENGTH);
        Instant occurredAt = f.instant("occurredAt");
        String source = f.text("source", MAX_ID_LENGTH);
        return switch (type) {
            case TICKET_CREATED -> new TicketCreated(eventId, ticketId, occurredAt, source,
                    f.text("customerId", MAX_ID_LENGTH),
                    f.text("customerTier", MAX_ID_LENGTH),
                    f.text("region", MAX_ID_LENGTH),
                    f.text("team", MAX_ID_LENGTH),
                    f.text("category", MAX_TEXT_LENGTH),
                    f.enumValue("priority", Priority.class),
                    f.channel("channel"),
                    f.text("subject", MAX_TEXT_LENGTH));
            case AGENT_REPLIED -> new AgentReplied(eventId, ticketId, occurredAt, source,
                    f.text("agentId", MAX_ID_LENGTH), f.bool("public"));
            case TICKET_RESOLVED -> new TicketResolved(eventId, ticketId, occurredAt, source,
                    f.text("agentId", MAX_ID_LENGTH),
                    f.optionalText("resolutionCode", MAX_ID_LENGTH),
                    f.bool("firstContact"));
            default -> throw new InvalidField("type", "type " + type + " is not supported by this version");
        };
    }

    /** Typed, validating access to the fields of one JSON object. */
    private record Fields(JsonNode root) {

        JsonNode required(String name) {
            JsonNode value = root.get(name);
            if (value == null || value.isNull()) {
                throw new InvalidField(name, "is required");
            }
            return value;
        }

        String text(String name, int maxLength) {
            JsonNode value = required(name);
            if (!value.isTextual()) {
                throw new InvalidField(name, "must be a string");
            }
            String text = value.asText();
            if (text.isBlank()) {
                throw new InvalidField(name, "must not be blank");
            }
            if (text.length() > maxLength) {
                throw new InvalidField(name, "is longer than " + maxLength + " characters");
            }
            return text;
        }

        String optionalText(String name, int maxLength) {
            JsonNode value = root.get(name);
            return value == null || value.isNull() ? "" : text(name, maxLength);
        }

        int integer(String name) {
            JsonNode value = required(name);
            if (!value.isIntegralNumber() || !value.canConvertToInt()) {
                throw new InvalidField(name, "must be an integer");
            }
            return value.intValue();
        }

        boolean bool(String name) {
            JsonNode value = required(name);
            if (!value.isBoolean()) {
                throw new InvalidField(name, "must be true or false");
            }
            return value.booleanValue();
        }

        UUID uuid(String name) {
            String text = text(name, 36);
            try {
                return UUID.fromString(text);
            } catch (IllegalArgumentException e) {
                throw new InvalidField(name, "must be a UUID, got '" + text + "'");
            }
        }

        Instant instant(String name) {
            String text = text(name, 64);
            try {
                return OffsetDateTime.parse(text).toInstant();
            } catch (DateTimeParseException e) {
                throw new InvalidField(name, "must be an ISO-8601 instant with Z or an offset, got '" + text + "'");
            }
        }

        <E extends Enum<E>> E enumValue(String name, Class<E> type) {
            String text = text(name, MAX_ID_LENGTH);
            try {
                return Enum.valueOf(type, text);
            } catch (IllegalArgumentException e) {
                throw new InvalidField(name, "must be one of " + Arrays.toString(type.getEnumConstants())
                        + ", got '" + text + "'");
            }
        }

        Channel channel(String name) {
            String text = text(name, MAX_ID_LENGTH);
            try {
                return Channel.fromWireName(text);
            } catch (IllegalArgumentException e) {
                throw new InvalidField(name, "must be one of phone, email, web, chat, wechat, api, got '" + text + "'");
            }
        }
    }

    private static final class InvalidField extends RuntimeException {
        InvalidField(String field, String message) {
            super("field '" + field + "': " + message, null, false, false);
        }
    }
}

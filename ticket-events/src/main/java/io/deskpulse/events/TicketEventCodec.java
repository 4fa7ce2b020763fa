package io.deskpulse.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * JSON form of {@link TicketEvent}s (schema 1). Decoding never throws: bad input becomes a
 * {@link DecodeResult.Rejected} that names the field, so that one malformed record can go to the
 * dead-letter topic while processing goes on. Unknown fields are accepted and ignored.
 *
 * <p>Which fields are required follows SLA-SPEC.md ("Events read by the engine"): the common ones,
 * and per type only those the SLA engine reads. Every other known field is type-checked when present
 * and decodes to {@code null} when absent or null.
 */
public final class TicketEventCodec {

    static final int MAX_ID_LENGTH = 128;
    static final int MAX_TEXT_LENGTH = 1000;

    private static final Pattern CANONICAL_UUID =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

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
            return new DecodeResult.Rejected(null, "empty record");
        }
        return decode(json, 0, json.length);
    }

    /** Decodes the record in {@code length} bytes from {@code offset}, e.g. one line of a file read whole. */
    public static DecodeResult decode(byte[] buffer, int offset, int length) {
        JsonNode root;
        try {
            root = MAPPER.readTree(buffer, offset, length);
        } catch (JsonProcessingException e) {
            return new DecodeResult.Rejected(null, "not valid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            return new DecodeResult.Rejected(null, "not valid JSON: " + e.getMessage());
        }
        return decode(root);
    }

    /** Decodes a record already parsed, e.g. one element of an HTTP request's array; the first problem rejects it. */
    public static DecodeResult decode(JsonNode root) {
        if (root == null || !root.isObject()) {
            return new DecodeResult.Rejected(null, "not a JSON object");
        }
        try {
            return new DecodeResult.Accepted(fromJson(new Fields(root, null)));
        } catch (InvalidField e) {
            return new DecodeResult.Rejected(e.field, e.getMessage());
        }
    }

    /**
     * Every problem of a parsed record in field order, where {@link #decode(JsonNode)} stops at the
     * first: for callers that answer a person (the HTTP API), who should be able to fix them all at
     * once. Empty exactly when {@code decode} accepts the record, and otherwise starts with its
     * rejection. Without a valid {@code type}, only the common fields can be checked.
     */
    public static List<DecodeResult.Rejected> problems(JsonNode root) {
        if (root == null || !root.isObject()) {
            return List.of(new DecodeResult.Rejected(null, "not a JSON object"));
        }
        List<DecodeResult.Rejected> problems = new ArrayList<>();
        fromJson(new Fields(root, problems));
        return problems;
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
                putIfPresent(node, "customerId", e.customerId());
                node.put("customerTier", e.customerTier());
                node.put("region", e.region());
                putIfPresent(node, "team", e.team());
                node.put("category", e.category());
                node.put("priority", e.priority().name());
                node.put("channel", e.channel().wireName());
                putIfPresent(node, "subject", e.subject());
            }
            case TicketAssigned e -> {
                putIfPresent(node, "agentId", e.agentId());
                putIfPresent(node, "team", e.team());
            }
            case AgentReplied e -> {
                putIfPresent(node, "agentId", e.agentId());
                node.put("public", e.publicReply());
            }
            case CustomerReplied e -> { }
            case StatusChanged e -> {
                node.put("status", e.status().name());
                putIfPresent(node, "reason", e.reason());
            }
            case PriorityChanged e -> node.put("priority", e.priority().name());
            case TicketResolved e -> {
                putIfPresent(node, "agentId", e.agentId());
                putIfPresent(node, "resolutionCode", e.resolutionCode());
                node.put("firstContact", e.firstContact());
            }
            case TicketReopened e -> putIfPresent(node, "reason", e.reason());
            case TicketClosed e -> { }
            case SatisfactionRated e -> {
                node.put("csat", e.csat());
                if (e.nps() != null) {
                    node.put("nps", e.nps());
                }
                putIfPresent(node, "comment", e.comment());
            }
            case WorkLogged e -> {
                putIfPresent(node, "agentId", e.agentId());
                if (e.minutes() != null) {
                    node.put("minutes", e.minutes());
                }
            }
        }
        return node;
    }

    private static void putIfPresent(ObjectNode node, String name, String value) {
        if (value != null) {
            node.put(name, value);
        }
    }

    /**
     * The event. With a collecting {@link Fields} it may be made of stand-ins, or null without a valid
     * type: the caller then only wants the problems.
     */
    private static TicketEvent fromJson(Fields f) {
        UUID eventId = f.uuid("eventId");
        f.schema("schema");
        EventType type = f.enumValue("type", EventType.class);
        String ticketId = f.text("ticketId", MAX_ID_LENGTH);
        Instant occurredAt = f.instant("occurredAt");
        String source = f.text("source", MAX_ID_LENGTH);
        if (type == null) {
            // Only when collecting: the type decides which other fields there are to check.
            return null;
        }
        return switch (type) {
            case TICKET_CREATED -> new TicketCreated(eventId, ticketId, occurredAt, source,
                    f.optionalText("customerId", MAX_ID_LENGTH),
                    f.text("customerTier", MAX_ID_LENGTH),
                    f.text("region", MAX_ID_LENGTH),
                    f.optionalText("team", MAX_ID_LENGTH),
                    f.text("category", MAX_TEXT_LENGTH),
                    f.enumValue("priority", Priority.class),
                    f.channel("channel"),
                    f.optionalText("subject", MAX_TEXT_LENGTH));
            case TICKET_ASSIGNED -> new TicketAssigned(eventId, ticketId, occurredAt, source,
                    f.optionalText("agentId", MAX_ID_LENGTH), f.optionalText("team", MAX_ID_LENGTH));
            case AGENT_REPLIED -> new AgentReplied(eventId, ticketId, occurredAt, source,
                    f.optionalText("agentId", MAX_ID_LENGTH), f.bool("public"));
            case CUSTOMER_REPLIED -> new CustomerReplied(eventId, ticketId, occurredAt, source);
            case STATUS_CHANGED -> new StatusChanged(eventId, ticketId, occurredAt, source,
                    f.enumValue("status", TicketStatus.class), f.optionalText("reason", MAX_TEXT_LENGTH));
            case PRIORITY_CHANGED -> new PriorityChanged(eventId, ticketId, occurredAt, source,
                    f.enumValue("priority", Priority.class));
            case TICKET_RESOLVED -> new TicketResolved(eventId, ticketId, occurredAt, source,
                    f.optionalText("agentId", MAX_ID_LENGTH),
                    f.optionalText("resolutionCode", MAX_ID_LENGTH),
                    Boolean.TRUE.equals(f.optionalBool("firstContact")));
            case TICKET_REOPENED -> new TicketReopened(eventId, ticketId, occurredAt, source,
                    f.optionalText("reason", MAX_TEXT_LENGTH));
            case TICKET_CLOSED -> new TicketClosed(eventId, ticketId, occurredAt, source);
            case SATISFACTION_RATED -> new SatisfactionRated(eventId, ticketId, occurredAt, source,
                    f.integerIn("csat", 1, 5),
                    f.optionalIntegerIn("nps", 0, 10),
                    f.optionalText("comment", MAX_TEXT_LENGTH));
            case WORK_LOGGED -> new WorkLogged(eventId, ticketId, occurredAt, source,
                    f.optionalText("agentId", MAX_ID_LENGTH),
                    f.optionalIntegerIn("minutes", Integer.MIN_VALUE, Integer.MAX_VALUE));
        };
    }

    /**
     * Typed, validating access to the fields of one JSON object; a JSON null counts as absent. The
     * first problem ends decoding (the Kafka path) unless {@code problems} collects every one.
     */
    private static final class Fields {

        private final JsonNode root;
        private final List<DecodeResult.Rejected> problems;

        Fields(JsonNode root, List<DecodeResult.Rejected> problems) {
            this.root = root;
            this.problems = problems;
        }

        /** A string, as the spec requires: only its type is checked (and a length bound against abuse). */
        String text(String name, int maxLength) {
            return read(name, true, (n, value) -> string(n, value, maxLength), null);
        }

        /** Optional text: null when absent, otherwise checked as {@link #text}. */
        String optionalText(String name, int maxLength) {
            return read(name, false, (n, value) -> string(n, value, maxLength), null);
        }

        void schema(String name) {
            read(name, true, Fields::schemaNumber, TicketEvent.SCHEMA);
        }

        int integerIn(String name, int min, int max) {
            return read(name, true, (n, value) -> inRange(n, toInt(n, value), min, max), min);
        }

        Integer optionalIntegerIn(String name, int min, int max) {
            return read(name, false, (n, value) -> inRange(n, toInt(n, value), min, max), null);
        }

        boolean bool(String name) {
            return read(name, true, Fields::toBool, false);
        }

        Boolean optionalBool(String name) {
            return read(name, false, Fields::toBool, null);
        }

        UUID uuid(String name) {
            return read(name, true, Fields::toUuid, null);
        }

        Instant instant(String name) {
            return read(name, true, Fields::toInstant, null);
        }

        <E extends Enum<E>> E enumValue(String name, Class<E> type) {
            return read(name, true, (n, value) -> toEnum(n, value, type), null);
        }

        Channel channel(String name) {
            return read(name, true, Fields::toChannel, null);
        }

        /**
         * The checked value of field {@code name}. When collecting, a problem is noted and
         * {@code standIn} returned instead, so that the next field is read; the event built from
         * stand-ins is thrown away.
         */
        private <T> T read(String name, boolean required, Check<T> check, T standIn) {
            JsonNode value = root.get(name);
            try {
                if (value == null || value.isNull()) {
                    if (required) {
                        throw new InvalidField(name, "is required");
                    }
                    return null;
                }
                return check.value(name, value);
            } catch (InvalidField e) {
                if (problems == null) {
                    throw e;
                }
                problems.add(new DecodeResult.Rejected(e.field, e.getMessage()));
                return standIn;
            }
        }

        private interface Check<T> {
            T value(String name, JsonNode value);
        }

        private static String string(String name, JsonNode value, int maxLength) {
            if (!value.isTextual()) {
                throw new InvalidField(name, "must be a string");
            }
            String text = value.asText();
            if (text.length() > maxLength) {
                throw new InvalidField(name, "is longer than " + maxLength + " characters");
            }
            return text;
        }

        private static int schemaNumber(String name, JsonNode value) {
            int schema = toInt(name, value);
            if (schema != TicketEvent.SCHEMA) {
                throw new InvalidField(name, "unsupported schema " + schema + ", expected " + TicketEvent.SCHEMA);
            }
            return schema;
        }

        private static int toInt(String name, JsonNode value) {
            if (!value.isIntegralNumber() || !value.canConvertToInt()) {
                throw new InvalidField(name, "must be an integer");
            }
            return value.intValue();
        }

        private static int inRange(String name, int value, int min, int max) {
            if (value < min || value > max) {
                throw new InvalidField(name, "must be between " + min + " and " + max + ", got " + value);
            }
            return value;
        }

        private static boolean toBool(String name, JsonNode value) {
            if (!value.isBoolean()) {
                throw new InvalidField(name, "must be true or false");
            }
            return value.booleanValue();
        }

        /** A UUID in its canonical 8-4-4-4-12 hex form, either case (UUID.fromString alone is laxer). */
        private static UUID toUuid(String name, JsonNode value) {
            String text = string(name, value, MAX_ID_LENGTH);
            if (!CANONICAL_UUID.matcher(text).matches()) {
                throw new InvalidField(name, "must be a UUID, got '" + text + "'");
            }
            return UUID.fromString(text);
        }

        /** Event time is kept to the second: a fraction, when present, must be zero. */
        private static Instant toInstant(String name, JsonNode value) {
            String text = string(name, value, 64);
            Instant instant = plainUtc(text);
            try {
                if (instant == null) {
                    instant = OffsetDateTime.parse(text).toInstant();
                }
            } catch (DateTimeParseException e) {
                throw new InvalidField(name, "must be an ISO-8601 instant with Z or an offset, got '" + text + "'");
            }
            if (instant.getNano() != 0) {
                throw new InvalidField(name, "must be a whole second (a fraction must be zero), got '" + text + "'");
            }
            return instant;
        }

        /**
         * The common {@code yyyy-MM-ddTHH:mm:ssZ} without the general parser (it dominates decoding);
         * null for anything else, which the general parser then accepts or rejects.
         */
        private static Instant plainUtc(String text) {
            if (text.length() != 20 || text.charAt(4) != '-' || text.charAt(7) != '-' || text.charAt(10) != 'T'
                    || text.charAt(13) != ':' || text.charAt(16) != ':' || text.charAt(19) != 'Z') {
                return null;
            }
            for (int i : new int[] {0, 1, 2, 3, 5, 6, 8, 9, 11, 12, 14, 15, 17, 18}) {
                if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                    return null;
                }
            }
            try {
                return LocalDateTime.of(digits(text, 0, 4), digits(text, 5, 7), digits(text, 8, 10), digits(text, 11, 13),
                        digits(text, 14, 16), digits(text, 17, 19)).toInstant(ZoneOffset.UTC);
            } catch (DateTimeException e) {
                return null;
            }
        }

        private static int digits(String text, int from, int to) {
            int value = 0;
            for (int i = from; i < to; i++) {
                value = value * 10 + text.charAt(i) - '0';
            }
            return value;
        }

        private static <E extends Enum<E>> E toEnum(String name, JsonNode value, Class<E> type) {
            String text = string(name, value, MAX_ID_LENGTH);
            try {
                return Enum.valueOf(type, text);
            } catch (IllegalArgumentException e) {
                throw new InvalidField(name, "must be one of " + Arrays.toString(type.getEnumConstants())
                        + ", got '" + text + "'");
            }
        }

        /** Channels travel in lower case (DESIGN.md); other spellings are not the contract's. */
        private static Channel toChannel(String name, JsonNode value) {
            String text = string(name, value, MAX_ID_LENGTH);
            for (Channel channel : Channel.values()) {
                if (channel.wireName().equals(text)) {
                    return channel;
                }
            }
            throw new InvalidField(name, "must be one of phone, email, web, chat, wechat, api, got '" + text + "'");
        }
    }

    private static final class InvalidField extends RuntimeException {
        final String field;

        InvalidField(String field, String message) {
            super(message, null, false, false);
            this.field = field;
        }
    }
}

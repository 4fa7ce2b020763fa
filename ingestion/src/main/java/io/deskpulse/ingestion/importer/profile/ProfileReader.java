package io.deskpulse.ingestion.importer.profile;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds and reads mapping profiles: a JSON file by path, or a profile shipped with the importer by
 * name. Every mistake (an unknown key, a field the kind does not have, a bad zone or date pattern)
 * is a {@link ProfileException} naming the key, so that a typo never silently maps nothing.
 */
public final class ProfileReader {

    /** The profiles shipped as resources, selectable by name. */
    public static final List<String> SHIPPED = List.of("servicenow-incident", "spreadsheet-cn");

    private static final String RESOURCES = "/io/deskpulse/ingestion/importer/profiles/";
    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]*");
    private static final Set<String> PROFILE_KEYS = Set.of("name", "description", "kind", "source", "encoding",
            "delimiter", "sheet", "zone", "dateFormats", "unknownValues", "normalise", "fields");
    private static final Set<String> FIELD_KEYS = Set.of("column", "columns", "join", "values", "otherwise", "strict",
            "default", "case", "unknownValues");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String origin;

    private ProfileReader(String origin) {
        this.origin = origin;
    }

    /** A profile file, or the shipped profile of that name. */
    public static Profile load(String nameOrPath) {
        Path path = Path.of(nameOrPath);
        if (Files.isRegularFile(path)) {
            try {
                String fileName = path.getFileName().toString();
                return read(Files.readAllBytes(path), nameOrPath, fileName.replaceFirst("\\.json$", ""));
            } catch (IOException e) {
                throw new ProfileException("profile " + nameOrPath + ": cannot be read: " + e.getMessage());
            }
        }
        if (NAME.matcher(nameOrPath).matches()) {
            try (InputStream in = ProfileReader.class.getResourceAsStream(RESOURCES + nameOrPath + ".json")) {
                if (in != null) {
                    return read(in.readAllBytes(), nameOrPath, nameOrPath);
                }
            } catch (IOException e) {
                throw new ProfileException("profile " + nameOrPath + ": cannot be read: " + e.getMessage());
            }
        }
        throw new ProfileException("profile " + nameOrPath + ": no such file, and no shipped profile of that name "
                + "(shipped: " + String.join(", ", SHIPPED) + ")");
    }

    /** Reads a profile document; {@code origin} names it in messages, {@code defaultName} if it has no name. */
    public static Profile read(byte[] json, String origin, String defaultName) {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new ProfileException("profile " + origin + ": not valid JSON: " + e.getOriginalMessage()
                    + (e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ")"));
        } catch (IOException e) {
            throw new ProfileException("profile " + origin + ": cannot be read: " + e.getMessage());
        }
        return new ProfileReader(origin).profile(root, defaultName);
    }

    private Profile profile(JsonNode root, String defaultName) {
        if (root == null || !root.isObject()) {
            throw invalid("", "must be a JSON object");
        }
        onlyKeys(root, PROFILE_KEYS, "");
        String name = text(root, "name", defaultName);
        String kindName = text(root, "kind", ProfileKind.TICKET_PER_ROW.jsonName());
        ProfileKind kind = ProfileKind.fromJsonName(kindName);
        if (kind == null) {
            throw invalid("kind", "must be ticket-per-row or servicenow-incident, got '" + kindName + "'");
        }
        String source = text(root, "source", "import");
        if (source.isBlank() || source.length() > 128) {
            throw invalid("source", "must be a name of 1 to 128 characters");
        }
        Charset encoding = charset(text(root, "encoding", "UTF-8"), "encoding");
        String delimiter = text(root, "delimiter", ",");
        if (delimiter.length() != 1) {
            throw invalid("delimiter", "must be one character, got '" + delimiter + "'");
        }
        ZoneId zone = zone(text(root, "zone", "UTC"));
        DateReader dates;
        try {
            dates = new DateReader(texts(root, "dateFormats"), zone);
        } catch (IllegalArgumentException e) {
            throw invalid("dateFormats", e.getMessage());
        }
        Normalisation normalisation = normalisation(root.get("normalise"));
        Set<String> unknown = normalised(texts(root, "unknownValues"), normalisation, null);
        Map<String, FieldSpec> fields = fields(root.get("fields"), kind, normalisation);
        return new Profile(name, kind, source, encoding, delimiter.charAt(0), text(root, "sheet", null), dates,
                normalisation, unknown, fields);
    }

    private Normalisation normalisation(JsonNode node) {
        if (node == null) {
            return Normalisation.DEFAULT;
        }
        if (!node.isObject()) {
            throw invalid("normalise", "must be an object such as {\"trim\": true, \"halfWidth\": true}");
        }
        onlyKeys(node, Set.of("trim", "halfWidth"), "normalise");
        return new Normalisation(bool(node, "halfWidth", "normalise.halfWidth"), bool(node, "trim", "normalise.trim"));
    }

    private Map<String, FieldSpec> fields(JsonNode node, ProfileKind kind, Normalisation normalisation) {
        if (node == null || !node.isObject()) {
            throw invalid("fields", "is required: an object of event field -> {\"column\": ...}");
        }
        Map<String, FieldSpec> fields = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            String name = entry.getKey();
            if (!kind.fields().contains(name)) {
                throw invalid("fields." + name, "is not a field of a " + kind.jsonName() + " profile; its fields are "
                        + kind.fields());
            }
            fields.put(name, field(name, entry.getValue(), normalisation));
        }
        for (String required : kind.required()) {
            FieldSpec spec = fields.get(required);
            if (spec == null || (!spec.hasColumns() && spec.defaultValue() == null)) {
                throw invalid("fields." + required, "is required: give it a \"column\" or a \"default\"");
            }
        }
        if (!fields.get("ticketId").hasColumns()) {
            throw invalid("fields.ticketId", "needs a \"column\": every ticket has its own id");
        }
        return fields;
    }

    private FieldSpec field(String name, JsonNode node, Normalisation normalisation) {
        String path = "fields." + name;
        if (!node.isObject()) {
            throw invalid(path, "must be an object such as {\"column\": \"Priority\"}");
        }
        onlyKeys(node, FIELD_KEYS, path);
        List<String> columns = new ArrayList<>();
        if (node.has("column") && node.has("columns")) {
            throw invalid(path, "has both \"column\" and \"columns\": use one");
        }
        if (node.has("column")) {
            columns.add(text(node, "column", null, path + ".column"));
        } else if (node.has("columns")) {
            columns.addAll(texts(node, "columns", path + ".columns"));
        }
        String caseName = text(node, "case", null, path + ".case");
        LetterCase letterCase = null;
        if (caseName != null) {
            switch (caseName) {
                case "upper" -> letterCase = LetterCase.UPPER;
                case "lower" -> letterCase = LetterCase.LOWER;
                default -> throw invalid(path + ".case", "must be \"upper\" or \"lower\", got '" + caseName + "'");
            }
        }
        Map<String, String> values = new LinkedHashMap<>();
        JsonNode valuesNode = node.get("values");
        if (valuesNode != null) {
            if (!valuesNode.isObject()) {
                throw invalid(path + ".values", "must be an object of value in the file -> value of the event");
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = valuesNode.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> entry = it.next();
                if (!entry.getValue().isTextual()) {
                    throw invalid(path + ".values." + entry.getKey(), "must be a string");
                }
                String key = normalisation.apply(entry.getKey());
                values.put(letterCase == null ? key : letterCase.apply(key), entry.getValue().asText());
            }
        }
        return new FieldSpec(name, List.copyOf(columns), text(node, "join", "/", path + ".join"), values,
                text(node, "otherwise", null, path + ".otherwise"), bool(node, "strict", path + ".strict", false),
                text(node, "default", null, path + ".default"), letterCase,
                normalised(texts(node, "unknownValues", path + ".unknownValues"), normalisation, letterCase));
    }

    private static Set<String> normalised(List<String> values, Normalisation normalisation, LetterCase letterCase) {
        Set<String> set = new LinkedHashSet<>();
        for (String value : values) {
            String normal = normalisation.apply(value);
            set.add(normal);
            if (letterCase != null) {
                set.add(letterCase.apply(normal));
            }
        }
        return set;
    }

    private ZoneId zone(String name) {
        try {
            return ZoneId.of(name);
        } catch (DateTimeException e) {
            throw invalid("zone", "'" + name + "' is not a time zone (use an IANA name such as Asia/Shanghai)");
        }
    }

    private Charset charset(String name, String path) {
        Charset charset = encoding(name);
        if (charset == null) {
            throw invalid(path, "'" + name + "' is not an encoding (e.g. UTF-8, GB18030)");
        }
        return charset;
    }

    /**
     * The encoding of that name, or null. {@code UTF-8-BOM} is UTF-8: a byte-order mark is dropped
     * whatever the encoding, so it needs no name of its own.
     */
    public static Charset encoding(String name) {
        try {
            return Charset.forName(name.toUpperCase(Locale.ROOT).replace("UTF-8-BOM", "UTF-8"));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return null;
        }
    }

    private void onlyKeys(JsonNode node, Set<String> allowed, String path) {
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String key = names.next();
            if (!allowed.contains(key)) {
                throw invalid(path.isEmpty() ? key : path + "." + key, "is not a key of a profile here; known: "
                        + allowed.stream().sorted().toList());
            }
        }
    }

    private String text(JsonNode node, String key, String defaultValue) {
        return text(node, key, defaultValue, key);
    }

    private String text(JsonNode node, String key, String defaultValue, String path) {
        JsonNode value = node.get(key);
        if (value == null || value.isNull()) {
            return defaultValue;
        }
        if (!value.isTextual()) {
            throw invalid(path, "must be a string");
        }
        return value.asText();
    }

    private List<String> texts(JsonNode node, String key) {
        return texts(node, key, key);
    }

    private List<String> texts(JsonNode node, String key, String path) {
        JsonNode value = node.get(key);
        if (value == null || value.isNull()) {
            return List.of();
        }
        if (!value.isArray()) {
            throw invalid(path, "must be an array of strings");
        }
        List<String> texts = new ArrayList<>();
        for (JsonNode item : value) {
            if (!item.isTextual()) {
                throw invalid(path, "must be an array of strings");
            }
            texts.add(item.asText());
        }
        return texts;
    }

    private boolean bool(JsonNode node, String key, String path) {
        return bool(node, key, path, true);
    }

    private boolean bool(JsonNode node, String key, String path, boolean defaultValue) {
        JsonNode value = node.get(key);
        if (value == null || value.isNull()) {
            return defaultValue;
        }
        if (!value.isBoolean()) {
            throw invalid(path, "must be true or false");
        }
        return value.booleanValue();
    }

    private ProfileException invalid(String path, String message) {
        String key = path.isEmpty() ? "" : "key '" + path + "' ";
        return new ProfileException("profile " + origin + ": " + key + message);
    }
}

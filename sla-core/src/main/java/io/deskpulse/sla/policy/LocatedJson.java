package io.deskpulse.sla.policy;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * A JSON document as a tree plus the line where each element starts, by path
 * ({@code calendars[0].hours.MON[0]}), so that a configuration error can point at its line.
 */
final class LocatedJson {

    private static final JsonFactory FACTORY = new JsonFactory();

    final JsonNode root;
    private final Map<String, Integer> lines = new HashMap<>();

    private LocatedJson(byte[] json) throws ConfigurationException {
        try (JsonParser parser = FACTORY.createParser(json)) {
            if (parser.nextToken() == null) {
                throw new ConfigurationException(1, "", "not valid JSON: the document is empty");
            }
            root = read(parser, "");
            if (parser.nextToken() != null) {
                throw new ConfigurationException(line(parser), "", "not valid JSON: content after the document");
            }
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 1 : Math.max(1, e.getLocation().getLineNr());
            throw new ConfigurationException(line, "", "not valid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new ConfigurationException(1, "", "cannot be read: " + e.getMessage());
        }
    }

    static LocatedJson parse(byte[] json) throws ConfigurationException {
        return new LocatedJson(json);
    }

    /** The line of the element at {@code path}, or of its nearest enclosing element; 1 if none. */
    int lineOf(String path) {
        String p = path;
        while (true) {
            Integer line = lines.get(p);
            if (line != null) {
                return line;
            }
            if (p.isEmpty()) {
                return 1;
            }
            int cut = Math.max(p.lastIndexOf('.'), p.lastIndexOf('['));
            p = cut < 0 ? "" : p.substring(0, cut);
        }
    }

    static String child(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    static String element(String path, int index) {
        return path + "[" + index + "]";
    }

    private JsonNode read(JsonParser parser, String path) throws IOException {
        lines.putIfAbsent(path, line(parser));
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        JsonToken token = parser.currentToken();
        switch (token) {
            case START_OBJECT -> {
                ObjectNode object = nodes.objectNode();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String name = parser.currentName();
                    String childPath = child(path, name);
                    lines.put(childPath, line(parser));
                    parser.nextToken();
                    object.set(name, read(parser, childPath));
                }
                return object;
            }
            case START_ARRAY -> {
                ArrayNode array = nodes.arrayNode();
                int index = 0;
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    array.add(read(parser, element(path, index++)));
                }
                return array;
            }
            case VALUE_STRING -> {
                return nodes.textNode(parser.getText());
            }
            case VALUE_NUMBER_INT -> {
                return nodes.numberNode(parser.getBigIntegerValue());
            }
            case VALUE_NUMBER_FLOAT -> {
                return nodes.numberNode(parser.getDecimalValue());
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                return nodes.booleanNode(token == JsonToken.VALUE_TRUE);
            }
            case VALUE_NULL -> {
                return nodes.nullNode();
            }
            default -> throw new IllegalStateException("a value cannot start with " + token);
        }
    }

    private static int line(JsonParser parser) {
        return Math.max(1, parser.currentTokenLocation().getLineNr());
    }
}

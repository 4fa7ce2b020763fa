package io.deskpulse.sla.policy;

import static io.deskpulse.sla.policy.LocatedJson.child;
import static io.deskpulse.sla.policy.LocatedJson.element;

import com.fasterxml.jackson.databind.JsonNode;
import io.deskpulse.events.Channel;
import io.deskpulse.events.Priority;
import io.deskpulse.events.TicketStatus;
import io.deskpulse.sla.Metric;
import io.deskpulse.sla.calendar.BusinessCalendar;
import io.deskpulse.sla.calendar.LocalInterval;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads and validates the configuration JSON of SLA-SPEC.md ("Configuration"). Every rule of the
 * spec is checked; the first violation becomes a {@link ConfigurationException} naming the line and
 * the path of the offending element. Keys the spec does not define are ignored, except inside
 * {@code match} (the spec makes them an error) and where keys are values (weekdays, metrics, dates).
 */
public final class ConfigurationReader {

    private static final List<String> WEEKDAYS = List.of("MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN");
    private static final Set<String> MATCH_KEYS = Set.of("priority", "customerTier", "region", "channel", "categoryPrefix");
    private static final Set<TicketStatus> DEFAULT_PAUSE_ON = EnumSet.of(TicketStatus.PENDING_CUSTOMER, TicketStatus.ON_HOLD);

    private final LocatedJson json;

    private ConfigurationReader(LocatedJson json) {
        this.json = json;
    }

    /** A configuration document: the book plus the optional {@code version} and {@code effectiveFrom}. */
    public record Document(String version, Instant effectiveFrom, PolicyBook book) {}

    public static PolicyBook read(byte[] configJson) throws ConfigurationException {
        return readDocument(configJson).book();
    }

    public static Document readDocument(byte[] configJson) throws ConfigurationException {
        ConfigurationReader reader = new ConfigurationReader(LocatedJson.parse(configJson));
        try {
            return reader.document();
        } catch (Invalid e) {
            throw new ConfigurationException(reader.json.lineOf(e.path), e.path, e.getMessage());
        }
    }

    private Document document() {
        JsonNode root = json.root;
        if (!root.isObject()) {
            throw new Invalid("", "must be a JSON object");
        }
        String version = null;
        JsonNode versionNode = optional(root, "version");
        if (versionNode != null) {
            if (!versionNode.isTextual() && !versionNode.isIntegralNumber()) {
                throw new Invalid("version", "must be a string or an integer");
            }
            version = versionNode.asText();
        }
        Instant effectiveFrom = optional(root, "effectiveFrom") == null ? null : instant(root.get("effectiveFrom"), "effectiveFrom");

        Map<String, BusinessCalendar> calendars = new LinkedHashMap<>();
        JsonNode calendarList = list(required(root, "", "calendars"), "calendars");
        for (int i = 0; i < calendarList.size(); i++) {
            String path = element("calendars", i);
            BusinessCalendar calendar = calendar(calendarList.get(i), path);
            if (calendars.putIfAbsent(calendar.id(), calendar) != null) {
                throw new Invalid(child(path, "id"), "duplicate calendar id '" + calendar.id() + "'");
            }
        }
        List<SlaPolicy> policies = new ArrayList<>();
        Set<String> policyIds = new HashSet<>();
        JsonNode policyList = list(required(root, "", "policies"), "policies");
        for (int i = 0; i < policyList.size(); i++) {
            String path = element("policies", i);
            SlaPolicy policy = policy(policyList.get(i), path, calendars);
            if (!policyIds.add(policy.id())) {
                throw new Invalid(child(path, "id"), "duplicate policy id '" + policy.id() + "'");
            }
            policies.add(policy);
        }
        return new Document(version, effectiveFrom, new PolicyBook(calendars, policies));
    }

    private BusinessCalendar calendar(JsonNode node, String path) {
        object(node, path);
        String id = text(required(node, path, "id"), child(path, "id"));
        boolean alwaysOpen = false;
        JsonNode alwaysOpenNode = optional(node, "alwaysOpen");
        if (alwaysOpenNode != null) {
            if (!alwaysOpenNode.isBoolean()) {
                throw new Invalid(child(path, "alwaysOpen"), "must be true or false");
            }
            alwaysOpen = alwaysOpenNode.booleanValue();
        }
        JsonNode zoneNode = optional(node, "zone");
        ZoneId zone;
        if (zoneNode == null) {
            if (!alwaysOpen) {
                throw new Invalid(child(path, "zone"), "is required (only an alwaysOpen calendar may omit it)");
            }
            zone = ZoneOffset.UTC;
        } else {
            zone = zone(zoneNode, child(path, "zone"));
        }

        Map<DayOfWeek, List<LocalInterval>> hours = new EnumMap<>(DayOfWeek.class);
        JsonNode hoursNode = optional(node, "hours");
        if (hoursNode != null) {
            String hoursPath = child(path, "hours");
            object(hoursNode, hoursPath);
            for (Iterator<String> names = hoursNode.fieldNames(); names.hasNext(); ) {
                String day = names.next();
                int index = WEEKDAYS.indexOf(day);
                if (index < 0) {
                    throw new Invalid(child(hoursPath, day), "is not a weekday: must be one of " + WEEKDAYS);
                }
                hours.put(DayOfWeek.of(index + 1), intervals(hoursNode.get(day), child(hoursPath, day)));
            }
        }
        Set<LocalDate> holidays = new HashSet<>();
        JsonNode holidaysNode = optional(node, "holidays");
        if (holidaysNode != null) {
            String holidaysPath = child(path, "holidays");
            list(holidaysNode, holidaysPath);
            for (int i = 0; i < holidaysNode.size(); i++) {
                holidays.add(date(holidaysNode.get(i), element(holidaysPath, i)));
            }
        }
        Map<LocalDate, List<LocalInterval>> overrides = new HashMap<>();
        JsonNode overridesNode = optional(node, "overrides");
        if (overridesNode != null) {
            String overridesPath = child(path, "overrides");
            object(overridesNode, overridesPath);
            for (Iterator<String> names = overridesNode.fieldNames(); names.hasNext(); ) {
                String key = names.next();
                String keyPath = child(overridesPath, key);
                LocalDate date = parseDate(key, keyPath);
                if (holidays.contains(date)) {
                    throw new Invalid(keyPath, "is also a holiday: a date may not be both");
                }
                overrides.put(date, intervals(overridesNode.get(key), keyPath));
            }
        }
        return alwaysOpen ? BusinessCalendar.alwaysOpen(id, zone) : BusinessCalendar.of(id, zone, hours, holidays, overrides);
    }

    private List<LocalInterval> intervals(JsonNode node, String path) {
        list(node, path);
        List<LocalInterval> intervals = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            String itemPath = element(path, i);
            LocalInterval interval;
            try {
                interval = LocalInterval.parse(text(node.get(i), itemPath));
            } catch (IllegalArgumentException e) {
                throw new Invalid(itemPath, e.getMessage());
            }
            for (LocalInterval earlier : intervals) {
                if (earlier.overlaps(interval)) {
                    throw new Invalid(itemPath, "overlaps " + earlier + " of the same day");
                }
            }
            intervals.add(interval);
        }
        return intervals;
    }

    private SlaPolicy policy(JsonNode node, String path, Map<String, BusinessCalendar> calendars) {
        object(node, path);
        String id = text(required(node, path, "id"), child(path, "id"));
        PolicyMatch match = match(required(node, path, "match"), child(path, "match"));
        String calendarPath = child(path, "calendar");
        String calendarId = text(required(node, path, "calendar"), calendarPath);
        BusinessCalendar calendar = calendars.get(calendarId);
        if (calendar == null) {
            throw new Invalid(calendarPath, "names no calendar: '" + calendarId + "'");
        }
        Map<Metric, Integer> targets = targets(required(node, path, "targets"), child(path, "targets"));
        int[] warnAt = warnAt(optional(node, "warnAt"), child(path, "warnAt"));
        Set<TicketStatus> pauseOn = DEFAULT_PAUSE_ON;
        JsonNode pauseNode = optional(node, "pauseOn");
        if (pauseNode != null) {
            String pausePath = child(path, "pauseOn");
            list(pauseNode, pausePath);
            pauseOn = EnumSet.noneOf(TicketStatus.class);
            for (int i = 0; i < pauseNode.size(); i++) {
                pauseOn.add(enumValue(pauseNode.get(i), element(pausePath, i), TicketStatus.class));
            }
        }
        return new SlaPolicy(id, match, calendar, targets, warnAt, pauseOn);
    }

    private PolicyMatch match(JsonNode node, String path) {
        object(node, path);
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String key = names.next();
            if (!MATCH_KEYS.contains(key)) {
                throw new Invalid(child(path, key), "unknown key: must be one of "
                        + "priority, customerTier, region, channel, categoryPrefix");
            }
        }
        String categoryPrefix = optional(node, "categoryPrefix") == null ? null
                : string(node.get("categoryPrefix"), child(path, "categoryPrefix"));
        return new PolicyMatch(
                values(node, path, "priority", text -> checkEnum(text, Priority.class)),
                values(node, path, "customerTier", Function.identity()),
                values(node, path, "region", Function.identity()),
                values(node, path, "channel", ConfigurationReader::checkChannel),
                categoryPrefix);
    }

    /** A match list: non-empty strings; {@code check} returns the value or throws with a message. */
    private Set<String> values(JsonNode match, String matchPath, String key, Function<String, String> check) {
        JsonNode node = optional(match, key);
        if (node == null) {
            return null;
        }
        String path = child(matchPath, key);
        list(node, path);
        if (node.isEmpty()) {
            throw new Invalid(path, "must not be empty");
        }
        Set<String> values = new LinkedHashSet<>();
        for (int i = 0; i < node.size(); i++) {
            String itemPath = element(path, i);
            String text = string(node.get(i), itemPath);
            try {
                values.add(check.apply(text));
            } catch (IllegalArgumentException e) {
                throw new Invalid(itemPath, e.getMessage());
            }
        }
        return values;
    }

    private static String checkEnum(String text, Class<? extends Enum<?>> type) {
        for (Enum<?> constant : type.getEnumConstants()) {
            if (constant.name().equals(text)) {
                return text;
            }
        }
        throw new IllegalArgumentException("must be one of " + Arrays.toString(type.getEnumConstants()) + ", got '" + text + "'");
    }

    private static String checkChannel(String text) {
        for (Channel channel : Channel.values()) {
            if (channel.wireName().equals(text)) {
                return text;
            }
        }
        throw new IllegalArgumentException("must be one of phone, email, web, chat, wechat, api, got '" + text + "'");
    }

    private Map<Metric, Integer> targets(JsonNode node, String path) {
        object(node, path);
        Map<Metric, Integer> targets = new EnumMap<>(Metric.class);
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String key = names.next();
            String keyPath = child(path, key);
            Metric metric = Arrays.stream(Metric.values()).filter(m -> m.name().equals(key)).findFirst()
                    .orElseThrow(() -> new Invalid(keyPath, "is not a metric: must be one of " + Arrays.toString(Metric.values())));
            targets.put(metric, integer(node.get(key), keyPath, 1, Integer.MAX_VALUE));
        }
        return targets;
    }

    private int[] warnAt(JsonNode node, String path) {
        if (node == null) {
            return new int[0];
        }
        list(node, path);
        int[] pcts = new int[node.size()];
        Set<Integer> seen = new HashSet<>();
        for (int i = 0; i < node.size(); i++) {
            String itemPath = element(path, i);
            pcts[i] = integer(node.get(i), itemPath, 1, 99);
            if (!seen.add(pcts[i])) {
                throw new Invalid(itemPath, "repeats " + pcts[i] + ": percentages must be distinct");
            }
        }
        return pcts;
    }

    private static JsonNode optional(JsonNode object, String name) {
        JsonNode value = object.get(name);
        return value == null || value.isNull() ? null : value;
    }

    private static JsonNode required(JsonNode object, String path, String name) {
        JsonNode value = optional(object, name);
        if (value == null) {
            throw new Invalid(child(path, name), "is required");
        }
        return value;
    }

    private static void object(JsonNode node, String path) {
        if (!node.isObject()) {
            throw new Invalid(path, "must be an object");
        }
    }

    private static JsonNode list(JsonNode node, String path) {
        if (!node.isArray()) {
            throw new Invalid(path, "must be a list");
        }
        return node;
    }

    private static String string(JsonNode node, String path) {
        if (!node.isTextual()) {
            throw new Invalid(path, "must be a string");
        }
        return node.asText();
    }

    /** A non-empty string, as ids must be. */
    private static String text(JsonNode node, String path) {
        String text = string(node, path);
        if (text.isEmpty()) {
            throw new Invalid(path, "must not be empty");
        }
        return text;
    }

    private static int integer(JsonNode node, String path, int min, int max) {
        if (!node.isIntegralNumber()) {
            throw new Invalid(path, "must be an integer from " + min + " to " + max);
        }
        if (!node.canConvertToInt() || node.intValue() < min || node.intValue() > max) {
            throw new Invalid(path, "must be an integer from " + min + " to " + max + ", got " + node.asText());
        }
        return node.intValue();
    }

    private static <E extends Enum<E>> E enumValue(JsonNode node, String path, Class<E> type) {
        String text = string(node, path);
        try {
            return Enum.valueOf(type, text);
        } catch (IllegalArgumentException e) {
            throw new Invalid(path, "must be one of " + Arrays.toString(type.getEnumConstants()) + ", got '" + text + "'");
        }
    }

    private static ZoneId zone(JsonNode node, String path) {
        String text = text(node, path);
        try {
            return ZoneId.of(text);
        } catch (DateTimeException e) {
            throw new Invalid(path, "must be an IANA time zone such as Asia/Shanghai, got '" + text + "'");
        }
    }

    private static LocalDate date(JsonNode node, String path) {
        return parseDate(string(node, path), path);
    }

    private static LocalDate parseDate(String text, String path) {
        try {
            if (text.length() == 10) {
                return LocalDate.parse(text);
            }
        } catch (DateTimeParseException e) {
            // reported below, with the text
        }
        throw new Invalid(path, "must be a date YYYY-MM-DD, got '" + text + "'");
    }

    private static Instant instant(JsonNode node, String path) {
        String text = string(node, path);
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            throw new Invalid(path, "must be an ISO-8601 instant with Z or an offset, got '" + text + "'");
        }
    }

    /** A violation found while walking the tree; turned into a ConfigurationException with its line. */
    private static final class Invalid extends RuntimeException {
        final String path;

        Invalid(String path, String message) {
            super(message, null, false, false);
            this.path = path;
        }
    }
}

package io.deskpulse.app.manager;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where a manager stands in the drill-down, as the URL says it: all their regions, one region, a
 * team of it, or one agent. The URL is the state, so a view can be bookmarked and shared (and is
 * checked again against the viewer's scope each time, see {@code ScopeNarrowing}).
 */
public record Drill(String region, String team, String agent) {

    public static final String REGION = "region";
    public static final String TEAM = "team";
    public static final String AGENT = "agent";

    public static final Drill TOP = new Drill(null, null, null);

    public static Drill of(Map<String, List<String>> query) {
        return new Drill(first(query, REGION), first(query, TEAM), first(query, AGENT));
    }

    /** One level down, into {@code group} of the current level's breakdown. */
    public Drill into(String group) {
        if (region == null) {
            return new Drill(group, null, null);
        }
        return team == null ? new Drill(region, group, null) : new Drill(region, team, group);
    }

    public boolean atAgent() {
        return agent != null;
    }

    /** The URL's query parameters, in drill order. */
    public Map<String, String> parameters() {
        Map<String, String> parameters = new LinkedHashMap<>();
        put(parameters, REGION, region);
        put(parameters, TEAM, team);
        put(parameters, AGENT, agent);
        return parameters;
    }

    private static void put(Map<String, String> parameters, String name, String value) {
        if (value != null) {
            parameters.put(name, value);
        }
    }

    private static String first(Map<String, List<String>> query, String name) {
        List<String> values = query.get(name);
        return values == null || values.isEmpty() || values.getFirst().isBlank() ? null : values.getFirst();
    }
}

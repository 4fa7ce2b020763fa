package io.deskpulse.jobs.cells;

import java.io.Serializable;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The time zone each region works in, for the cells that are read in local time (a Monday 09:00 in
 * Shanghai and in Berlin are different instants). A region not listed works in UTC.
 *
 * <p>From {@code DESKPULSE_REGION_ZONES}, e.g. {@code cn-east=Asia/Shanghai,us-east=America/New_York}.
 */
public final class RegionZones implements Serializable {

    public static final String DEFAULT = "cn-east=Asia/Shanghai,eu-central=Europe/Berlin,us-east=America/New_York";

    private final Map<String, String> zones;

    private RegionZones(Map<String, String> zones) {
        this.zones = zones;
    }

    public static RegionZones fromEnvironment(Map<String, String> env) {
        return parse(env.getOrDefault("DESKPULSE_REGION_ZONES", DEFAULT));
    }

    public static RegionZones parse(String spec) {
        Map<String, String> zones = new LinkedHashMap<>();
        for (String entry : spec.split(",")) {
            if (entry.isBlank()) {
                continue;
            }
            int eq = entry.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("region zone '" + entry.strip() + "' is not region=Zone/Id");
            }
            String zone = entry.substring(eq + 1).strip();
            try {
                ZoneId.of(zone);
            } catch (DateTimeException e) {
                throw new IllegalArgumentException("region " + entry.substring(0, eq).strip() + ": unknown time zone '"
                        + zone + "'");
            }
            zones.put(entry.substring(0, eq).strip(), zone);
        }
        return new RegionZones(Map.copyOf(zones));
    }

    public ZoneId zoneOf(String region) {
        String zone = zones.get(region);
        return zone == null ? ZoneOffset.UTC : ZoneId.of(zone);
    }

    @Override
    public String toString() {
        return zones.toString();
    }
}

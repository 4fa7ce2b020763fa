package io.deskpulse.jobs.sla;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.deskpulse.sla.policy.ConfigurationException;
import io.deskpulse.sla.policy.ConfigurationReader;
import java.time.Instant;
import org.apache.flink.api.common.functions.FlatMapFunction;
import org.apache.flink.util.Collector;

/**
 * An SLA configuration document as the rows of its policies and calendars, under the version the
 * engine applies it as: the initial document as {@link PolicyVersions#INITIAL}, in force since
 * always; a published one under its own version from its {@code effectiveFrom}. A document the
 * engine rejects (see {@link SlaMonitorFunction}) gives no rows.
 */
final class ConfigurationItems implements FlatMapFunction<byte[], ConfigurationItem> {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final boolean initial;

    private ConfigurationItems(boolean initial) {
        this.initial = initial;
    }

    static ConfigurationItems initial() {
        return new ConfigurationItems(true);
    }

    static ConfigurationItems published() {
        return new ConfigurationItems(false);
    }

    @Override
    public void flatMap(byte[] document, Collector<ConfigurationItem> out) throws Exception {
        ConfigurationReader.Document parsed;
        try {
            parsed = ConfigurationReader.readDocument(document);
        } catch (ConfigurationException e) {
            return;
        }
        if (!initial && (parsed.version() == null || parsed.effectiveFrom() == null)) {
            return;
        }
        String version = initial ? PolicyVersions.INITIAL : parsed.version();
        Instant from = initial ? Instant.EPOCH : parsed.effectiveFrom();
        JsonNode root = JSON.readTree(document);
        JsonNode policies = root.get("policies");
        for (int i = 0; i < policies.size(); i++) {
            out.collect(new ConfigurationItem(ConfigurationItem.Kind.POLICY, policies.get(i).get("id").asText(), version,
                    from, i, policies.get(i).toString()));
        }
        for (JsonNode calendar : root.get("calendars")) {
            out.collect(new ConfigurationItem(ConfigurationItem.Kind.CALENDAR, calendar.get("id").asText(), version,
                    from, 0, calendar.toString()));
        }
    }
}

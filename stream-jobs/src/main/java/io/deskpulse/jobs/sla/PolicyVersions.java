package io.deskpulse.jobs.sla;

import io.deskpulse.sla.policy.ConfigurationException;
import io.deskpulse.sla.policy.ConfigurationReader;
import io.deskpulse.sla.policy.ConfigurationVersions;
import io.deskpulse.sla.policy.PolicyBook;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The SLA configuration versions a subtask knows: the initial document the job was started with
 * (in force since always) and the documents received on the {@code sla-config} topic, parsed once
 * each. Documents on the topic were validated when received, so parsing them again cannot fail.
 */
final class PolicyVersions {

    static final String INITIAL = "initial";

    private final ConfigurationReader.Document initial;
    private final Map<String, ConfigurationReader.Document> received = new HashMap<>();
    private ConfigurationVersions versions;

    PolicyVersions(byte[] initialDocument) throws ConfigurationException {
        initial = ConfigurationReader.readDocument(initialDocument);
        rebuild();
    }

    /** Takes in the documents of the broadcast state that are new to this subtask. */
    void sync(Iterable<Map.Entry<String, byte[]>> documents) throws ConfigurationException {
        boolean changed = false;
        for (Map.Entry<String, byte[]> document : documents) {
            if (!received.containsKey(document.getKey())) {
                received.put(document.getKey(), ConfigurationReader.readDocument(document.getValue()));
                changed = true;
            }
        }
        if (changed) {
            rebuild();
        }
    }

    ConfigurationVersions.Version inForceAt(java.time.Instant instant) {
        return versions.inForceAt(instant);
    }

    PolicyBook book(String version) {
        if (INITIAL.equals(version)) {
            return initial.book();
        }
        ConfigurationReader.Document document = received.get(version);
        if (document == null) {
            throw new IllegalStateException("SLA configuration version " + version + " is not known here");
        }
        return document.book();
    }

    private void rebuild() {
        List<ConfigurationVersions.Version> all = new ArrayList<>();
        all.add(new ConfigurationVersions.Version(INITIAL, null, initial.book()));
        received.forEach((id, doc) -> all.add(new ConfigurationVersions.Version(id, doc.effectiveFrom(), doc.book())));
        versions = new ConfigurationVersions(all);
    }
}

package io.deskpulse.sla.policy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Where the SLA policies and calendars come from: the JSON file named by {@code DESKPULSE_SLA_CONFIG},
 * or else the demo configuration shipped in this module ({@code default-sla-config.json}). The stream
 * job and the app's due-time preview read the same document, so they always agree.
 */
public final class SlaConfigurationSource {

    public static final String DEFAULT_RESOURCE = "/io/deskpulse/sla/default-sla-config.json";

    private SlaConfigurationSource() {}

    public static byte[] fromEnvironment() {
        return fromEnvironment(System.getenv());
    }

    public static byte[] fromEnvironment(Map<String, String> env) {
        String path = env.get("DESKPULSE_SLA_CONFIG");
        try {
            if (path != null && !path.isBlank()) {
                return Files.readAllBytes(Path.of(path));
            }
            try (InputStream in = SlaConfigurationSource.class.getResourceAsStream(DEFAULT_RESOURCE)) {
                return in.readAllBytes();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the SLA configuration " + (path == null ? DEFAULT_RESOURCE : path), e);
        }
    }
}

package io.deskpulse.sla.replay;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import io.deskpulse.sla.clock.ClockSnapshot;
import io.deskpulse.sla.clock.Warning;
import java.time.Instant;

/** One output line of {@code sla-replay}, fields in the order of the spec's example. */
final class ClockJson {

    private ClockJson() {}

    static void append(ClockSnapshot clock, StringBuilder json) {
        json.append("{\"ticketId\": ");
        string(clock.ticketId(), json);
        json.append(", \"metric\": \"").append(clock.metric().name()).append('"');
        json.append(", \"cycle\": ").append(clock.cycle());
        json.append(", \"policyId\": ");
        string(clock.policyId(), json);
        json.append(", \"targetSeconds\": ").append(clock.targetSeconds());
        json.append(", \"state\": \"").append(clock.state().name()).append('"');
        json.append(", \"startedAt\": ");
        instant(clock.startedAt(), json);
        json.append(", \"stoppedAt\": ");
        instant(clock.stoppedAt(), json);
        json.append(", \"dueAt\": ");
        instant(clock.dueAt(), json);
        json.append(", \"breachedAt\": ");
        instant(clock.breachedAt(), json);
        json.append(", \"usedSeconds\": ").append(clock.usedSeconds());
        json.append(", \"pausedSeconds\": ").append(clock.pausedSeconds());
        json.append(", \"warnings\": [");
        for (int i = 0; i < clock.warnings().size(); i++) {
            Warning warning = clock.warnings().get(i);
            json.append(i == 0 ? "" : ", ").append("{\"pct\": ").append(warning.pct()).append(", \"at\": ");
            instant(warning.at(), json);
            json.append('}');
        }
        json.append("]}");
    }

    private static void string(String value, StringBuilder json) {
        json.append('"');
        JsonStringEncoder.getInstance().quoteAsString(value, json);
        json.append('"');
    }

    /** UTC, to the second, with Z: Instant.toString prints no fraction for whole seconds. */
    private static void instant(Instant value, StringBuilder json) {
        if (value == null) {
            json.append("null");
        } else {
            json.append('"').append(value).append('"');
        }
    }
}

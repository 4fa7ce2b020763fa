package io.deskpulse.app.ticket;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.deskpulse.sla.clock.TimelineSegment;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Reads a clock's explanation back from {@code sla_clocks.timeline} (docs/sla-engine.md, "Explanations"). */
public final class ClockTimeline {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ClockTimeline() {}

    /** The segments in order; a timeline that cannot be read is reported, never silently empty. */
    public static List<TimelineSegment> parse(String json) {
        try {
            List<TimelineSegment> segments = new ArrayList<>();
            for (JsonNode s : JSON.readTree(json)) {
                segments.add(new TimelineSegment(Instant.parse(s.get("from").asText()), instant(s.get("to")),
                        TimelineSegment.Kind.valueOf(s.get("kind").asText()), text(s.get("reason")),
                        text(s.get("policyId"))));
            }
            return segments;
        } catch (Exception e) {
            throw new IllegalArgumentException("unreadable clock timeline: " + e.getMessage(), e);
        }
    }

    private static Instant instant(JsonNode node) {
        return node == null || node.isNull() ? null : Instant.parse(node.asText());
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() ? null : node.asText();
    }
}

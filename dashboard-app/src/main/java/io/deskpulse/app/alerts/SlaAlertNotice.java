package io.deskpulse.app.alerts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.deskpulse.app.security.Roles;
import io.deskpulse.app.security.Viewer;
import java.io.IOException;
import java.io.Serializable;
import java.time.Instant;

/**
 * A warning or breach as the SLA monitor publishes it on {@code sla-alerts} (docs/sla-engine.md).
 * {@code agentId} is the ticket's assignee as the job knew it when it reported the alert (empty when
 * unassigned).
 */
public record SlaAlertNotice(String ticketId, String metric, int cycle, String kind, int pct, Instant at,
        String region, String team, String agentId, Instant reportedAt) implements Serializable {

    private static final ObjectMapper JSON = new ObjectMapper();

    public static SlaAlertNotice parse(byte[] json) throws IOException {
        JsonNode node = JSON.readTree(json);
        return new SlaAlertNotice(node.path("ticketId").asText(), node.path("metric").asText(),
                node.path("cycle").asInt(), node.path("kind").asText(), node.path("pct").asInt(),
                Instant.parse(node.path("at").asText()), node.path("region").asText(), node.path("team").asText(),
                node.path("agentId").asText(""), Instant.parse(node.path("reportedAt").asText()));
    }

    public boolean isBreach() {
        return "BREACH".equals(kind);
    }

    /**
     * Whom an alert concerns: the ticket's agent; the managers of its region; executives and
     * administrators for breaches only (warnings are for the people who can still act).
     */
    public boolean concerns(Viewer viewer) {
        return switch (viewer.role()) {
            case Roles.AGENT -> agentId.equals(viewer.agentId());
            case Roles.MANAGER -> viewer.regions().contains(region);
            default -> isBreach();
        };
    }
}

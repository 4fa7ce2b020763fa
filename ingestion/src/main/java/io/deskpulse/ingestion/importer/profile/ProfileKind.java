package io.deskpulse.ingestion.importer.profile;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * How a profile turns rows into ticket events, and the fields it may map. A required field must be
 * given a column or a default in the profile.
 */
public enum ProfileKind {

    /** One row is one ticket: created, and assigned, resolved, closed when those columns are filled. */
    TICKET_PER_ROW("ticket-per-row",
            List.of("ticketId", "createdAt", "customerTier", "region", "category", "priority", "channel"),
            List.of("customerId", "team", "subject", "assignedAt", "agentId", "resolvedAt", "resolvedBy",
                    "resolutionCode", "firstContact", "closedAt")),

    /** ServiceNow's incident audit log: one row per update of an incident, replayed into its events. */
    SERVICENOW_INCIDENT("servicenow-incident",
            List.of("ticketId", "sequence", "updatedAt", "createdAt", "state", "customerTier", "region", "category",
                    "priority", "channel"),
            List.of("recordCreatedAt", "customerId", "team", "agentId", "reopenCount", "resolvedBy", "resolvedAt",
                    "closedAt", "resolutionCode", "subject"));

    private final String jsonName;
    private final List<String> required;
    private final Set<String> fields = new LinkedHashSet<>();

    ProfileKind(String jsonName, List<String> required, List<String> optional) {
        this.jsonName = jsonName;
        this.required = required;
        fields.addAll(required);
        fields.addAll(optional);
    }

    public String jsonName() {
        return jsonName;
    }

    List<String> required() {
        return required;
    }

    Set<String> fields() {
        return fields;
    }

    static ProfileKind fromJsonName(String name) {
        for (ProfileKind kind : values()) {
            if (kind.jsonName.equals(name)) {
                return kind;
            }
        }
        return null;
    }
}

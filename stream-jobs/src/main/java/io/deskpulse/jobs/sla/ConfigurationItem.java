package io.deskpulse.jobs.sla;

import io.deskpulse.jobs.warehouse.WarehouseTable;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

/**
 * One policy or calendar of an SLA configuration version, as a row of {@code sla_policies} or
 * {@code business_calendars}: its id, the document's version and effective instant, its position in
 * the document (the first matching policy wins) and its JSON as published.
 */
public record ConfigurationItem(Kind kind, String id, String version, Instant effectiveFrom, int position,
        String definition) {

    public enum Kind { POLICY, CALENDAR }

    public static final WarehouseTable<ConfigurationItem> POLICIES = new Table("sla_policies",
            List.of("policy_id", "effective_from", "config_version", "position", "definition"));
    public static final WarehouseTable<ConfigurationItem> CALENDARS = new Table("business_calendars",
            List.of("calendar_id", "effective_from", "config_version", "definition"));

    private record Table(String name, List<String> columns) implements WarehouseTable<ConfigurationItem> {
        @Override
        public void bind(PreparedStatement insert, ConfigurationItem row) throws SQLException {
            for (int i = 0; i < columns.size(); i++) {
                insert.setObject(i + 1, switch (columns.get(i)) {
                    case "effective_from" -> row.effectiveFrom();
                    case "config_version" -> row.version();
                    case "position" -> row.position();
                    case "definition" -> row.definition();
                    default -> row.id();
                });
            }
        }
    }
}

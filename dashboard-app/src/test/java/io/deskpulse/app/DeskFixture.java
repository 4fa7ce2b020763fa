package io.deskpulse.app;

import io.deskpulse.app.security.Roles;
import io.deskpulse.app.security.Viewer;
import io.deskpulse.warehouse.ClickHouseConfig;
import io.deskpulse.warehouse.MigrationRunner;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Instant;
import java.util.Set;

/**
 * A small desk in the warehouse for the scoped services' tests. "Now" is 2026-03-02 10:00 UTC.
 * eu-central: E-1 (anna, overdue), E-2 (anna, due in 20 min), E-3 (lukas, due in 3 h), E-4 (lukas,
 * resolved); cn-east: C-1 (wei, due in 5 min).
 */
public final class DeskFixture {

    public static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");
    public static final Viewer ANNA = new Viewer("agent", Roles.AGENT, Set.of(), "anna.mueller");
    public static final Viewer LUKAS = new Viewer("agent2", Roles.AGENT, Set.of(), "lukas.schmidt");
    public static final Viewer EU_MANAGER = new Viewer("manager", Roles.MANAGER, Set.of("eu-central"), null);
    public static final Viewer EXECUTIVE = new Viewer("exec", Roles.EXECUTIVE, Set.of(), null);
    public static final Viewer ADMIN = new Viewer("admin", Roles.ADMIN, Set.of(), null);

    private DeskFixture() {}

    public static ClickHouseConfig warehouse(String endpoint, String database) throws Exception {
        ClickHouseConfig warehouse = ClickHouseConfig.local(endpoint).withDatabase(database);
        new MigrationRunner(warehouse).migrate();
        try (Connection c = warehouse.connect(); Statement s = c.createStatement()) {
            s.execute("""
                    INSERT INTO tickets (ticket_id, created_at, customer_id, customer_tier, region, team, category,
                        priority, channel, subject, status, agent_id, resolved_at, version) VALUES
                    ('E-1', '2026-03-02 08:00:00', 'c1', 'VIP1', 'eu-central', 'eu-desk', 'hardware/printer/jam', 'P2',
                        'email', 'printer jams', 'OPEN', 'anna.mueller', NULL, 2),
                    ('E-2', '2026-03-02 09:00:00', 'c2', 'STANDARD', 'eu-central', 'eu-desk', 'access/password/reset',
                        'P3', 'web', '=HYPERLINK("http://x")', 'OPEN', 'anna.mueller', NULL, 2),
                    ('E-3', '2026-03-02 09:30:00', 'c3', 'STANDARD', 'eu-central', 'eu-field', 'hardware/laptop/screen',
                        'P4', 'phone', 'screen flickers', 'OPEN', 'lukas.schmidt', NULL, 2),
                    ('E-4', '2026-03-02 07:00:00', 'c4', 'STANDARD', 'eu-central', 'eu-field', 'hardware/laptop/battery',
                        'P3', 'phone', 'battery', 'RESOLVED', 'lukas.schmidt', '2026-03-02 09:00:00', 3),
                    ('C-1', '2026-03-02 09:50:00', 'c5', 'STANDARD', 'cn-east', 'cn-desk', 'network/vpn/drop', 'P1',
                        'wechat', 'vpn down', 'OPEN', 'wei.wang', NULL, 2)""");
            s.execute("""
                    INSERT INTO sla_clocks (ticket_id, metric, cycle, region, team, agent_id, policy_id, target_seconds,
                        started_at, stopped_at, due_at, breached_at, used_seconds, paused_seconds, state, version) VALUES
                    ('E-1', 'FIRST_RESPONSE', 1, 'eu-central', 'eu-desk', 'anna.mueller', 'p2', 1800,
                        '2026-03-02 08:00:00', NULL, '2026-03-02 08:30:00', '2026-03-02 08:30:00', 1800, 0, 'BREACHED', 2),
                    ('E-2', 'FIRST_RESPONSE', 1, 'eu-central', 'eu-desk', 'anna.mueller', 'p3', 4800,
                        '2026-03-02 09:00:00', NULL, '2026-03-02 10:20:00', NULL, 0, 0, 'RUNNING', 1),
                    ('E-3', 'RESOLUTION', 1, 'eu-central', 'eu-field', 'lukas.schmidt', 'p4', 16200,
                        '2026-03-02 09:30:00', NULL, '2026-03-02 13:00:00', NULL, 0, 0, 'RUNNING', 1),
                    ('C-1', 'FIRST_RESPONSE', 1, 'cn-east', 'cn-desk', 'wei.wang', 'p1', 900,
                        '2026-03-02 09:50:00', NULL, '2026-03-02 10:05:00', NULL, 0, 0, 'RUNNING', 1)""");
            s.execute("""
                    INSERT INTO ticket_events (ticket_id, occurred_at, event_id, type, source, appended_at, payload) VALUES
                    ('E-1', '2026-03-02 08:00:00', generateUUIDv4(), 'TICKET_CREATED', 'web', now(),
                        '{"region":"eu-central","team":"eu-desk"}'),
                    ('E-1', '2026-03-02 08:01:00', generateUUIDv4(), 'TICKET_ASSIGNED', 'web', now(),
                        '{"agentId":"anna.mueller","team":"eu-desk"}'),
                    ('E-3', '2026-03-02 09:30:00', generateUUIDv4(), 'TICKET_CREATED', 'web', now(),
                        '{"region":"eu-central","team":"eu-field"}'),
                    ('E-3', '2026-03-02 09:31:00', generateUUIDv4(), 'TICKET_ASSIGNED', 'web', now(),
                        '{"agentId":"lukas.schmidt","team":"eu-field"}'),
                    ('C-1', '2026-03-02 09:50:00', generateUUIDv4(), 'TICKET_CREATED', 'web', now(),
                        '{"region":"cn-east","team":"cn-desk"}'),
                    ('C-1', '2026-03-02 09:51:00', generateUUIDv4(), 'TICKET_ASSIGNED', 'web', now(),
                        '{"agentId":"wei.wang","team":"cn-desk"}')""");
            s.execute("""
                    INSERT INTO workload_hourly (region, hour, team, agent, local_weekday, local_hour, created, assigned,
                        resolved, reopened, backlog_delta, public_replies, work_minutes, warnings, breaches, version) VALUES
                    ('eu-central', '2026-03-02 09:00:00', 'eu-field', 'lukas.schmidt', 1, 10, 1, 1, 2, 0, 0, 1, 20, 0, 0, 1),
                    ('eu-central', '2026-03-01 20:00:00', 'eu-field', 'lukas.schmidt', 7, 21, 0, 0, 3, 0, 0, 0, 20, 0, 0, 1),
                    ('eu-central', '2026-03-02 08:00:00', 'eu-desk', 'anna.mueller', 1, 9, 2, 2, 0, 0, 2, 0, 10, 0, 1, 1),
                    ('cn-east', '2026-03-02 09:00:00', 'cn-desk', 'wei.wang', 1, 17, 1, 1, 0, 0, 1, 0, 5, 0, 0, 1)""");
            s.execute("""
                    INSERT INTO satisfaction_daily (region, day, team, agent, category, channel, resolutions,
                        first_contact_resolutions, reopened_resolutions, surveys_sent, surveys_answered, csat_1, csat_2,
                        csat_3, csat_4, csat_5, nps_answered, nps_promoters, nps_passives, nps_detractors, version) VALUES
                    ('eu-central', '2026-02-27', 'eu-field', 'lukas.schmidt', 'hardware/laptop', 'phone', 4, 2, 0, 4, 4,
                        0, 1, 0, 1, 2, 0, 0, 0, 0, 1)""");
        }
        return warehouse;
    }
}

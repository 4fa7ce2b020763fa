package io.deskpulse.warehouse.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.deskpulse.localstack.junit.LocalStack;
import io.deskpulse.localstack.junit.LocalStackEndpoints;
import io.deskpulse.warehouse.ClickHouseConfig;
import io.deskpulse.warehouse.MigrationRunner;
import io.deskpulse.warehouse.query.TileQueries.AgentHour;
import io.deskpulse.warehouse.query.TileQueries.Attainment;
import io.deskpulse.warehouse.query.TileQueries.AttainmentPoint;
import io.deskpulse.warehouse.query.TileQueries.BacklogPoint;
import io.deskpulse.warehouse.query.TileQueries.Granularity;
import io.deskpulse.warehouse.query.TileQueries.HourOfWeek;
import io.deskpulse.warehouse.query.TileQueries.Level;
import io.deskpulse.warehouse.query.TileQueries.SatisfactionRollup;
import io.deskpulse.warehouse.query.TileQueries.Volume;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every tile query on a small fixture whose answers are worked out by hand, for each kind of scope.
 * Tickets CN-1 (agent a1) and CN-2 (a2) are in cn-east, US-1 (u1) in us-east; some rows exist in two
 * versions, of which only the latest may count.
 */
@ExtendWith(LocalStack.class)
class TileQueriesTest {

    private static final Period WEEK = new Period(Instant.parse("2026-03-01T00:00:00Z"),
            Instant.parse("2026-03-08T00:00:00Z"));
    private static final Scope ALL = Scope.everything();
    private static final Scope CN = Scope.regions(Set.of("cn-east"));
    private static final Scope US = Scope.regions(Set.of("us-east"));

    private static ClickHouseConfig warehouse;
    private static TileQueries tiles;

    @BeforeAll
    static void fixture(LocalStackEndpoints stack) throws Exception {
        warehouse = ClickHouseConfig.local(stack.clickHouseEndpoint()).withDatabase("tiles");
        new MigrationRunner(warehouse).migrate();
        try (Connection c = warehouse.connect(); Statement s = c.createStatement()) {
            s.execute("""
                    INSERT INTO tickets (ticket_id, created_at, customer_id, customer_tier, region, team, category,
                        priority, channel, subject, status, agent_id, resolved_at, version) VALUES
                    ('CN-1', '2026-03-02 01:00:00', 'c1', 'VIP1', 'cn-east', 'desk', 'hardware/printer/jam', 'P1',
                        'email', 'printer jams', 'NEW', '', NULL, 1),
                    ('CN-1', '2026-03-02 01:00:00', 'c1', 'VIP1', 'cn-east', 'desk', 'hardware/printer/jam', 'P1',
                        'email', 'printer jams', 'OPEN', 'a1', NULL, 2),
                    ('CN-2', '2026-03-02 02:00:00', 'c2', 'STANDARD', 'cn-east', 'desk', 'software/email/sync', 'P3',
                        'chat', 'mail sync', 'RESOLVED', 'a2', '2026-03-02 03:00:00', 3),
                    ('US-1', '2026-03-03 01:00:00', 'c3', 'STANDARD', 'us-east', 'ny', 'hardware/laptop/battery', 'P2',
                        'email', 'battery', 'OPEN', 'u1', NULL, 2)""");
            s.execute("""
                    INSERT INTO sla_clocks (ticket_id, metric, cycle, region, team, agent_id, policy_id, target_seconds,
                        started_at, stopped_at, due_at, breached_at, used_seconds, paused_seconds, state, version) VALUES
                    ('CN-1', 'FIRST_RESPONSE', 1, 'cn-east', 'desk', 'a1', 'p1', 900, '2026-03-02 01:00:00', NULL,
                        '2026-03-02 01:15:00', NULL, 0, 0, 'RUNNING', 1),
                    ('CN-1', 'FIRST_RESPONSE', 1, 'cn-east', 'desk', 'a1', 'p1', 900, '2026-03-02 01:00:00', NULL,
                        '2026-03-02 01:15:00', '2026-03-02 01:15:00', 900, 0, 'BREACHED', 2),
                    ('CN-1', 'RESOLUTION', 1, 'cn-east', 'desk', 'a1', 'p1', 14400, '2026-03-02 01:00:00', NULL,
                        '2026-03-02 05:00:00', NULL, 0, 0, 'RUNNING', 1),
                    ('CN-2', 'FIRST_RESPONSE', 1, 'cn-east', 'desk', 'a2', 'p3', 3600, '2026-03-02 02:00:00',
                        '2026-03-02 02:10:00', NULL, NULL, 600, 0, 'MET', 2),
                    ('CN-2', 'RESOLUTION', 1, 'cn-east', 'desk', 'a2', 'p3', 28800, '2026-03-02 02:00:00',
                        '2026-03-02 03:00:00', NULL, NULL, 3600, 0, 'MET', 2),
                    ('US-1', 'FIRST_RESPONSE', 1, 'us-east', 'ny', 'u1', 'p2', 1800, '2026-03-03 01:00:00', NULL,
                        '2026-03-03 01:30:00', NULL, 0, 0, 'RUNNING', 1),
                    ('US-1', 'RESOLUTION', 1, 'us-east', 'ny', 'u1', 'p2', 7200, '2026-03-03 01:00:00',
                        '2026-03-03 09:00:00', '2026-03-03 03:00:00', '2026-03-03 03:00:00', 7200, 0, 'BREACHED', 3)""");
            // The sla-monitor job's attainment cells for the clocks above (one older version that must not count).
            s.execute("""
                    INSERT INTO sla_attainment_daily (region, day, team, agent, metric, met, breached, version) VALUES
                    ('cn-east', '2026-03-02', 'desk', 'a1', 'FIRST_RESPONSE', 1, 0, 1),
                    ('cn-east', '2026-03-02', 'desk', 'a1', 'FIRST_RESPONSE', 0, 1, 2),
                    ('cn-east', '2026-03-02', 'desk', 'a2', 'FIRST_RESPONSE', 1, 0, 1),
                    ('cn-east', '2026-03-02', 'desk', 'a2', 'RESOLUTION', 1, 0, 1),
                    ('us-east', '2026-03-03', 'ny', 'u1', 'RESOLUTION', 0, 1, 1)""");
            s.execute("""
                    INSERT INTO workload_hourly (region, hour, team, agent, local_weekday, local_hour, created, assigned,
                        resolved, reopened, backlog_delta, public_replies, work_minutes, warnings, breaches, version) VALUES
                    ('cn-east', '2026-03-02 01:00:00', 'desk', 'a1', 1, 9, 1, 1, 0, 0, 1, 2, 30, 0, 0, 1),
                    ('cn-east', '2026-03-02 01:00:00', 'desk', 'a1', 1, 9, 1, 1, 0, 0, 1, 3, 30, 0, 0, 2),
                    ('cn-east', '2026-03-02 02:00:00', 'desk', 'a2', 1, 10, 1, 1, 1, 0, 0, 0, 0, 0, 1, 4),
                    ('cn-east', '2026-03-02 05:00:00', 'desk', 'a1', 1, 13, 0, 0, 1, 0, -1, 0, 0, 0, 0, 1),
                    ('us-east', '2026-03-03 01:00:00', 'ny', 'u1', 1, 20, 1, 0, 0, 0, 1, 0, 0, 0, 0, 1),
                    ('us-east', '2026-03-09 05:00:00', 'ny', 'u1', 1, 0, 1, 1, 0, 0, 1, 0, 0, 0, 0, 1)""");
            // The workload job's daily cells of the hourly ones above (an older version that must not count).
            s.execute("""
                    INSERT INTO workload_daily (region, day, team, agent, created, assigned, resolved, reopened,
                        backlog_delta, public_replies, work_minutes, warnings, breaches, version) VALUES
                    ('cn-east', '2026-03-02', 'desk', 'a1', 1, 1, 1, 0, 0, 3, 30, 0, 0, 3),
                    ('cn-east', '2026-03-02', 'desk', 'a2', 1, 1, 1, 0, 0, 0, 0, 0, 1, 4),
                    ('us-east', '2026-03-03', 'ny', 'u1', 1, 0, 0, 0, 2, 0, 0, 0, 0, 1),
                    ('us-east', '2026-03-03', 'ny', 'u1', 1, 0, 0, 0, 1, 0, 0, 0, 0, 2),
                    ('us-east', '2026-03-09', 'ny', 'u1', 1, 1, 0, 0, 1, 0, 0, 0, 0, 1)""");
            s.execute("""
                    INSERT INTO satisfaction_daily (region, day, team, agent, category, channel, resolutions,
                        first_contact_resolutions, reopened_resolutions, surveys_sent, surveys_answered, csat_1, csat_2,
                        csat_3, csat_4, csat_5, nps_answered, nps_promoters, nps_passives, nps_detractors, version) VALUES
                    ('cn-east', '2026-03-02', 'desk', 'a2', 'software/email', 'chat', 1, 1, 0, 1, 1, 0, 0, 0, 0, 1,
                        1, 1, 0, 0, 1),
                    ('cn-east', '2026-03-02', 'desk', 'a1', 'hardware/printer', 'email', 2, 1, 0, 2, 0, 0, 0, 0, 0, 0,
                        0, 0, 0, 0, 1),
                    ('cn-east', '2026-03-02', 'desk', 'a1', 'hardware/printer', 'email', 2, 0, 1, 2, 1, 0, 1, 0, 0, 0,
                        1, 0, 0, 1, 2),
                    ('us-east', '2026-03-03', 'ny', 'u1', 'hardware/laptop', 'email', 1, 1, 0, 1, 0, 0, 0, 0, 0, 0,
                        0, 0, 0, 0, 1)""");
        }
        tiles = new TileQueries(warehouse);
    }

    @Test
    void attainmentCountsClocksWithAnOutcomeInScope() throws Exception {
        assertEquals(List.of(new Attainment("FIRST_RESPONSE", 1, 1), new Attainment("RESOLUTION", 1, 1)),
                tiles.attainment(ALL, WEEK));
        assertEquals(List.of(new Attainment("FIRST_RESPONSE", 1, 1), new Attainment("RESOLUTION", 1, 0)),
                tiles.attainment(CN, WEEK));
        assertEquals(List.of(new Attainment("FIRST_RESPONSE", 0, 1)), tiles.attainment(Scope.agent("a1"), WEEK),
                "a1's ticket: a breached first response, a resolution clock still running");
        assertEquals(List.of(), tiles.attainment(ALL, WEEK.previous()));
        assertEquals(List.of(new AttainmentPoint(LocalDate.parse("2026-03-02"), "FIRST_RESPONSE", 1, 1),
                        new AttainmentPoint(LocalDate.parse("2026-03-02"), "RESOLUTION", 1, 0),
                        new AttainmentPoint(LocalDate.parse("2026-03-03"), "RESOLUTION", 0, 1)),
                tiles.attainmentTrend(ALL, WEEK, Granularity.DAY));
        assertEquals(List.of(new AttainmentPoint(LocalDate.parse("2026-03-02"), "FIRST_RESPONSE", 1, 1),
                        new AttainmentPoint(LocalDate.parse("2026-03-02"), "RESOLUTION", 1, 1)),
                tiles.attainmentTrend(ALL, WEEK, Granularity.WEEK), "Monday 2 March starts the week");
    }

    @Test
    void theBacklogOfAPeriodStartsFromWhatWasOpenBeforeIt() throws Exception {
        Period afterTen = new Period(Instant.parse("2026-03-02T02:00:00Z"), Instant.parse("2026-03-03T00:00:00Z"));
        assertEquals(List.of(new BacklogPoint(Instant.parse("2026-03-02T02:00:00Z"), 1),
                        new BacklogPoint(Instant.parse("2026-03-02T05:00:00Z"), 0)),
                tiles.backlog(CN, afterTen));
        assertEquals(List.of(new BacklogPoint(Instant.parse("2026-03-03T01:00:00Z"), 1)), tiles.backlog(US, WEEK));
        assertEquals(List.of(new BacklogPoint(Instant.parse("2026-03-09T05:00:00Z"), 2)),
                tiles.backlog(Scope.agent("u1"), new Period(Instant.parse("2026-03-09T00:00:00Z"),
                        Instant.parse("2026-03-10T00:00:00Z"))), "the ticket open since 3 March, from the daily cells");
    }

    @Test
    void heatmapsPerAgentHourAndPerLocalHourOfWeek() throws Exception {
        assertEquals(List.of(new AgentHour("a1", Instant.parse("2026-03-02T01:00:00Z"), 4, 30, 0),
                        new AgentHour("a1", Instant.parse("2026-03-02T05:00:00Z"), 1, 0, 0),
                        new AgentHour("a2", Instant.parse("2026-03-02T02:00:00Z"), 2, 0, 1)),
                tiles.agentHours(CN, WEEK));
        assertEquals(List.of(new HourOfWeek("cn-east", 1, 9, 1), new HourOfWeek("cn-east", 1, 10, 1),
                        new HourOfWeek("cn-east", 1, 13, 0), new HourOfWeek("us-east", 1, 20, 1)),
                tiles.hourOfWeek(ALL, WEEK));
    }

    @Test
    void theAtRiskListAndAnAgentsQueue() throws Exception {
        Instant now = Instant.parse("2026-03-02T04:30:00Z");
        assertEquals(List.of("CN-1 FIRST_RESPONSE BREACHED a1", "CN-1 RESOLUTION RUNNING a1"),
                tiles.atRisk(ALL, now, Duration.ofHours(1), 10).stream()
                        .map(c -> c.ticketId() + " " + c.metric() + " " + c.state() + " " + c.agentId()).toList());
        assertEquals(List.of(), tiles.atRisk(US, now, Duration.ofHours(1), 10));
        assertEquals(List.of(), tiles.atRisk(ALL, Instant.parse("2026-04-15T00:00:00Z"), Duration.ofHours(1), 10),
                "overdue for longer than the lookback: a backlog report's business");
        assertEquals(List.of("US-1 FIRST_RESPONSE"), tiles.atRisk(Scope.agent("u1"),
                        Instant.parse("2026-03-03T01:00:00Z"), Duration.ofHours(1), 10).stream()
                .map(c -> c.ticketId() + " " + c.metric()).toList());
        assertEquals(List.of(), tiles.atRisk(Scope.agent("a2"), now, Duration.ofDays(30), 10), "a2's ticket is resolved");
    }

    @Test
    void aClockLeavesTheAtRiskListWhenItStopsAndComesBackWhenItResumes() throws Exception {
        // A ticket of its own region and month, so that the other tests' answers stay as they are.
        Scope eu = Scope.regions(Set.of("eu-west"));
        Instant now = Instant.parse("2026-06-10T01:00:00Z");
        try (Connection c = warehouse.connect(); Statement s = c.createStatement()) {
            s.execute("""
                    INSERT INTO tickets (ticket_id, created_at, customer_id, customer_tier, region, team, category,
                        priority, channel, subject, status, agent_id, resolved_at, version) VALUES
                    ('EU-1', '2026-06-10 00:00:00', 'c4', 'STANDARD', 'eu-west', 'dublin', 'access/vpn/login', 'P2',
                        'web', 'vpn', 'OPEN', 'e1', NULL, 1)""");
            s.execute(clock("EU-1", "'2026-06-10 02:00:00'", "NULL", "RUNNING", 1));
            assertEquals(List.of("EU-1 RESOLUTION RUNNING e1"), atRisk(eu, now));

            s.execute(clock("EU-1", "'2026-06-10 02:00:00'", "'2026-06-10 00:30:00'", "MET", 2));
            assertEquals(List.of(), atRisk(eu, now), "stopped: no longer counting");

            s.execute(clock("EU-1", "'2026-06-10 03:00:00'", "NULL", "PAUSED", 3));
            s.execute(clock("EU-1", "'2026-06-10 03:30:00'", "NULL", "RUNNING", 4));
            assertEquals(List.of("EU-1 RESOLUTION RUNNING e1"), atRisk(eu, now), "reopened: counting again");
        }
    }

    private static String clock(String ticket, String dueAt, String stoppedAt, String state, int version) {
        return """
                INSERT INTO sla_clocks (ticket_id, metric, cycle, region, team, agent_id, policy_id, target_seconds,
                    started_at, stopped_at, due_at, breached_at, used_seconds, paused_seconds, state, version) VALUES
                ('%s', 'RESOLUTION', 1, 'eu-west', 'dublin', 'e1', 'p2', 7200, '2026-06-10 00:00:00', %s, %s, NULL,
                    0, 0, '%s', %d)""".formatted(ticket, stoppedAt, dueAt, state, version);
    }

    private static List<String> atRisk(Scope scope, Instant now) throws Exception {
        return tiles.atRisk(scope, now, Duration.ofHours(4), 10).stream()
                .map(c -> c.ticketId() + " " + c.metric() + " " + c.state() + " " + c.agentId()).toList();
    }

    @Test
    void satisfactionRollsUpSumsAtAnyLevel() throws Exception {
        assertEquals(List.of(new SatisfactionRollup("cn-east", 3, 1, 1, 3, 2, 1, 2, 1, 1),
                        new SatisfactionRollup("us-east", 1, 1, 0, 1, 0, 0, 0, 0, 0)),
                tiles.satisfaction(ALL, WEEK, Level.REGION));
        assertEquals(List.of(new SatisfactionRollup("a2", 1, 1, 0, 1, 1, 1, 1, 1, 0)),
                tiles.satisfaction(Scope.agent("a2"), WEEK, Level.AGENT));
        assertEquals(List.of(new SatisfactionRollup("chat", 1, 1, 0, 1, 1, 1, 1, 1, 0),
                        new SatisfactionRollup("email", 2, 0, 1, 2, 1, 0, 1, 0, 1)),
                tiles.satisfaction(CN, WEEK, Level.CHANNEL));
    }

    @Test
    void volumeByChannelAndCategory() throws Exception {
        assertEquals(List.of(new Volume("email", 2), new Volume("chat", 1)), tiles.volumeByChannel(ALL, WEEK));
        assertEquals(List.of(new Volume("hardware", 1), new Volume("software", 1)), tiles.volumeByCategory(CN, WEEK));
    }

    @Test
    void costPerTicketAndReturnAgainstTheSeededBaseline() throws Exception {
        ReturnOnInvestment roi = tiles.returnOnInvestment(CN, WEEK);
        // cn-east: 2 resolved, 30 minutes logged at the seeded 38.00/h; clocks: 2 met, 1 breached;
        // satisfaction: 3 resolutions, 1 first contact.
        assertEquals(List.of(2L, 30L, 3L, 1L, 3L, 1L), List.of(roi.resolved(), roi.workMinutes(),
                roi.clocksWithOutcome(), roi.breached(), roi.resolutions(), roi.firstContactResolutions()));
        assertEquals("USD", roi.currency());
        assertEquals(19.0, roi.labourCost(), 1e-9);
        assertEquals(9.5, roi.costPerTicket(), 1e-9);
        assertEquals((52 * 2 - 30) / 60.0, roi.hoursSaved(), 1e-9);
        assertEquals(0.18 * 3 - 1, roi.breachesAvoided(), 1e-9);
        assertEquals(1 - 0.55 * 3, roi.repeatContactsAvoided(), 1e-9);
        double benefit = (74 / 60.0) * 38 + (0.54 - 1) * 45 + (1 - 1.65) * 12;
        assertEquals(benefit, roi.benefit(), 1e-9);
        assertEquals(Double.POSITIVE_INFINITY, roi.paybackMonths(), "a week of three tickets pays nothing back");
    }

    @Test
    void aQueryWithoutScopeDoesNotRunAndValuesAreNeverSQL() throws Exception {
        NullPointerException none = assertThrows(NullPointerException.class, () -> tiles.attainment(null, WEEK));
        assertTrue(none.getMessage().startsWith("a scope is required"), none.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Scope.regions(Set.of()));
        assertThrows(IllegalArgumentException.class, () -> Scope.agent(" "));
        assertEquals(List.of(), tiles.volumeByChannel(Scope.regions(Set.of("cn-east') OR 1 = 1 OR ('x")), WEEK));
        assertEquals(List.of(), tiles.atRisk(Scope.agent("a1' OR '1' = '1"), Instant.parse("2026-03-02T04:30:00Z"),
                Duration.ofDays(1), 10));
    }
}

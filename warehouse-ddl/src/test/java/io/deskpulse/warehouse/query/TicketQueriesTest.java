package io.deskpulse.warehouse.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.deskpulse.localstack.junit.LocalStack;
import io.deskpulse.localstack.junit.LocalStackEndpoints;
import io.deskpulse.warehouse.ClickHouseConfig;
import io.deskpulse.warehouse.MigrationRunner;
import io.deskpulse.warehouse.query.TicketQueries.AgentHome;
import io.deskpulse.warehouse.query.TicketQueries.GroupAttainment;
import io.deskpulse.warehouse.query.TicketQueries.Grouping;
import io.deskpulse.warehouse.query.TicketQueries.OpenLoad;
import io.deskpulse.warehouse.query.TicketQueries.QueuedTicket;
import io.deskpulse.warehouse.query.TicketQueries.TicketDetail;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The ticket queries on a hand-made fixture: in cn-east, A-1 (agent a1, overdue), A-2 (a1, paused,
 * no counting clock), B-1 (a2, due in 20 minutes) and B-2 (a2, resolved); in us-east U-1 (u1, due in
 * two hours). "Now" is 2026-03-02 10:00 UTC.
 */
@ExtendWith(LocalStack.class)
class TicketQueriesTest {

    private static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");
    private static final Scope CN = Scope.regions(Set.of("cn-east"));

    private static TicketQueries tickets;

    @BeforeAll
    static void fixture(LocalStackEndpoints stack) throws Exception {
        ClickHouseConfig warehouse = ClickHouseConfig.local(stack.clickHouseEndpoint()).withDatabase("ticket_queries");
        new MigrationRunner(warehouse).migrate();
        try (Connection c = warehouse.connect(); Statement s = c.createStatement()) {
            s.execute("""
                    INSERT INTO tickets (ticket_id, created_at, customer_id, customer_tier, region, team, category,
                        priority, channel, subject, status, agent_id, resolved_at, version) VALUES
                    ('A-1', '2026-03-02 08:00:00', 'c1', 'VIP1', 'cn-east', 'desk', 'hardware/printer/jam', 'P1',
                        'email', 'printer jams', 'NEW', '', NULL, 1),
                    ('A-1', '2026-03-02 08:00:00', 'c1', 'VIP1', 'cn-east', 'desk', 'hardware/printer/jam', 'P1',
                        'email', 'printer jams', 'OPEN', 'a1', NULL, 2),
                    ('A-2', '2026-03-02 08:30:00', 'c2', 'STANDARD', 'cn-east', 'desk', 'access/password/reset', 'P3',
                        'chat', 'password', 'PENDING_CUSTOMER', 'a1', NULL, 3),
                    ('B-1', '2026-03-02 09:00:00', 'c3', 'STANDARD', 'cn-east', 'field', 'hardware/laptop/battery', 'P2',
                        'phone', 'battery', 'OPEN', 'a2', NULL, 2),
                    ('B-2', '2026-03-02 07:00:00', 'c4', 'STANDARD', 'cn-east', 'field', 'hardware/laptop/screen', 'P3',
                        'web', 'screen', 'RESOLVED', 'a2', '2026-03-02 09:00:00', 4),
                    ('U-1', '2026-03-02 09:30:00', 'c5', 'STANDARD', 'us-east', 'ny', 'network/vpn/drop', 'P2',
                        'email', 'vpn', 'OPEN', 'u1', NULL, 2)""");
            s.execute("""
                    INSERT INTO sla_clocks (ticket_id, metric, cycle, region, team, agent_id, policy_id, target_seconds,
                        started_at, stopped_at, due_at, breached_at, used_seconds, paused_seconds, state, timeline,
                        version) VALUES
                    ('A-1', 'FIRST_RESPONSE', 1, 'cn-east', 'desk', 'a1', 'p1', 900, '2026-03-02 08:00:00', NULL,
                        '2026-03-02 08:15:00', '2026-03-02 08:15:00', 900, 0, 'BREACHED',
                        '[{"kind":"RUNNING","from":"2026-03-02T08:00:00Z","to":null}]', 2),
                    ('A-1', 'RESOLUTION', 1, 'cn-east', 'desk', 'a1', 'p1', 14400, '2026-03-02 08:00:00', NULL,
                        '2026-03-02 12:00:00', NULL, 0, 0, 'RUNNING', '[]', 1),
                    ('A-2', 'RESOLUTION', 1, 'cn-east', 'desk', 'a1', 'p3', 28800, '2026-03-02 08:30:00', NULL,
                        '2026-03-02 16:30:00', NULL, 0, 0, 'PAUSED', '[]', 2),
                    ('B-1', 'FIRST_RESPONSE', 1, 'cn-east', 'field', 'a2', 'p2', 4800, '2026-03-02 09:00:00', NULL,
                        '2026-03-02 10:20:00', NULL, 0, 0, 'RUNNING', '[]', 1),
                    ('B-1', 'FIRST_RESPONSE', 1, 'cn-east', 'field', 'a2', 'p2', 4800, '2026-03-02 09:00:00',
                        '2026-03-02 09:05:00', NULL, NULL, 300, 0, 'MET', '[]', 0),
                    ('U-1', 'FIRST_RESPONSE', 1, 'us-east', 'ny', 'u1', 'p2', 9000, '2026-03-02 09:30:00', NULL,
                        '2026-03-02 12:00:00', NULL, 0, 0, 'RUNNING', '[]', 1)""");
            s.execute("""
                    INSERT INTO ticket_events (ticket_id, occurred_at, event_id, type, source, appended_at, payload) VALUES
                    ('A-1', '2026-03-02 08:00:00', '00000000-0000-0000-0000-000000000001', 'TICKET_CREATED', 'web',
                        '2026-03-02 08:00:01', '{"region":"cn-east","team":"desk"}'),
                    ('A-1', '2026-03-02 08:01:00', '00000000-0000-0000-0000-000000000002', 'TICKET_ASSIGNED', 'web',
                        '2026-03-02 08:01:01', '{"agentId":"a1","team":"desk"}'),
                    ('A-1', '2026-03-02 08:01:00', '00000000-0000-0000-0000-000000000002', 'TICKET_ASSIGNED', 'web',
                        '2026-03-02 08:01:02', '{"agentId":"a1","team":"desk"}'),
                    ('B-1', '2026-03-02 09:00:00', '00000000-0000-0000-0000-000000000003', 'TICKET_CREATED', 'web',
                        '2026-03-02 09:00:01', '{"region":"cn-east","team":"field"}'),
                    ('B-1', '2026-03-02 09:01:00', '00000000-0000-0000-0000-000000000004', 'TICKET_ASSIGNED', 'web',
                        '2026-03-02 09:01:01', '{"agentId":"a2","team":"field"}'),
                    ('U-1', '2026-03-02 09:30:00', '00000000-0000-0000-0000-000000000005', 'TICKET_CREATED', 'web',
                        '2026-03-02 09:30:01', '{"region":"us-east","team":"ny"}'),
                    ('U-1', '2026-03-02 09:31:00', '00000000-0000-0000-0000-000000000006', 'TICKET_ASSIGNED', 'web',
                        '2026-03-02 09:31:01', '{"agentId":"u1","team":"ny"}')""");
            s.execute("""
                    INSERT INTO sla_attainment_daily (region, day, team, agent, metric, met, breached, version) VALUES
                    ('cn-east', '2026-03-02', 'desk', 'a1', 'FIRST_RESPONSE', 0, 1, 1),
                    ('cn-east', '2026-03-02', 'field', 'a2', 'FIRST_RESPONSE', 1, 0, 1),
                    ('cn-east', '2026-03-02', 'field', 'a2', 'RESOLUTION', 1, 0, 1),
                    ('us-east', '2026-03-02', 'ny', 'u1', 'FIRST_RESPONSE', 1, 0, 1)""");
            s.execute("""
                    INSERT INTO workload_hourly (region, hour, team, agent, local_weekday, local_hour, created, assigned,
                        resolved, reopened, backlog_delta, public_replies, work_minutes, warnings, breaches, version) VALUES
                    ('cn-east', '2026-03-02 09:00:00', 'field', 'a2', 1, 17, 1, 1, 1, 0, 0, 1, 20, 0, 0, 1),
                    ('cn-east', '2026-03-01 09:00:00', 'field', 'a2', 7, 17, 0, 0, 4, 0, -4, 0, 20, 0, 0, 1)""");
        }
        tickets = new TicketQueries(warehouse);
    }

    @Test
    void aQueueListsOpenTicketsInScopeMostUrgentFirstAndUncountedLast() throws Exception {
        assertEquals(List.of("A-1", "B-1", "U-1", "A-2"), ids(tickets.queue(Scope.everything(), 10)));
        assertEquals(List.of("A-1", "B-1", "A-2"), ids(tickets.queue(CN, 10)));
        assertEquals(List.of("A-1", "A-2"), ids(tickets.queue(Scope.agent("a1"), 10)));
        assertEquals(List.of("B-1"), ids(tickets.queue(Scope.team("cn-east", "field"), 10)));
        assertEquals(List.of("A-1"), ids(tickets.queue(CN, 1)));

        QueuedTicket urgent = tickets.queue(Scope.agent("a1"), 10).getFirst();
        assertEquals(new QueuedTicket("A-1", "printer jams", "P1", "cn-east", "desk", "a1", "OPEN",
                Instant.parse("2026-03-02T08:15:00Z"), "BREACHED", "FIRST_RESPONSE"), urgent);
        QueuedTicket paused = tickets.queue(Scope.agent("a1"), 10).getLast();
        assertEquals(null, paused.dueAt(), "a paused clock does not count down");
        assertEquals(null, paused.clockState());
    }

    @Test
    void openLoadCountsOverdueAndDueSoonPerGroup() throws Exception {
        Duration hour = Duration.ofHours(1);
        assertEquals(List.of(new OpenLoad("cn-east", 3, 1, 1), new OpenLoad("us-east", 1, 0, 0)),
                tickets.openLoad(Scope.everything(), Grouping.REGION, NOW, hour));
        assertEquals(List.of(new OpenLoad("desk", 2, 1, 0), new OpenLoad("field", 1, 0, 1)),
                tickets.openLoad(CN, Grouping.TEAM, NOW, hour));
        assertEquals(List.of(new OpenLoad("a2", 1, 0, 1)),
                tickets.openLoad(Scope.team("cn-east", "field"), Grouping.AGENT, NOW, hour));
        assertEquals(List.of(new OpenLoad("us-east", 1, 0, 1)),
                tickets.openLoad(Scope.regions(Set.of("us-east")), Grouping.REGION, NOW, Duration.ofHours(3)));
    }

    @Test
    void attainmentPerGroup() throws Exception {
        Period day = new Period(Instant.parse("2026-03-02T00:00:00Z"), Instant.parse("2026-03-03T00:00:00Z"));
        assertEquals(List.of(new GroupAttainment("desk", 0, 1), new GroupAttainment("field", 2, 0)),
                tickets.attainmentBy(CN, day, Grouping.TEAM));
        assertEquals(List.of(new GroupAttainment("u1", 1, 0)),
                tickets.attainmentBy(Scope.regions(Set.of("us-east")), day, Grouping.AGENT));
    }

    @Test
    void aTicketOutsideTheScopeIsNotFoundAndNothingOfItIsRead() throws Exception {
        assertTrue(tickets.ticket(CN, "A-1").isPresent());
        assertEquals(Optional.empty(), tickets.ticket(Scope.regions(Set.of("us-east")), "A-1"));
        assertEquals(Optional.empty(), tickets.ticket(Scope.agent("a2"), "A-1"), "another agent's ticket");
        assertEquals(Optional.empty(), tickets.ticket(Scope.team("cn-east", "field"), "A-1"), "another team's");
        assertEquals(Optional.empty(), tickets.detail(Scope.agent("a2"), "A-1"));
        assertEquals(Optional.empty(), tickets.ticket(CN, "A-1' OR '1'='1"), "the id is a bound value");
        assertThrows(NullPointerException.class, () -> tickets.ticket(null, "A-1"));
    }

    @Test
    void aTicketsDetailHasItsEventsOnceInOrderAndItsClocks() throws Exception {
        TicketDetail detail = tickets.detail(Scope.agent("a1"), "A-1").orElseThrow();
        assertEquals("OPEN", detail.ticket().status());
        assertEquals(List.of("TICKET_CREATED", "TICKET_ASSIGNED"),
                detail.events().stream().map(TicketQueries.TicketEventRecord::type).toList(),
                "the assignment was stored twice and counts once");
        assertEquals(List.of("FIRST_RESPONSE", "RESOLUTION"),
                detail.clocks().stream().map(TicketQueries.Clock::metric).toList());
        assertEquals(Instant.parse("2026-03-02T08:15:00Z"), detail.clocks().getFirst().breachedAt());
        assertTrue(detail.clocks().getFirst().timeline().contains("RUNNING"));
    }

    @Test
    void agentsInScopeComeFromTheirTeamsRegion() throws Exception {
        assertEquals(List.of(new AgentHome("a1", "desk", "cn-east"), new AgentHome("a2", "field", "cn-east")),
                tickets.agents(CN));
        assertEquals(List.of(new AgentHome("a2", "field", "cn-east")), tickets.agents(Scope.team("cn-east", "field")));
        assertEquals(List.of(new AgentHome("u1", "ny", "us-east")), tickets.agents(Scope.agent("u1")));
    }

    @Test
    void resolvedSinceCountsTheAgentsResolutionsFromThatHour() throws Exception {
        assertEquals(1, tickets.resolvedSince(Scope.agent("a2"), Instant.parse("2026-03-02T00:00:00Z")));
        assertEquals(5, tickets.resolvedSince(Scope.agent("a2"), Instant.parse("2026-03-01T00:00:00Z")));
        assertEquals(0, tickets.resolvedSince(Scope.agent("a1"), Instant.parse("2026-03-01T00:00:00Z")));
    }

    private static List<String> ids(List<QueuedTicket> queue) {
        return queue.stream().map(QueuedTicket::ticketId).toList();
    }
}

package io.deskpulse.app.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.deskpulse.app.base.DeskPulseProperties;
import io.deskpulse.localstack.junit.LocalStack;
import io.deskpulse.localstack.junit.LocalStackEndpoints;
import io.deskpulse.warehouse.ClickHouseConfig;
import io.deskpulse.warehouse.MigrationRunner;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The agent queue's query against the real ClickHouse engine and the migrated schema. */
@ExtendWith(LocalStack.class)
class QueueServiceTest {

    @Test
    void openTicketsComeByTheDueTimeOfTheirMostUrgentCountingClock(LocalStackEndpoints stack) throws Exception {
        ClickHouseConfig warehouse = ClickHouseConfig.local(stack.clickHouseEndpoint()).withDatabase("queue_test");
        new MigrationRunner(warehouse).migrate();
        try (Connection c = warehouse.connect(); Statement s = c.createStatement()) {
            s.execute("""
                    INSERT INTO tickets (ticket_id, created_at, region, priority, subject, status, version) VALUES
                    ('T-1', '2026-03-02 09:00:00', 'east', 'P2', 'later', 'OPEN', 1),
                    ('T-2', '2026-03-02 09:00:00', 'east', 'P1', 'sooner', 'NEW', 1),
                    ('T-3', '2026-03-02 09:00:00', 'east', 'P3', 'done', 'NEW', 1),
                    ('T-3', '2026-03-02 09:00:00', 'east', 'P3', 'done', 'RESOLVED', 2),
                    ('T-4', '2026-03-02 09:00:00', 'west', 'P4', 'paused only', 'ON_HOLD', 1)""");
            s.execute("""
                    INSERT INTO sla_clocks (ticket_id, metric, cycle, region, started_at, stopped_at, due_at, state,
                                            version) VALUES
                    ('T-1', 'FIRST_RESPONSE', 1, 'east', '2026-03-02 09:00:00', '2026-03-02 09:05:00',
                     '2026-03-02 09:10:00', 'MET', 1),
                    ('T-1', 'RESOLUTION', 1, 'east', '2026-03-02 09:00:00', NULL, '2026-03-02 13:00:00', 'RUNNING', 1),
                    ('T-2', 'FIRST_RESPONSE', 1, 'east', '2026-03-02 09:00:00', NULL, '2026-03-02 09:15:00',
                     'RUNNING', 1),
                    ('T-2', 'FIRST_RESPONSE', 1, 'east', '2026-03-02 09:00:00', NULL, '2026-03-02 09:15:00',
                     'BREACHED', 2),
                    ('T-2', 'RESOLUTION', 1, 'east', '2026-03-02 09:00:00', NULL, '2026-03-02 11:00:00', 'RUNNING', 1),
                    ('T-4', 'RESOLUTION', 1, 'west', '2026-03-02 09:00:00', NULL, NULL, 'PAUSED', 1)""");
        }
        DeskPulseProperties properties = new DeskPulseProperties(null, null, null,
                new DeskPulseProperties.Queue(Duration.ofSeconds(5), 500), null);

        List<OpenTicket> queue = new QueueService(warehouse, properties).openTicketsByTimeToBreach();

        assertThat(queue).extracting(OpenTicket::ticketId, OpenTicket::clockState, OpenTicket::dueAt).containsExactly(
                tuple("T-2", "BREACHED", Instant.parse("2026-03-02T09:15:00Z")),
                tuple("T-1", "RUNNING", Instant.parse("2026-03-02T13:00:00Z")),
                tuple("T-4", null, null));
    }
}

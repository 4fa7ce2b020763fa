package io.deskpulse.app.executive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.deskpulse.app.base.WarehouseUnavailableException;
import io.deskpulse.localstack.junit.LocalStack;
import io.deskpulse.localstack.junit.LocalStackEndpoints;
import io.deskpulse.sla.Metric;
import io.deskpulse.warehouse.ClickHouseConfig;
import io.deskpulse.warehouse.MigrationRunner;
import io.deskpulse.warehouse.query.Period;
import io.deskpulse.warehouse.query.TileQueries.BacklogPoint;
import io.deskpulse.warehouse.query.TileQueries.Granularity;
import io.deskpulse.warehouse.query.TileQueries.Volume;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The executive figures against the real ClickHouse engine, on a fixture worked out by hand: "now"
 * is 7 March 2026 12:00:30 UTC, so the last 7 days are 1 March 00:00 to 7 March 12:00 and the
 * previous period 22 February 00:00 to 28 February 12:00. Some rows exist in two versions, of which
 * only the latest may count.
 */
@ExtendWith(LocalStack.class)
class ExecutiveServiceTest {

    private static final Instant NOW = Instant.parse("2026-03-07T12:00:30Z");
    private static ExecutiveService executive;

    @BeforeAll
    static void fixture(LocalStackEndpoints stack) throws Exception {
        ClickHouseConfig warehouse = ClickHouseConfig.local(stack.clickHouseEndpoint()).withDatabase("executive_test");
        new MigrationRunner(warehouse).migrate();
        try (Connection c = warehouse.connect(); Statement s = c.createStatement()) {
            // The sla-monitor job's attainment cells (one older version that must not count, one day too early).
            s.execute("""
                    INSERT INTO sla_attainment_daily (region, day, team, agent, metric, met, breached, version) VALUES
                    ('cn-east', '2026-03-02', 'desk', 'a1', 'FIRST_RESPONSE', 1, 0, 1),
                    ('us-east', '2026-03-02', 'ny', 'u1', 'FIRST_RESPONSE', 1, 0, 1),
                    ('cn-east', '2026-03-02', 'desk', 'a1', 'RESOLUTION', 1, 0, 1),
                    ('cn-east', '2026-03-03', 'desk', 'a2', 'FIRST_RESPONSE', 1, 0, 1),
                    ('cn-east', '2026-03-03', 'desk', 'a3', 'FIRST_RESPONSE', 1, 0, 1),
                    ('cn-east', '2026-03-03', 'desk', 'a3', 'FIRST_RESPONSE', 0, 1, 2),
                    ('cn-east', '2026-02-25', 'desk', 'a1', 'FIRST_RESPONSE', 1, 0, 1),
                    ('cn-east', '2026-02-26', 'desk', 'a1', 'FIRST_RESPONSE', 0, 1, 1),
                    ('cn-east', '2026-02-25', 'desk', 'a1', 'RESOLUTION', 0, 1, 1),
                    ('eu-central', '2026-02-21', 'desk', 'e1', 'FIRST_RESPONSE', 5, 5, 1)""");
            s.execute("""
                    INSERT INTO tickets (ticket_id, created_at, region, category, channel, status, version) VALUES
                    ('T1', '2026-03-02 10:00:00', 'cn-east', 'hardware/printer/jam', 'email', 'RESOLVED', 1),
                    ('T2', '2026-03-02 11:00:00', 'us-east', 'hardware/laptop/battery', 'phone', 'OPEN', 1),
                    ('T3', '2026-03-03 09:00:00', 'cn-east', 'software/email/sync', 'email', 'OPEN', 1),
                    ('T4', '2026-03-03 10:00:00', 'cn-east', 'access/password/reset', 'chat', 'NEW', 1),
                    ('T4', '2026-03-03 10:00:00', 'cn-east', 'access/password/reset', 'chat', 'OPEN', 2),
                    ('P1', '2026-02-25 10:00:00', 'cn-east', 'hardware/printer/jam', 'email', 'CLOSED', 1),
                    ('P2', '2026-02-26 10:00:00', 'cn-east', 'network/vpn/down', 'phone', 'CLOSED', 1)""");
            s.execute("""
                    INSERT INTO workload_hourly (region, hour, team, agent, local_weekday, local_hour, created, assigned,
                        resolved, reopened, backlog_delta, public_replies, work_minutes, warnings, breaches, version) VALUES
                    ('cn-east', '2026-02-25 10:00:00', 'desk', 'a1', 3, 18, 2, 2, 2, 0, 2, 2, 120, 0, 1, 1),
                    ('cn-east', '2026-03-02 10:00:00', 'desk', 'a1', 1, 18, 2, 2, 1, 0, 2, 2, 30, 0, 0, 1),
                    ('cn-east', '2026-03-03 09:00:00', 'desk', 'a1', 2, 17, 2, 2, 0, 0, 1, 2, 20, 0, 1, 1),
                    ('cn-east', '2026-03-03 09:00:00', 'desk', 'a1', 2, 17, 2, 2, 1, 0, 2, 2, 60, 0, 1, 2),
                    ('cn-east', '2026-03-04 12:00:00', 'desk', 'a1', 3, 20, 0, 0, 0, 0, -3, 0, 0, 0, 0, 1)""");
            // The workload job's daily cells of the hourly ones above (UTC days, latest versions summed).
            s.execute("""
                    INSERT INTO workload_daily (region, day, team, agent, created, assigned, resolved, reopened,
                        backlog_delta, public_replies, work_minutes, warnings, breaches, version) VALUES
                    ('cn-east', '2026-02-25', 'desk', 'a1', 2, 2, 2, 0, 2, 2, 120, 0, 1, 1),
                    ('cn-east', '2026-03-02', 'desk', 'a1', 2, 2, 1, 0, 2, 2, 30, 0, 0, 1),
                    ('cn-east', '2026-03-03', 'desk', 'a1', 2, 2, 0, 0, 1, 2, 20, 0, 1, 1),
                    ('cn-east', '2026-03-03', 'desk', 'a1', 2, 2, 1, 0, 2, 2, 60, 0, 1, 2),
                    ('cn-east', '2026-03-04', 'desk', 'a1', 0, 0, 0, 0, -3, 0, 0, 0, 0, 1)""");
            s.execute("""
                    INSERT INTO satisfaction_daily (region, day, team, agent, category, channel, resolutions,
                        first_contact_resolutions, reopened_resolutions, surveys_sent, surveys_answered, csat_1, csat_2,
                        csat_3, csat_4, csat_5, nps_answered, nps_promoters, nps_passives, nps_detractors, version) VALUES
                    ('cn-east', '2026-03-02', 'desk', 'a1', 'hardware/printer', 'email', 4, 2, 0, 4, 1, 1, 0, 0, 0, 0,
                        1, 0, 0, 1, 1),
                    ('cn-east', '2026-03-02', 'desk', 'a1', 'hardware/printer', 'email', 4, 2, 0, 4, 4, 0, 1, 0, 1, 2,
                        4, 2, 1, 1, 2),
                    ('us-east', '2026-03-04', 'ny', 'u1', 'software/email', 'phone', 2, 1, 0, 2, 2, 1, 0, 0, 0, 1,
                        2, 0, 0, 2, 1),
                    ('eu-central', '2026-02-24', 'desk', 'e1', 'access/password', 'web', 2, 2, 0, 2, 2, 0, 0, 0, 2, 0,
                        1, 1, 0, 0, 1)""");
        }
        executive = new ExecutiveService(warehouse, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @Test
    void attainmentPerMetricAgainstThePreviousPeriod() throws Exception {
        ExecutiveOverview overview = executive.overview(TimeWindow.LAST_7_DAYS, Granularity.DAY);

        assertThat(overview.period()).isEqualTo(new Period(Instant.parse("2026-03-01T00:00:00Z"),
                Instant.parse("2026-03-07T12:00:00Z")));
        assertThat(overview.previous()).isEqualTo(new Period(Instant.parse("2026-02-22T00:00:00Z"),
                Instant.parse("2026-02-28T12:00:00Z")));
        List<MetricAttainment> attainment = overview.attainment().value();
        assertThat(attainment).extracting(MetricAttainment::metric).containsExactly(Metric.values());
        MetricAttainment firstResponse = attainment.get(0);
        assertThat(List.of(firstResponse.met(), firstResponse.breached())).containsExactly(3L, 1L);
        assertThat(firstResponse.rate()).isEqualTo(0.75);
        assertThat(firstResponse.previousRate()).isEqualTo(0.5);
        assertThat(firstResponse.changeInPoints()).isCloseTo(25, within(1e-9));
        assertThat(attainment.get(1).rate()).as("no next-reply clock has an outcome").isNaN();
        assertThat(attainment.get(1).changeInPoints()).isNaN();
        assertThat(attainment.get(2).rate()).isEqualTo(1.0);
        assertThat(attainment.get(2).previousRate()).isEqualTo(0.0);
    }

    @Test
    void theTrendHasEveryBucketOfThePeriodWithGapsWhereNothingEnded() throws Exception {
        AttainmentTrend days = executive.overview(TimeWindow.LAST_7_DAYS, Granularity.DAY).trend().value();
        assertThat(days.buckets()).containsExactly(LocalDate.parse("2026-03-01"), LocalDate.parse("2026-03-02"),
                LocalDate.parse("2026-03-03"), LocalDate.parse("2026-03-04"), LocalDate.parse("2026-03-05"),
                LocalDate.parse("2026-03-06"), LocalDate.parse("2026-03-07"));
        assertThat(days.rates().get(Metric.FIRST_RESPONSE)).containsExactly(null, 1.0, 0.5, null, null, null, null);
        assertThat(days.rates().get(Metric.RESOLUTION)).containsExactly(null, 1.0, null, null, null, null, null);
        assertThat(days.rates().get(Metric.NEXT_REPLY)).containsOnlyNulls();
        assertThat(days.met()).containsExactly(0L, 3L, 1L, 0L, 0L, 0L, 0L);
        assertThat(days.breached()).containsExactly(0L, 0L, 1L, 0L, 0L, 0L, 0L);

        AttainmentTrend weeks = executive.overview(TimeWindow.LAST_7_DAYS, Granularity.WEEK).trend().value();
        assertThat(weeks.buckets()).as("Sunday 1 March belongs to the week of Monday 23 February")
                .containsExactly(LocalDate.parse("2026-02-23"), LocalDate.parse("2026-03-02"));
        assertThat(weeks.rates().get(Metric.FIRST_RESPONSE)).containsExactly(null, 0.75);
        assertThat(weeks.met()).containsExactly(0L, 4L);
        assertThat(weeks.breached()).containsExactly(0L, 1L);

        Period quarter = TimeWindow.LAST_90_DAYS.endingAt(NOW);
        assertThat(quarter.from()).isEqualTo(Instant.parse("2025-12-08T00:00:00Z"));
        assertThat(ExecutiveService.buckets(quarter, Granularity.MONTH)).containsExactly(
                LocalDate.parse("2025-12-01"), LocalDate.parse("2026-01-01"), LocalDate.parse("2026-02-01"),
                LocalDate.parse("2026-03-01"));
        assertThat(TimeWindow.LAST_7_DAYS.endingAt(Instant.parse("2026-03-08T00:00:10Z")))
                .as("at midnight, today has not begun").isEqualTo(new Period(Instant.parse("2026-03-01T00:00:00Z"),
                        Instant.parse("2026-03-08T00:00:00Z")));
    }

    @Test
    void csatAndNpsAreSumsOverEveryRegionThenRates() throws Exception {
        CustomerSatisfaction satisfaction = executive.overview(TimeWindow.LAST_7_DAYS, Granularity.DAY)
                .satisfaction().value();

        // cn-east (latest version): 4 answers, 3 of them 4 or 5; us-east: 2 answers, 1 a 5. NPS: 2 promoters,
        // 1 + 2 detractors of 6 answers.
        assertThat(satisfaction.current().surveysAnswered()).isEqualTo(6);
        assertThat(satisfaction.current().csat()).isCloseTo(4 / 6.0, within(1e-9));
        assertThat(satisfaction.current().npsAnswered()).isEqualTo(6);
        assertThat(satisfaction.current().nps()).isCloseTo(100 * (2 - 3) / 6.0, within(1e-9));
        assertThat(satisfaction.previous().csat()).isEqualTo(1.0);
        assertThat(satisfaction.previous().nps()).isEqualTo(100.0);
    }

    @Test
    void volumeByChannelAndCategoryAgainstThePreviousTotal() throws Exception {
        TicketVolume volume = executive.overview(TimeWindow.LAST_7_DAYS, Granularity.DAY).volume().value();

        assertThat(volume.byChannel()).containsExactly(new Volume("email", 2), new Volume("chat", 1),
                new Volume("phone", 1));
        assertThat(volume.byCategory()).containsExactly(new Volume("hardware", 2), new Volume("access", 1),
                new Volume("software", 1));
        assertThat(List.of(volume.total(), volume.previousTotal())).containsExactly(4L, 2L);
    }

    @Test
    void theBacklogHasEveryHourFromItsFirstChangeInThePeriodToItsEnd() throws Exception {
        BacklogTrend backlog = executive.overview(TimeWindow.LAST_7_DAYS, Granularity.DAY).backlog().value();

        // 2 open before the period; +2 on 2 March 10:00, +2 on 3 March 09:00 (latest version), -3 on 4 March 12:00.
        assertThat(backlog.hours()).as("2 March 10:00 to 7 March 11:00, the hour now is in").hasSize(5 * 24 + 2);
        assertThat(backlog.hours().getFirst()).isEqualTo(new BacklogPoint(Instant.parse("2026-03-02T10:00:00Z"), 4));
        assertThat(backlog.hours()).contains(new BacklogPoint(Instant.parse("2026-03-03T08:00:00Z"), 4),
                new BacklogPoint(Instant.parse("2026-03-03T09:00:00Z"), 6),
                new BacklogPoint(Instant.parse("2026-03-04T11:00:00Z"), 6),
                new BacklogPoint(Instant.parse("2026-03-04T12:00:00Z"), 3));
        assertThat(backlog.hours().getLast()).isEqualTo(new BacklogPoint(Instant.parse("2026-03-07T11:00:00Z"), 3));
        assertThat(backlog.earliest()).hasValue(4);
        assertThat(backlog.latest()).hasValue(3);
    }

    @Test
    void costPerTicketAgainstThePreviousPeriod() throws Exception {
        CostAndReturn cost = executive.overview(TimeWindow.LAST_7_DAYS, Granularity.DAY).costAndReturn().value();

        // At the seeded 38.00 USD an hour: 90 minutes for 2 resolved now, 120 minutes for 2 before.
        assertThat(cost.current().currency()).isEqualTo("USD");
        assertThat(cost.current().costPerTicket()).isCloseTo(28.5, within(1e-9));
        assertThat(cost.previousCostPerTicket()).isCloseTo(38.0, within(1e-9));
        assertThat(cost.costPerTicketChange()).isCloseTo(-0.25, within(1e-9));
        assertThat(cost.current().hoursSaved()).as("baseline 52 minutes a ticket").isCloseTo((104 - 90) / 60.0,
                within(1e-9));
    }

    @Test
    void everyTileSaysWhenItWasRead() throws Exception {
        ExecutiveOverview overview = executive.overview(TimeWindow.LAST_30_DAYS, Granularity.WEEK);

        assertThat(Arrays.asList(overview.attainment(), overview.trend(), overview.satisfaction(), overview.volume(),
                overview.backlog(), overview.costAndReturn())).extracting(Fresh::readAt).containsOnly(NOW);
        assertThat(overview.window()).isEqualTo(TimeWindow.LAST_30_DAYS);
        assertThat(overview.trend().value().granularity()).isEqualTo(Granularity.WEEK);
    }

    @Test
    void anUnreachableWarehouseIsReportedAsSuch() {
        ExecutiveService nowhere = new ExecutiveService(ClickHouseConfig.local("http://127.0.0.1:1"),
                Clock.fixed(NOW, ZoneOffset.UTC));

        assertThatThrownBy(() -> nowhere.overview(TimeWindow.LAST_7_DAYS, Granularity.DAY))
                .isInstanceOf(WarehouseUnavailableException.class).hasMessageContaining("127.0.0.1:1");
    }
}

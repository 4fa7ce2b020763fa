package io.deskpulse.warehouse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.deskpulse.localstack.junit.LocalStack;
import io.deskpulse.localstack.junit.LocalStackEndpoints;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(LocalStack.class)
class MigrationRunnerTest {

    private static final Migration FIRST = Migration.of("0001_first.sql",
            "-- a comment line\nCREATE TABLE first (id UInt32) ENGINE = MergeTree ORDER BY id;\n");
    private static final Migration SECOND = Migration.of("0002_second.sql", """
            CREATE TABLE second (id UInt32) ENGINE = MergeTree ORDER BY id;
            INSERT INTO second VALUES (1), (2);
            """);

    @Test
    void appliesTheBundledMigrationsOnAFreshDatabaseAndRecordsThem(LocalStackEndpoints stack) throws SQLException {
        ClickHouseConfig config = ClickHouseConfig.local(stack.clickHouseEndpoint()).withDatabase("bundled");

        List<String> applied = new MigrationRunner(config).migrate();

        assertEquals(MigrationRunner.bundledMigrations().stream().map(Migration::fileName).toList(), applied);
        assertTrue(applied.contains("0002_sla_clocks.sql"));
        assertEquals(applied.size(), Integer.parseInt(query(config, "SELECT count() FROM schema_migrations").getFirst()));
        assertEquals(List.of("agents", "agents_from_events", "business_calendars", "cost_rates", "customers",
                "customers_from_events", "roi_baseline", "satisfaction_daily", "sla_alerts", "sla_attainment_daily",
                "sla_clocks", "sla_open_clocks", "sla_open_clocks_from_clocks", "sla_policies", "teams", "teams_from_events",
                "ticket_events", "tickets", "workload_daily", "workload_hourly"), query(config,
                "SELECT name FROM system.tables WHERE database = 'bundled' AND name != 'schema_migrations' ORDER BY name"));
        assertEquals(List.of(), new MigrationRunner(config).migrate(), "a second run applies nothing");
    }

    @Test
    void appliesOnlyWhatIsPendingEachOnce(LocalStackEndpoints stack) throws SQLException {
        ClickHouseConfig config = ClickHouseConfig.local(stack.clickHouseEndpoint()).withDatabase("partial");

        assertEquals(List.of("0001_first.sql"), new MigrationRunner(config, List.of(FIRST)).migrate());
        assertEquals(List.of("0002_second.sql"), new MigrationRunner(config, List.of(SECOND, FIRST)).migrate());
        assertEquals(List.of(), new MigrationRunner(config, List.of(FIRST, SECOND)).migrate());

        assertEquals(List.of("2"), query(config, "SELECT count() FROM second"), "the insert ran once");
        assertEquals(List.of("1 first", "2 second"),
                query(config, "SELECT concat(toString(version), ' ', name) FROM schema_migrations ORDER BY version"));
    }

    @Test
    void stopsWithAClearErrorWhenAnAppliedFileWasChanged(LocalStackEndpoints stack) {
        ClickHouseConfig config = ClickHouseConfig.local(stack.clickHouseEndpoint()).withDatabase("tampered");
        new MigrationRunner(config, List.of(FIRST, SECOND)).migrate();
        Migration edited = Migration.of("0001_first.sql",
                "CREATE TABLE first (id UInt64) ENGINE = MergeTree ORDER BY id;\n");
        Migration third = Migration.of("0003_third.sql", "CREATE TABLE third (id UInt8) ENGINE = Memory;");

        MigrationException error = assertThrows(MigrationException.class,
                () -> new MigrationRunner(config, List.of(edited, SECOND, third)).migrate());

        assertTrue(error.getMessage().startsWith("migration 0001_first.sql was changed after it was applied"),
                error.getMessage());
    }

    @Test
    void aFailingMigrationNamesItselfAndIsNotRecorded(LocalStackEndpoints stack) throws SQLException {
        ClickHouseConfig config = ClickHouseConfig.local(stack.clickHouseEndpoint()).withDatabase("failing");
        Migration broken = Migration.of("0002_broken.sql", "CREATE TABLE broken (id NoSuchType) ENGINE = Memory;");

        MigrationException error = assertThrows(MigrationException.class,
                () -> new MigrationRunner(config, List.of(FIRST, broken)).migrate());

        assertTrue(error.getMessage().contains("0002_broken.sql failed"), error.getMessage());
        assertEquals(List.of("1"), query(config, "SELECT version FROM schema_migrations"));
    }

    @Test
    void statementsAreSplitAtLineEndingSemicolonsWithoutComments() {
        assertEquals(2, SECOND.statements().size());
        assertEquals(List.of("CREATE TABLE first (id UInt32) ENGINE = MergeTree ORDER BY id"), FIRST.statements());
        assertThrows(IllegalArgumentException.class, () -> Migration.of("first.sql", "SELECT 1"));
    }

    private static List<String> query(ClickHouseConfig config, String sql) throws SQLException {
        try (Connection c = config.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            List<String> rows = new ArrayList<>();
            while (rs.next()) {
                rows.add(rs.getString(1));
            }
            return rows;
        }
    }
}

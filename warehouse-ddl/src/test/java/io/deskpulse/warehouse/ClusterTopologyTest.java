package io.deskpulse.warehouse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The cluster form of the migrations, as text: only single-node ClickHouse runs here, so this checks
 * what would be sent to a cluster, statement by statement, for every bundled migration.
 */
class ClusterTopologyTest {

    private final ClusterTopology topology = new ClusterTopology("helpdesk_cluster");

    @Test
    void aVersionedTableBecomesReplicatedLocalTablesBehindADistributedOne() {
        List<String> statements = topology.rewrite("""
                CREATE TABLE IF NOT EXISTS tickets
                (
                    ticket_id String,
                    region    LowCardinality(String),
                    version   UInt64
                )
                ENGINE = ReplacingMergeTree(version)
                ORDER BY (region, ticket_id)""");

        assertEquals(2, statements.size());
        assertTrue(statements.get(0).startsWith("CREATE TABLE IF NOT EXISTS tickets_local ON CLUSTER 'helpdesk_cluster'"),
                statements.get(0));
        assertTrue(statements.get(0).contains("ENGINE = ReplicatedReplacingMergeTree("
                + "'/clickhouse/tables/{shard}/{database}/tickets_local', '{replica}', version)"), statements.get(0));
        assertTrue(statements.get(0).endsWith("ORDER BY (region, ticket_id)"), statements.get(0));
        assertEquals("CREATE TABLE IF NOT EXISTS tickets ON CLUSTER 'helpdesk_cluster' AS tickets_local "
                + "ENGINE = Distributed('helpdesk_cluster', currentDatabase(), 'tickets_local', "
                + "cityHash64(region, ticket_id))", statements.get(1), "every version of a row on one shard");
    }

    @Test
    void aSortKeyWithFunctionsShardsByTheWholeKey() {
        String distributed = topology.rewrite("""
                CREATE TABLE IF NOT EXISTS sla_alerts (ticket_id String, at DateTime64(3, 'UTC'), version UInt64)
                ENGINE = ReplacingMergeTree(version)
                ORDER BY (region, toDate(at), ticket_id)""").get(1);
        assertTrue(distributed.endsWith("cityHash64(region, toDate(at), ticket_id))"), distributed);
    }

    @Test
    void alterationsGoToBothTablesAndSeedsThroughTheDistributedOne() {
        assertEquals(List.of(
                        "ALTER TABLE sla_clocks_local ON CLUSTER 'helpdesk_cluster' ADD COLUMN IF NOT EXISTS x String",
                        "ALTER TABLE sla_clocks ON CLUSTER 'helpdesk_cluster' ADD COLUMN IF NOT EXISTS x String"),
                topology.rewrite("ALTER TABLE sla_clocks ADD COLUMN IF NOT EXISTS x String"));
        String insert = "INSERT INTO cost_rates (region) VALUES ('*')";
        assertEquals(List.of(insert), topology.rewrite(insert));
    }

    @Test
    void aMaterializedViewReadsAndWritesTheLocalTablesOfEachNode() {
        assertEquals(List.of("CREATE MATERIALIZED VIEW IF NOT EXISTS agents_from_events ON CLUSTER 'helpdesk_cluster'"
                        + " TO agents_local AS SELECT agent_id FROM ticket_events_local WHERE type = 'A'"),
                topology.rewrite("CREATE MATERIALIZED VIEW IF NOT EXISTS agents_from_events TO agents AS\n"
                        + "SELECT agent_id FROM ticket_events WHERE type = 'A'").stream()
                        .map(sql -> sql.replace("\n", " ")).toList());
    }

    @Test
    void theOpenClocksKeepTheirCleanupSettingsAndShardLikeTheClocksTheyComeFrom() {
        List<String> statements = MigrationRunner.bundledMigrations().stream()
                .filter(m -> m.name().equals("sla_open_clocks"))
                .flatMap(m -> m.statements().stream()).flatMap(s -> topology.rewrite(s).stream())
                .map(sql -> sql.replaceAll("\\s+", " ")).toList();

        assertTrue(statements.get(0).contains("ENGINE = ReplicatedReplacingMergeTree("
                + "'/clickhouse/tables/{shard}/{database}/sla_open_clocks_local', '{replica}', version, is_deleted)"
                + " PARTITION BY toYYYYMM(started_at)"), statements.get(0));
        assertTrue(statements.get(0).endsWith("enable_replacing_merge_with_cleanup_for_min_age_to_force_merge = 1"),
                statements.get(0));
        String clocksSharding = topology.rewrite(MigrationRunner.bundledMigrations().stream()
                .filter(m -> m.name().equals("sla_clocks")).findFirst().orElseThrow().statements().getFirst()).get(1);
        assertEquals(clocksSharding.substring(clocksSharding.indexOf("cityHash64")),
                statements.get(1).substring(statements.get(1).indexOf("cityHash64")),
                "a clock's view rows land on the shard of its sla_clocks rows");
        assertTrue(statements.get(2).startsWith("CREATE MATERIALIZED VIEW IF NOT EXISTS sla_open_clocks_from_clocks"
                + " ON CLUSTER 'helpdesk_cluster' TO sla_open_clocks_local AS SELECT"), statements.get(2));
        assertTrue(statements.get(2).contains("FROM sla_clocks_local"), statements.get(2));
        assertTrue(statements.get(3).startsWith("INSERT INTO sla_open_clocks SELECT"), statements.get(3));
    }

    @Test
    void everyBundledMigrationHasAClusterForm() {
        for (Migration migration : MigrationRunner.bundledMigrations()) {
            for (String statement : migration.statements()) {
                for (String clustered : topology.rewrite(statement)) {
                    assertTrue(clustered.contains("ON CLUSTER 'helpdesk_cluster'") || clustered.startsWith("INSERT"),
                            migration.fileName() + ": " + clustered);
                }
            }
        }
    }

    @Test
    void aStatementWithoutAClusterFormStopsTheMigration() {
        MigrationException e = assertThrows(MigrationException.class,
                () -> topology.rewrite("CREATE VIEW v AS SELECT 1"));
        assertTrue(e.getMessage().startsWith("no cluster form for the statement: CREATE VIEW v"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new ClusterTopology("x'; DROP"));
    }
}

package io.deskpulse.warehouse;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How the migrations' single-node statements become a replicated, sharded ClickHouse cluster's
 * ({@code DESKPULSE_CLICKHOUSE_CLUSTER}). The migration files are written once, for one node; on a
 * cluster each {@code CREATE TABLE t} becomes a replicated local table {@code t_local} on every node
 * and a Distributed table {@code t} over them, so that writers and queries keep using {@code t}.
 *
 * <p>Rows are sharded by a hash of the table's sort key: every version of a row lands on the same
 * shard, so ReplacingMergeTree's replacement and {@code FINAL} stay correct per shard. Replicas
 * share data through ClickHouse Keeper paths {@code /clickhouse/tables/{shard}/{database}/t_local}
 * with the server's {@code {shard}} and {@code {replica}} macros.
 */
public final class ClusterTopology {

    private static final Pattern CREATE_TABLE = Pattern.compile(
            "(?is)^CREATE\\s+TABLE\\s+IF\\s+NOT\\s+EXISTS\\s+(\\w+)(\\s*\\(.*\\)\\s*)ENGINE\\s*=\\s*(\\w*MergeTree)(?:\\(([^)]*)\\))?(.*)$");
    private static final Pattern ORDER_BY = Pattern.compile("(?is)ORDER\\s+BY\\s+");
    private static final Pattern ALTER_TABLE = Pattern.compile("(?is)^ALTER\\s+TABLE\\s+(\\w+)\\s+(.*)$");
    private static final Pattern MATERIALIZED_VIEW = Pattern.compile(
            "(?is)^CREATE\\s+MATERIALIZED\\s+VIEW\\s+IF\\s+NOT\\s+EXISTS\\s+(\\w+)\\s+TO\\s+(\\w+)\\s+AS\\s+(.*?\\bFROM\\s+)(\\w+)(.*)$");
    private static final Pattern INSERT = Pattern.compile("(?is)^INSERT\\s+INTO\\s+.*$");

    private final String cluster;

    public ClusterTopology(String cluster) {
        if (cluster == null || !cluster.matches("[A-Za-z0-9_.-]+")) {
            throw new IllegalArgumentException("cluster name '" + cluster + "' must be letters, digits, '_', '.', '-'");
        }
        this.cluster = cluster;
    }

    public String cluster() {
        return cluster;
    }

    /** The statements that do on the cluster what {@code statement} does on one node. */
    public List<String> rewrite(String statement) {
        Matcher create = CREATE_TABLE.matcher(statement.strip());
        if (create.matches()) {
            String table = create.group(1);
            String engineArgs = create.group(4) == null ? "" : create.group(4).strip();
            String local = table + "_local";
            String replicated = "Replicated" + create.group(3) + "('/clickhouse/tables/{shard}/{database}/" + local
                    + "', '{replica}'" + (engineArgs.isEmpty() ? "" : ", " + engineArgs) + ")";
            String shardingKey = sortKey(create.group(5));
            return List.of(
                    "CREATE TABLE IF NOT EXISTS " + local + " ON CLUSTER '" + cluster + "'" + create.group(2)
                            + "ENGINE = " + replicated + create.group(5),
                    "CREATE TABLE IF NOT EXISTS " + table + " ON CLUSTER '" + cluster + "' AS " + local
                            + " ENGINE = Distributed('" + cluster + "', currentDatabase(), '" + local
                            + "', cityHash64(" + shardingKey + "))");
        }
        Matcher alter = ALTER_TABLE.matcher(statement.strip());
        if (alter.matches()) {
            return List.of(
                    "ALTER TABLE " + alter.group(1) + "_local ON CLUSTER '" + cluster + "' " + alter.group(2),
                    "ALTER TABLE " + alter.group(1) + " ON CLUSTER '" + cluster + "' " + alter.group(2));
        }
        Matcher view = MATERIALIZED_VIEW.matcher(statement.strip());
        if (view.matches()) {
            // On each node, from the local source table into the local target: rows stay on the
            // source row's shard, so a dimension is read with argMax/GROUP BY across shards.
            return List.of("CREATE MATERIALIZED VIEW IF NOT EXISTS " + view.group(1) + " ON CLUSTER '" + cluster
                    + "' TO " + view.group(2) + "_local AS " + view.group(3) + view.group(4) + "_local" + view.group(5));
        }
        if (INSERT.matcher(statement.strip()).matches()) {
            return List.of(statement); // through the Distributed table, to the shard of each row
        }
        throw new MigrationException("no cluster form for the statement: " + statement.lines().findFirst().orElse("")
                + " (cluster mode knows CREATE TABLE IF NOT EXISTS ... MergeTree, CREATE MATERIALIZED VIEW ... TO, ALTER TABLE"
                + " and INSERT)");
    }

    /** The expressions of the ORDER BY clause, without the tuple's parentheses. */
    private static String sortKey(String tail) {
        Matcher orderBy = ORDER_BY.matcher(tail);
        if (!orderBy.find()) {
            return "rand()";
        }
        String rest = tail.substring(orderBy.end()).strip();
        if (!rest.startsWith("(")) {
            return rest.split("\\s+")[0];
        }
        int depth = 0;
        for (int i = 0; i < rest.length(); i++) {
            depth += rest.charAt(i) == '(' ? 1 : rest.charAt(i) == ')' ? -1 : 0;
            if (depth == 0) {
                return rest.substring(1, i);
            }
        }
        throw new MigrationException("unbalanced ORDER BY: " + tail.strip());
    }

    /** {@code CREATE DATABASE} on every node of the cluster. */
    public String createDatabase(String database) {
        return "CREATE DATABASE IF NOT EXISTS `" + database + "` ON CLUSTER '" + cluster + "'";
    }
}

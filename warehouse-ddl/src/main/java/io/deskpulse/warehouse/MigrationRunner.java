package io.deskpulse.warehouse;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings the warehouse schema up to date: applies the numbered SQL files of
 * {@code io/deskpulse/warehouse/migrations} in order, each once, and records each with its checksum
 * in {@code schema_migrations}. A file that was applied and has changed since stops the run with an
 * error naming it: fix it by adding a new migration, never by editing an applied one.
 */
public final class MigrationRunner {

    public static final String MIGRATIONS_FOLDER = "io/deskpulse/warehouse/migrations";

    private static final Logger LOG = LoggerFactory.getLogger(MigrationRunner.class);

    private final ClickHouseConfig config;
    private final List<Migration> migrations;
    private final ClusterTopology cluster;

    public MigrationRunner(ClickHouseConfig config) {
        this(config, bundledMigrations());
    }

    public MigrationRunner(ClickHouseConfig config, List<Migration> migrations) {
        this(config, migrations, null);
    }

    /**
     * @param cluster the cluster whose nodes all get the schema (replicated, sharded tables), or null
     *     for a single ClickHouse server
     */
    public MigrationRunner(ClickHouseConfig config, List<Migration> migrations, ClusterTopology cluster) {
        this.config = config;
        this.cluster = cluster;
        this.migrations = migrations.stream().sorted(Comparator.comparingInt(Migration::version)).toList();
        for (int i = 1; i < this.migrations.size(); i++) {
            if (this.migrations.get(i).version() == this.migrations.get(i - 1).version()) {
                throw new IllegalArgumentException("two migrations numbered " + this.migrations.get(i).version());
            }
        }
    }

    /** Applies what is pending; returns the file names applied by this call. */
    public List<String> migrate() {
        try {
            createDatabase();
            try (Connection connection = config.connect()) {
                createHistoryTable(connection);
                Map<Integer, String> applied = appliedChecksums(connection);
                List<String> appliedNow = new ArrayList<>();
                for (Migration migration : migrations) {
                    String recorded = applied.get(migration.version());
                    if (recorded == null) {
                        apply(connection, migration);
                        appliedNow.add(migration.fileName());
                    } else if (!recorded.equals(migration.checksum())) {
                        throw new MigrationException("migration " + migration.fileName()
                                + " was changed after it was applied to " + config
                                + " (checksum recorded " + recorded + ", file has " + migration.checksum()
                                + "); add a new migration instead of editing an applied one");
                    }
                }
                return appliedNow;
            }
        } catch (SQLException e) {
            throw new MigrationException("cannot migrate " + config + ": " + e.getMessage(), e);
        }
    }

    private void createDatabase() throws SQLException {
        try (Connection connection = config.connectToServer(); Statement statement = connection.createStatement()) {
            statement.execute(cluster == null ? "CREATE DATABASE IF NOT EXISTS `" + config.database() + "`"
                    : cluster.createDatabase(config.database()));
        }
    }

    private void createHistoryTable(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            forTopology("""
                    CREATE TABLE IF NOT EXISTS schema_migrations
                    (
                        version    UInt32,
                        name       String,
                        checksum   String,
                        applied_at DateTime64(3, 'UTC') DEFAULT now64(3)
                    )
                    ENGINE = MergeTree
                    ORDER BY version""").forEach(sql -> execute(statement, sql));
        }
    }

    private List<String> forTopology(String statement) {
        return cluster == null ? List.of(statement) : cluster.rewrite(statement);
    }

    private static void execute(Statement statement, String sql) {
        try {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new MigrationException(e.getMessage(), e);
        }
    }

    private static Map<Integer, String> appliedChecksums(Connection connection) throws SQLException {
        Map<Integer, String> applied = new HashMap<>();
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("SELECT version, checksum FROM schema_migrations")) {
            while (rs.next()) {
                applied.put(rs.getInt(1), rs.getString(2));
            }
        }
        return applied;
    }

    private void apply(Connection connection, Migration migration) throws SQLException {
        LOG.info("applying migration {}", migration.fileName());
        try (Statement statement = connection.createStatement()) {
            for (String sql : migration.statements()) {
                for (String topologySql : forTopology(sql)) {
                    statement.execute(topologySql);
                }
            }
        } catch (SQLException e) {
            throw new MigrationException("migration " + migration.fileName() + " failed: " + e.getMessage(), e);
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO schema_migrations (version, name, checksum) VALUES (?, ?, ?)")) {
            insert.setInt(1, migration.version());
            insert.setString(2, migration.name());
            insert.setString(3, migration.checksum());
            insert.executeUpdate();
        }
    }

    /** The migrations shipped in this module's jar (or classes folder), in file-name order. */
    public static List<Migration> bundledMigrations() {
        URL folder = MigrationRunner.class.getClassLoader().getResource(MIGRATIONS_FOLDER);
        if (folder == null) {
            throw new IllegalStateException("no " + MIGRATIONS_FOLDER + " on the class path");
        }
        try {
            Map<String, String> files = new TreeMap<>();
            // A jar (plain or nested in Spring Boot's executable jar) is listed through its own entries.
            if (folder.openConnection() instanceof JarURLConnection jar) {
                JarFile jarFile = jar.getJarFile();
                for (JarEntry entry : Collections.list(jarFile.entries())) {
                    String name = entry.getName();
                    if (name.startsWith(MIGRATIONS_FOLDER + "/") && name.endsWith(".sql")) {
                        try (InputStream in = jarFile.getInputStream(entry)) {
                            files.put(name.substring(name.lastIndexOf('/') + 1), read(in));
                        }
                    }
                }
            } else {
                try (Stream<Path> paths = Files.list(Path.of(folder.toURI()))) {
                    for (Path file : paths.filter(f -> f.toString().endsWith(".sql")).toList()) {
                        try (InputStream in = Files.newInputStream(file)) {
                            files.put(file.getFileName().toString(), read(in));
                        }
                    }
                }
            }
            return files.entrySet().stream().map(e -> Migration.of(e.getKey(), e.getValue())).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String read(InputStream in) throws IOException {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }

    /** The runner of {@code config}, on the cluster named by {@code DESKPULSE_CLICKHOUSE_CLUSTER} if set. */
    public static MigrationRunner fromEnvironment(ClickHouseConfig config, Map<String, String> env) {
        String cluster = env.getOrDefault("DESKPULSE_CLICKHOUSE_CLUSTER", "");
        return new MigrationRunner(config, bundledMigrations(), cluster.isBlank() ? null : new ClusterTopology(cluster));
    }

    /** {@code bin/migrate}: applies the pending migrations to the warehouse of the environment. */
    public static void main(String[] args) {
        ClickHouseConfig config = ClickHouseConfig.fromEnvironment();
        List<String> applied;
        try {
            applied = fromEnvironment(config, System.getenv()).migrate();
        } catch (MigrationException e) {
            System.err.println("migrate: " + e.getMessage());
            System.exit(1);
            return;
        }
        System.out.println(applied.isEmpty() ? "schema of " + config + " is up to date"
                : "applied " + String.join(", ", applied) + " to " + config);
    }
}

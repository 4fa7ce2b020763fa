package io.deskpulse.warehouse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.deskpulse.localstack.junit.LocalStack;
import io.deskpulse.localstack.junit.LocalStackEndpoints;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The schema that all migrations produce, table by table, as ClickHouse itself prints it, compared
 * with the checked-in {@code schema-snapshot.sql}: any schema change shows in review. After an
 * intended change, copy {@code target/schema-snapshot.actual.sql} over the snapshot.
 */
@ExtendWith(LocalStack.class)
class SchemaSnapshotTest {

    private static final String SNAPSHOT = "schema-snapshot.sql";

    @Test
    void theMigratedSchemaMatchesTheCheckedInSnapshot(LocalStackEndpoints stack) throws Exception {
        ClickHouseConfig config = ClickHouseConfig.local(stack.clickHouseEndpoint()).withDatabase("snapshot");
        new MigrationRunner(config).migrate();

        String actual = showCreateTables(config);
        Files.writeString(Path.of("target", "schema-snapshot.actual.sql"), actual);

        assertEquals(expected(), actual, "schema changed: compare target/schema-snapshot.actual.sql with "
                + "src/test/resources/" + SNAPSHOT + " and update the snapshot if the change is intended");
    }

    private static String showCreateTables(ClickHouseConfig config) throws SQLException {
        List<String> statements = new ArrayList<>();
        try (Connection c = config.connect()) {
            List<String> tables = new ArrayList<>();
            try (PreparedStatement q = c.prepareStatement(
                    "SELECT name FROM system.tables WHERE database = ? ORDER BY name")) {
                q.setString(1, config.database());
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        tables.add(rs.getString(1));
                    }
                }
            }
            for (String table : tables) {
                try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SHOW CREATE TABLE " + table)) {
                    rs.next();
                    // The database name is the test's own; the snapshot is about the tables.
                    statements.add(rs.getString(1).replace(config.database() + ".", "") + ";\n");
                }
            }
        }
        return String.join("\n", statements);
    }

    private static String expected() throws IOException {
        try (InputStream in = SchemaSnapshotTest.class.getResourceAsStream("/" + SNAPSHOT)) {
            return in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}

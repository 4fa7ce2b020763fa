package io.deskpulse.app.base;

import static org.assertj.core.api.Assertions.assertThat;

import io.deskpulse.localstack.junit.LocalStack;
import io.deskpulse.localstack.junit.LocalStackEndpoints;
import io.deskpulse.warehouse.ClickHouseConfig;
import io.deskpulse.warehouse.MigrationRunner;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Inserts wake the open pages; the server's merges, which change nothing shown, do not. */
@ExtendWith(LocalStack.class)
class WarehouseChangesTest {

    @Test
    void anInsertCountsAsAChangeAndAMergeDoesNot(LocalStackEndpoints stack) throws Exception {
        ClickHouseConfig warehouse = ClickHouseConfig.local(stack.clickHouseEndpoint()).withDatabase("changes_test");
        new MigrationRunner(warehouse).migrate();
        WarehouseChanges changes = new WarehouseChanges(warehouse);
        changes.start();
        try (Connection c = warehouse.connect(); Statement s = c.createStatement()) {
            insertTicket(s, "T-1", 1);
            Thread.sleep(3 * WarehouseChanges.LOOK_EVERY.toMillis()); // the watcher's first look
            long before = changes.changes();

            insertTicket(s, "T-2", 1);
            assertThat(await(() -> changes.changes() > before)).as("an insert is seen").isTrue();

            long afterInsert = changes.changes();
            insertTicket(s, "T-1", 2);
            await(() -> changes.changes() > afterInsert);
            long beforeMerge = changes.changes();
            s.execute("OPTIMIZE TABLE tickets FINAL");
            Thread.sleep(4 * WarehouseChanges.LOOK_EVERY.toMillis());
            assertThat(changes.changes()).as("a merge is not a change").isEqualTo(beforeMerge);
        } finally {
            changes.stop();
        }
    }

    private static void insertTicket(Statement s, String id, int version) throws Exception {
        s.execute("INSERT INTO tickets (ticket_id, created_at, region, status, version) VALUES ('" + id
                + "', '2026-03-02 09:00:00', 'east', 'OPEN', " + version + ")");
    }

    private static boolean await(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < deadline) {
            if (condition.getAsBoolean()) {
                return true;
            }
            Thread.sleep(50);
        }
        return false;
    }
}

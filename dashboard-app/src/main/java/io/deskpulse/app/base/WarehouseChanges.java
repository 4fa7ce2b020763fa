package io.deskpulse.app.base;

import io.deskpulse.warehouse.ClickHouseConfig;
import jakarta.annotation.PreDestroy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.function.Consumer;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells open screens that the warehouse has new rows, so they reload at once instead of polling
 * on a timer: one cheap look at the active parts of the tables the screens read ({@code
 * system.parts}: every insert adds a part with a new block number) twice a second for the whole app. Each look hands every
 * subscriber the number of changes seen so far; a screen whose last reload is older than the last
 * change re-runs its own, scoped queries (at once, or at its next look if it reloaded very recently).
 */
@Component
public class WarehouseChanges {

    static final Duration LOOK_EVERY = Duration.ofMillis(500);


    /**
     * Every insert takes a new block number in its table and partition; a merge keeps the highest
     * number of the parts it merges. So the sum of each partition's highest number grows with every
     * insert and stays put while the server merges, which changes nothing a page shows.
     */
    private static final String INSERTS_SQL = """
            SELECT sum(last_block) FROM (
              SELECT table, partition_id, max(max_block_number) AS last_block FROM system.parts
              WHERE active AND database = currentDatabase()
                AND table IN ('tickets', 'sla_clocks', 'workload_hourly', 'satisfaction_daily', 'sla_attainment_daily')
              GROUP BY table, partition_id)
            """;


    private final ClickHouseConfig warehouse;
    private final Subscribers<Long> subscribers = new Subscribers<>();
    private volatile long changes;
    private volatile boolean running = true;
    private Thread watcher;

    public WarehouseChanges(ClickHouseConfig warehouse) {
        this.warehouse = warehouse;
    }

    @EventListener(ApplicationReadyEvent.class)
    public void start() {
        watcher = Thread.ofVirtual().name("warehouse-changes").start(this::watch);
    }

    /** The number of changes seen since the app started. */
    public long changes() {
        return changes;
    }

    /** Calls {@code look} with {@link #changes()} after each look, on the watcher's thread; run the result to stop. */
    public Runnable subscribe(Consumer<Long> look) {
        return subscribers.add(look);
    }

    private void watch() {
        String last = null;
        while (running) {
            String now = inserts();
            if (now != null && last != null && !now.equals(last)) {
                changes++;
            }
            subscribers.publish(changes);
            last = now != null ? now : last;
            try {
                Thread.sleep(LOOK_EVERY);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** Where the inserts stand, or null while the warehouse does not answer. */
    private String inserts() {
        try (Connection c = warehouse.connect(); PreparedStatement q = c.prepareStatement(INSERTS_SQL);
                ResultSet rs = q.executeQuery()) {
            return rs.next() ? rs.getString(1) : null;
        } catch (Exception e) {
            return null;
        }
    }

    @PreDestroy
    public void stop() throws InterruptedException {
        running = false;
        if (watcher != null) {
            watcher.interrupt();
            watcher.join(Duration.ofSeconds(5));
        }
    }
}

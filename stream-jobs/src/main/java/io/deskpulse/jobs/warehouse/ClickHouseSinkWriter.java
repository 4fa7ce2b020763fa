package io.deskpulse.jobs.warehouse;

import io.deskpulse.warehouse.ClickHouseConfig;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.flink.api.common.operators.ProcessingTimeService;
import org.apache.flink.api.connector.sink2.SinkWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The per-subtask half of {@link ClickHouseSink}; runs on the task's mailbox thread only. */
final class ClickHouseSinkWriter<T> implements SinkWriter<T> {

    private static final Logger LOG = LoggerFactory.getLogger(ClickHouseSinkWriter.class);
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(30);
    /**
     * This sink batches by itself and a checkpoint must mean the rows are in the table; ClickHouse
     * 26.2+ makes inserts asynchronous by default, so ask for synchronous ones explicitly.
     */
    private static final Map<String, String> SYNCHRONOUS_INSERTS = Map.of("async_insert", "0");

    private final ClickHouseConfig config;
    private final WarehouseTable<T> table;
    private final int batchSize;
    private final Duration flushInterval;
    private final ProcessingTimeService time;
    private final SinkMetrics metrics;
    private final List<T> batch = new ArrayList<>();
    private Connection connection;
    private boolean timerPending;

    ClickHouseSinkWriter(ClickHouseConfig config, WarehouseTable<T> table, int batchSize, Duration flushInterval,
            ProcessingTimeService time, SinkMetrics metrics) {
        this.config = config;
        this.table = table;
        this.batchSize = batchSize;
        this.flushInterval = flushInterval;
        this.time = time;
        this.metrics = metrics;
    }

    @Override
    public void write(T row, Context context) throws IOException, InterruptedException {
        batch.add(row);
        if (batch.size() >= batchSize) {
            flushBatch();
        } else if (!timerPending) {
            timerPending = true;
            time.registerTimer(time.getCurrentProcessingTime() + flushInterval.toMillis(), at -> {
                timerPending = false;
                flushBatch();
            });
        }
    }

    @Override
    public void flush(boolean endOfInput) throws IOException, InterruptedException {
        flushBatch();
    }

    private void flushBatch() throws IOException, InterruptedException {
        if (batch.isEmpty()) {
            return;
        }
        Duration backoff = Duration.ofMillis(200);
        for (int attempt = 1; ; attempt++) {
            try {
                insert();
                metrics.written(batch.size());
                batch.clear();
                return;
            } catch (SQLException e) {
                closeConnection();
                if (WriteFailure.of(e) == WriteFailure.PERMANENT) {
                    throw new IOException("ClickHouse refused " + batch.size() + " rows for " + table.name()
                            + " (code " + WriteFailure.serverCode(e) + "); the job restarts from its last checkpoint: "
                            + e.getMessage(), e);
                }
                metrics.retried();
                LOG.warn("writing {} rows to {} failed (attempt {}), retrying in {} ms: {}",
                        batch.size(), table.name(), attempt, backoff.toMillis(), e.getMessage());
                Thread.sleep(backoff.toMillis());
                backoff = backoff.multipliedBy(2).compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : backoff.multipliedBy(2);
            }
        }
    }

    private void insert() throws SQLException {
        if (connection == null) {
            connection = config.connect(SYNCHRONOUS_INSERTS);
        }
        try (PreparedStatement insert = connection.prepareStatement(table.insertSql())) {
            for (T row : batch) {
                table.bind(insert, row);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private void closeConnection() {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException e) {
                LOG.debug("closing a failed connection", e);
            }
            connection = null;
        }
    }

    @Override
    public void close() {
        closeConnection();
    }
}

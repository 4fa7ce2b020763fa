package io.deskpulse.jobs.warehouse;

import io.deskpulse.warehouse.ClickHouseConfig;
import java.time.Duration;
import org.apache.flink.api.connector.sink2.Sink;
import org.apache.flink.api.connector.sink2.SinkWriter;
import org.apache.flink.api.connector.sink2.WriterInitContext;

/**
 * Writes rows to a ClickHouse table through the official JDBC driver, in batches by row count and
 * by time. A checkpoint flushes the batch, so a completed checkpoint means its rows are written; a
 * failed write is retried with backoff rather than dropped. Replays are made harmless by the tables
 * themselves (ReplacingMergeTree with a version), not by this sink.
 */
public final class ClickHouseSink<T> implements Sink<T> {

    private final ClickHouseConfig config;
    private final WarehouseTable<T> table;
    private final int batchSize;
    private final Duration flushInterval;

    public ClickHouseSink(ClickHouseConfig config, WarehouseTable<T> table, int batchSize, Duration flushInterval) {
        this.config = config;
        this.table = table;
        this.batchSize = batchSize;
        this.flushInterval = flushInterval;
    }

    @Override
    public SinkWriter<T> createWriter(WriterInitContext context) {
        return new ClickHouseSinkWriter<>(config, table, batchSize, flushInterval, context.getProcessingTimeService(),
                new SinkMetrics(context.metricGroup()));
    }
}

package io.deskpulse.jobs.warehouse;

import org.apache.flink.metrics.Counter;
import org.apache.flink.metrics.MetricGroup;

/**
 * What an operator watches on a ClickHouse sink: rows and batches written, retries, and how long
 * ago the last successful write was (growing while ClickHouse is unreachable).
 */
final class SinkMetrics {

    private final Counter rows;
    private final Counter batches;
    private final Counter retries;
    private volatile long lastWriteMillis = System.currentTimeMillis();

    SinkMetrics(MetricGroup group) {
        MetricGroup clickHouse = group.addGroup("clickhouse");
        rows = clickHouse.counter("rowsWritten");
        batches = clickHouse.counter("batchesWritten");
        retries = clickHouse.counter("writeRetries");
        clickHouse.gauge("millisSinceLastWrite", () -> System.currentTimeMillis() - lastWriteMillis);
    }

    void written(int rowCount) {
        rows.inc(rowCount);
        batches.inc();
        lastWriteMillis = System.currentTimeMillis();
    }

    void retried() {
        retries.inc();
    }
}

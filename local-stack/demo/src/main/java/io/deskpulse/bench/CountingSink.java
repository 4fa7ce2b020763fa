package io.deskpulse.bench;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import org.apache.flink.api.common.eventtime.Watermark;
import org.apache.flink.api.connector.sink2.Sink;
import org.apache.flink.api.connector.sink2.SinkWriter;
import org.apache.flink.api.connector.sink2.WriterInitContext;

/**
 * Counts the rows that reach a sink, in this JVM (the MiniCluster runs in the benchmark's process),
 * then hands them on. For plain sinks only (not for sinks with committers, such as KafkaSink).
 */
record CountingSink<T>(String name, Sink<T> inner) implements Sink<T> {

    private static final Map<String, LongAdder> COUNTS = new ConcurrentHashMap<>();

    static long count(String name) {
        LongAdder count = COUNTS.get(name);
        return count == null ? 0 : count.sum();
    }

    @Override
    public SinkWriter<T> createWriter(WriterInitContext context) throws IOException {
        SinkWriter<T> writer = inner.createWriter(context);
        LongAdder count = COUNTS.computeIfAbsent(name, n -> new LongAdder());
        return new SinkWriter<>() {
            @Override
            public void write(T element, Context ctx) throws IOException, InterruptedException {
                count.increment();
                writer.write(element, ctx);
            }

            @Override
            public void writeWatermark(Watermark watermark) throws IOException, InterruptedException {
                writer.writeWatermark(watermark);
            }

            @Override
            public void flush(boolean endOfInput) throws IOException, InterruptedException {
                writer.flush(endOfInput);
            }

            @Override
            public void close() throws Exception {
                writer.close();
            }
        };
    }
}

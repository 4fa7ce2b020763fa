package io.deskpulse.bench;

import io.deskpulse.jobs.source.ConsumedRecord;
import io.deskpulse.jobs.source.TicketEventDeserializer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.apache.flink.api.common.JobExecutionResult;
import org.apache.flink.connector.kafka.source.KafkaSource;
import org.apache.flink.connector.kafka.source.enumerator.initializer.OffsetsInitializer;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/** One timed run of a bounded job on a local MiniCluster, as the throughput benchmarks measure it. */
record JobRun(long events, double seconds, double wallSeconds, Report.CpuUse cpu) {

    static final int PARALLELISM = 2;

    double perSecond() {
        return events / seconds;
    }

    static JobRun measure(String name, long events, Duration checkpointInterval, Path dir,
            Consumer<StreamExecutionEnvironment> pipeline) throws Exception {
        StreamExecutionEnvironment env = BenchStack.flink(PARALLELISM,
                dir.resolve("checkpoints-" + name.replaceAll("[^a-z]+", "-")));
        env.enableCheckpointing(checkpointInterval.toMillis());
        pipeline.accept(env);
        System.out.printf("running %s (load average %s) ...%n", name, Report.loadAverage());
        Report.CpuWindow cpu = Report.CpuWindow.start();
        long started = System.nanoTime();
        JobExecutionResult result = env.execute("bench-" + name);
        double wall = (System.nanoTime() - started) / 1e9;
        Report.CpuUse use = cpu.stop();
        System.out.printf("  %s: %.1f s (job runtime), %.1f s with MiniCluster start; %s%n", name,
                result.getNetRuntime(TimeUnit.MILLISECONDS) / 1e3, wall, use);
        return new JobRun(events, result.getNetRuntime(TimeUnit.MILLISECONDS) / 1e3, wall, use);
    }

    /** {@code topic} from its first record to its current end, parsed as the jobs parse it. */
    static KafkaSource<ConsumedRecord> boundedEvents(BenchStack stack, String topic, String group) {
        return KafkaSource.<ConsumedRecord>builder()
                .setBootstrapServers(stack.bootstrapServers())
                .setTopics(topic)
                .setGroupId(group)
                .setStartingOffsets(OffsetsInitializer.earliest())
                .setBounded(OffsetsInitializer.latest())
                .setDeserializer(new TicketEventDeserializer())
                .build();
    }
}

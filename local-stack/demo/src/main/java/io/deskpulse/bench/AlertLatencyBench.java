package io.deskpulse.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.deskpulse.events.TicketEvent;
import io.deskpulse.ingestion.KafkaConfig;
import io.deskpulse.ingestion.TicketEventPublisher;
import io.deskpulse.ingestion.TicketTopics;
import io.deskpulse.jobs.JobConfig;
import io.deskpulse.jobs.StreamJobs;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.flink.api.common.JobStatus;
import org.apache.flink.core.execution.JobClient;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * {@code bin/bench alert-latency [--tickets N] [--busy-rate R]}: the production job
 * ({@code StreamJobs.startSlaMonitor}, unbounded) on a configuration whose FIRST_RESPONSE target is
 * one minute. Tickets are created at the wall clock, one every 1.25 s, and never answered, so each
 * breaches exactly 60 s after its creation; the latency is from that instant to the alert on
 * {@code sla-alerts}. First on a quiet stream (only those tickets), then on a busy one (a background
 * publisher sending R events/s of other tickets, stamped with the wall clock, meanwhile).
 */
final class AlertLatencyBench {

    private static final String TOPIC = "latency-events";
    private static final String ALERTS = "latency-alerts";
    private static final String CONFIGURATIONS = "latency-sla-config";
    private static final Duration SPACING = Duration.ofMillis(1250);
    private static final Duration TARGET = Duration.ofMinutes(1);
    private static final long GOAL_P99_MILLIS = 2000;
    private static final byte[] CONFIG = """
            {"calendars": [{"id": "always", "alwaysOpen": true}],
             "policies": [{"id": "one-minute", "match": {}, "calendar": "always",
                           "targets": {"FIRST_RESPONSE": 1, "NEXT_REPLY": 2, "RESOLUTION": 10}}]}
            """.getBytes(StandardCharsets.UTF_8);

    /** One breach as received: its instant, the job's reportedAt, and when this process received it. */
    private record Received(Instant at, Instant reportedAt, Instant receivedAt) {}

    private record Phase(String name, int expected, List<Long> reported, List<Long> received, int wrongInstant,
            Report.CpuUse cpu) {}

    private AlertLatencyBench() {}

    static void run(Args args) throws Exception {
        int tickets = (int) args.number("--tickets", 60);
        long busyRate = args.number("--busy-rate", 2000);
        Report.title("alert-latency: FIRST_RESPONSE target 1 min, " + tickets + " tickets per phase, busy stream "
                + Report.number(busyRate) + " events/s");
        JobConfig defaults = JobConfig.fromEnvironment();
        JobConfig config = new JobConfig(2, defaults.checkpointInterval(), defaults.sinkBatchSize(),
                defaults.sinkFlushInterval(), "bench-latency", ALERTS, CONFIGURATIONS, CONFIG, false);
        Path dir = BenchStack.freshDir("alert-latency");
        try (BenchStack stack = BenchStack.start(dir)) {
            KafkaConfig kafka = stack.kafka(TOPIC, 6);
            TicketTopics.ensureExist(kafka, List.of(ALERTS), List.of(CONFIGURATIONS));
            try (AlertListener listener = new AlertListener(stack.bootstrapServers());
                    TicketEventPublisher publisher = new TicketEventPublisher(kafka)) {
                JobClient job = StreamJobs.startSlaMonitor(BenchStack.flink(2, dir.resolve("checkpoints")), stack.bootstrapServers(), TOPIC,
                        stack.warehouse(), config);
                try {
                    awaitRunning(job);
                    Phase quiet = phase("quiet", "LQ-", tickets, publisher, listener);
                    Background background = new Background(publisher, busyRate);
                    Thread thread = Thread.ofPlatform().name("bench-background").start(background);
                    Thread.sleep(10_000); // let the job settle under the load first
                    Phase busy = phase("busy", "LB-", tickets, publisher, listener);
                    background.stop();
                    thread.join();
                    print(quiet, busy, background, listener);
                } finally {
                    job.cancel().get();
                }
            }
        }
    }

    private static void awaitRunning(JobClient job) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (job.getJobStatus().get() != JobStatus.RUNNING && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        Thread.sleep(3000); // sources assigned their splits
    }

    /** Creates {@code count} tickets at the wall clock, waits for their breaches, and measures them. */
    private static Phase phase(String name, String prefix, int count, TicketEventPublisher publisher,
            AlertListener listener) throws Exception {
        System.out.printf("%s phase: creating %d tickets over %d s, breaches %d s after each (load average %s) ...%n",
                name, count, count * SPACING.toMillis() / 1000, TARGET.toSeconds(), Report.loadAverage());
        Random random = new Random(prefix.hashCode());
        Map<String, Instant> breaches = new ConcurrentHashMap<>();
        Report.CpuWindow cpu = Report.CpuWindow.start();
        long start = System.nanoTime();
        for (int i = 0; i < count; i++) {
            sleepUntil(start + i * SPACING.toNanos());
            Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
            TicketEvent created = BenchEvents.ticket(random, prefix + i, now).getFirst();
            breaches.put(created.ticketId(), created.occurredAt().plus(TARGET));
            publisher.publish(created);
        }
        Instant last = breaches.values().stream().max(Instant::compareTo).orElseThrow();
        while (Instant.now().isBefore(last.plusSeconds(15)) && !listener.hasAll(breaches.keySet())) {
            Thread.sleep(100);
        }
        Report.CpuUse use = cpu.stop();

        List<Long> reported = new ArrayList<>();
        List<Long> received = new ArrayList<>();
        int wrongInstant = 0;
        for (Map.Entry<String, Instant> expected : breaches.entrySet()) {
            Received alert = listener.breaches.get(expected.getKey());
            if (alert != null) {
                wrongInstant += alert.at().equals(expected.getValue()) ? 0 : 1;
                reported.add(Duration.between(alert.at(), alert.reportedAt()).toMillis());
                received.add(Duration.between(alert.at(), alert.receivedAt()).toMillis());
            }
        }
        Collections.sort(reported);
        Collections.sort(received);
        return new Phase(name, count, reported, received, wrongInstant, use);
    }

    private static void sleepUntil(long nanoTime) throws InterruptedException {
        long wait = nanoTime - System.nanoTime();
        if (wait > 0) {
            Thread.sleep(Duration.ofNanos(wait));
        }
    }

    private static void print(Phase quiet, Phase busy, Background background, AlertListener listener) {
        System.out.printf("%nbreach latency (ms after the breach instant), %d cores, job parallelism 2:%n", Report.CORES);
        Report table = Report.table("stream", "measured by", "breaches", "min", "p50", "p99", "max", "early (< 0)",
                "late (> 2 s)", "CPU during the phase");
        for (Phase phase : List.of(quiet, busy)) {
            String count = phase.reported().size() + "/" + phase.expected();
            for (boolean job : new boolean[] {true, false}) {
                List<Long> values = job ? phase.reported() : phase.received();
                table.row(phase.name(), job ? "reportedAt (job)" : "received (consumer)", count,
                        Report.percentile(values, 0.0), Report.percentile(values, 0.5), Report.percentile(values, 0.99),
                        Report.percentile(values, 1.0), values.stream().filter(v -> v < 0).count(),
                        values.stream().filter(v -> v > GOAL_P99_MILLIS).count(), job ? phase.cpu() : "");
            }
        }
        table.print();
        System.out.println("(early: reported before the breach instant by the wall clock, i.e. before the ticket breached)");
        System.out.printf("busy stream: %,d background events sent at %,.0f events/s; %,d alerts on %s in all;"
                        + " breaches at a wrong instant: %d%n", background.sent.get(), background.rate(),
                listener.total.get(), ALERTS, quiet.wrongInstant() + busy.wrongInstant());
        Report goals = Report.table("goal", "measured (received)", "met");
        for (Phase phase : List.of(quiet, busy)) {
            long p99 = Report.percentile(phase.received(), 0.99);
            boolean early = phase.reported().stream().anyMatch(v -> v < 0);
            goals.row("p99 <= 2 s, " + phase.name() + " stream (and none early)", p99 + " ms", Report.yesNo(
                    p99 <= GOAL_P99_MILLIS && !early && phase.received().size() == phase.expected()));
        }
        goals.print();
    }

    /** Reads {@code sla-alerts} from the start and keeps each ticket's first FIRST_RESPONSE breach. */
    private static final class AlertListener implements AutoCloseable {
        private static final ObjectMapper JSON = new ObjectMapper();

        final Map<String, Received> breaches = new ConcurrentHashMap<>();
        final AtomicLong total = new AtomicLong();
        private final Thread thread;
        private volatile boolean stopped;

        AlertListener(String bootstrapServers) {
            KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(
                    ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                    ConsumerConfig.GROUP_ID_CONFIG, "bench-latency-reader",
                    ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
                    new StringDeserializer(), new ByteArrayDeserializer());
            List<TopicPartition> partitions = consumer.partitionsFor(ALERTS).stream()
                    .map(p -> new TopicPartition(ALERTS, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            thread = Thread.ofPlatform().name("bench-alert-listener").start(() -> {
                try (consumer) {
                    while (!stopped) {
                        for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(100))) {
                            accept(record.value(), Instant.now());
                        }
                    }
                }
            });
        }

        private void accept(byte[] value, Instant receivedAt) {
            total.incrementAndGet();
            try {
                JsonNode alert = JSON.readTree(value);
                if ("FIRST_RESPONSE".equals(alert.path("metric").asText()) && "BREACH".equals(alert.path("kind").asText())) {
                    breaches.putIfAbsent(alert.path("ticketId").asText(), new Received(
                            Instant.parse(alert.path("at").asText()), Instant.parse(alert.path("reportedAt").asText()),
                            receivedAt));
                }
            } catch (Exception e) {
                System.err.println("unreadable alert: " + new String(value, StandardCharsets.UTF_8));
            }
        }

        boolean hasAll(Iterable<String> ticketIds) {
            for (String id : ticketIds) {
                if (!breaches.containsKey(id)) {
                    return false;
                }
            }
            return true;
        }

        @Override
        public void close() throws InterruptedException {
            stopped = true;
            thread.join();
        }
    }

    /**
     * Other tickets' events at {@code rate} per second, stamped with the wall clock: 10,000 tickets
     * open at a time, each going through the generator's lifecycle, so most are answered in time.
     */
    private static final class Background implements Runnable {
        private static final int OPEN_TICKETS = 10_000;

        final AtomicLong sent = new AtomicLong();
        private final TicketEventPublisher publisher;
        private final long rate;
        private final Random random = new Random(99);
        private final List<List<TicketEvent>> open = new ArrayList<>();
        private final int[] next = new int[OPEN_TICKETS];
        private long ticketNumber;
        private long startNanos;
        private long endNanos;
        private volatile boolean stopped;

        Background(TicketEventPublisher publisher, long rate) {
            this.publisher = publisher;
            this.rate = rate;
            for (int i = 0; i < OPEN_TICKETS; i++) {
                open.add(newTicket());
            }
        }

        private List<TicketEvent> newTicket() {
            return BenchEvents.ticket(random, "BG-" + ticketNumber++, Instant.now());
        }

        @Override
        public void run() {
            startNanos = System.nanoTime();
            try {
                while (!stopped) {
                    long due = (System.nanoTime() - startNanos) * rate / 1_000_000_000L;
                    while (sent.get() < due) {
                        int slot = random.nextInt(OPEN_TICKETS);
                        publisher.publish(BenchEvents.at(open.get(slot).get(next[slot]++), Instant.now()));
                        sent.incrementAndGet();
                        if (next[slot] == open.get(slot).size()) {
                            open.set(slot, newTicket());
                            next[slot] = 0;
                        }
                    }
                    Thread.sleep(5);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            endNanos = System.nanoTime();
        }

        void stop() {
            stopped = true;
        }

        double rate() {
            return sent.get() / ((endNanos - startNanos) / 1e9);
        }
    }
}

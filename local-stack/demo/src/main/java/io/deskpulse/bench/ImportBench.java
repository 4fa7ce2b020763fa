package io.deskpulse.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import io.deskpulse.ingestion.importer.Import;
import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

/**
 * {@code bin/bench import [--rows N]}: {@code bin/import} (in this JVM) on a generated CSV of N
 * ticket rows, one ticket per row, written with {@code --out /dev/null}: reading, mapping, checking
 * against the event contract, de-duplication, encoding and the ledger, with no broker in the way.
 * Peak heap is reported two ways: the most heap in use at any 10 ms sample (garbage included), and
 * the most left after a collection (what the import really holds).
 */
final class ImportBench {

    private static final String PROFILE = """
            {"name": "bench", "kind": "ticket-per-row", "zone": "Asia/Shanghai",
             "dateFormats": ["yyyy-MM-dd HH:mm:ss"],
             "fields": {
               "ticketId": {"column": "Ticket"}, "createdAt": {"column": "Created"},
               "customerId": {"column": "Customer"},
               "customerTier": {"column": "Tier", "values": {"A": "VIP1", "B": "VIP2", "C": "VIP3"}, "default": "STANDARD"},
               "region": {"column": "Region", "case": "lower"}, "team": {"column": "Team"},
               "category": {"columns": ["Category", "Subcategory"], "case": "lower"},
               "priority": {"column": "Priority", "case": "upper", "values": {"URGENT": "P1", "HIGH": "P2", "NORMAL": "P3", "LOW": "P4"}},
               "channel": {"column": "Channel", "case": "lower"}, "subject": {"column": "Subject"},
               "agentId": {"column": "Agent"}, "assignedAt": {"column": "Assigned"},
               "resolvedAt": {"column": "Resolved"}, "closedAt": {"column": "Closed"}}}
            """;
    private static final String[] REGIONS = {"East", "West", "North", "South"};
    private static final String[] CATEGORIES = {"Hardware,Printer", "Hardware,Laptop", "Software,Email", "Network,VPN",
        "Access,Account"};
    private static final String[] PRIORITIES = {"urgent", "high", "normal", "normal", "low"};
    private static final String[] CHANNELS = {"phone", "email", "web", "chat", "wechat"};
    private static final String[] TIERS = {"A", "B", "C", "", "", ""};
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private ImportBench() {}

    static void run(Args args) throws IOException {
        long rows = args.number("--rows", 1_000_000);
        Report.title("import: bin/import on a generated CSV of " + Report.number(rows) + " rows, --out /dev/null");
        Path dir = BenchStack.freshDir("import");
        Path profile = Files.writeString(dir.resolve("bench-profile.json"), PROFILE);
        Path warmUp = write(dir.resolve("warm-up.csv"), Math.min(rows, 50_000));
        Path file = write(dir.resolve("tickets.csv"), rows);
        System.out.printf("file: %s, %,d rows, %,d bytes%n", file, rows, Files.size(file));
        importFile(profile, warmUp, dir.resolve("warm-up"));

        HeapWatch heap = HeapWatch.start();
        Report.CpuWindow cpu = Report.CpuWindow.start();
        long started = System.nanoTime();
        Outcome outcome = importFile(profile, file, dir.resolve("run"));
        double seconds = (System.nanoTime() - started) / 1e9;
        Report.CpuUse use = cpu.stop();
        heap.stop();

        System.out.print(outcome.summary);
        long events = outcome.count("events published");
        Report.table("bin/import, CSV to --out /dev/null", "value")
                .row("exit status", outcome.status)
                .row("rows", Report.number(rows))
                .row("events", Report.number(events))
                .row("seconds", Report.decimal(seconds))
                .row("rows/s", Report.number(rows / seconds))
                .row("events/s", Report.number(events / seconds))
                .row("MB/s read", Report.decimal(Files.size(file) / seconds / 1e6))
                .row("peak heap in use, sampled every 10 ms (MB)", Report.number(heap.peakUsed() / 1e6))
                .row("peak heap after a collection (MB)", Report.number(heap.peakAfterGc() / 1e6))
                .row("heap limit of this JVM (MB)", Report.number(Runtime.getRuntime().maxMemory() / 1e6))
                .print();
        System.out.println("CPU: " + use);
    }

    private record Outcome(int status, String summary) {
        long count(String label) {
            for (String line : summary.split("\n")) {
                if (line.startsWith(label + " ")) {
                    return Long.parseLong(line.substring(label.length()).trim().split("\\s+")[0].replace(",", ""));
                }
            }
            return -1;
        }
    }

    private static Outcome importFile(Path profile, Path file, Path work) {
        ByteArrayOutputStream summary = new ByteArrayOutputStream();
        int status = Import.run(new String[] {"--profile", profile.toString(), file.toString(), "--out", "/dev/null",
            "--ledger", work + ".ledger", "--rejects", work + ".rejects.csv"},
                new PrintStream(summary, true, StandardCharsets.UTF_8), System.err);
        return new Outcome(status, summary.toString(StandardCharsets.UTF_8));
    }

    /** A service desk's year as one ticket per row: most assigned, many resolved, some closed. */
    private static Path write(Path file, long rows) throws IOException {
        Random random = new Random(7);
        LocalDateTime start = LocalDateTime.of(2025, 1, 1, 0, 0);
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("Ticket,Created,Customer,Tier,Region,Team,Category,Subcategory,Priority,Channel,Subject,Agent,"
                    + "Assigned,Resolved,Closed\n");
            StringBuilder line = new StringBuilder(256);
            for (long i = 1; i <= rows; i++) {
                LocalDateTime created = start.plusSeconds(i * 31_536_000L / rows);
                boolean assigned = random.nextInt(10) < 8;
                boolean resolved = assigned && random.nextInt(10) < 7;
                boolean closed = resolved && random.nextBoolean();
                LocalDateTime assignedAt = created.plusMinutes(1 + random.nextInt(120));
                LocalDateTime resolvedAt = assignedAt.plusMinutes(10 + random.nextInt(3000));
                line.setLength(0);
                line.append("BT-").append(i).append(',').append(TIME.format(created)).append(",C-")
                        .append(random.nextInt(50_000)).append(',').append(TIERS[random.nextInt(TIERS.length)]).append(',')
                        .append(REGIONS[random.nextInt(REGIONS.length)]).append(",desk-").append(random.nextInt(12))
                        .append(',').append(CATEGORIES[random.nextInt(CATEGORIES.length)]).append(',')
                        .append(PRIORITIES[random.nextInt(PRIORITIES.length)]).append(',')
                        .append(CHANNELS[random.nextInt(CHANNELS.length)]).append(",\"Case ").append(i)
                        .append(", reported \"\"urgent\"\" by the caller\",")
                        .append(assigned ? "agent-" + random.nextInt(300) : "").append(',')
                        .append(assigned ? TIME.format(assignedAt) : "").append(',')
                        .append(resolved ? TIME.format(resolvedAt) : "").append(',')
                        .append(closed ? TIME.format(resolvedAt.plusDays(3)) : "").append('\n');
                out.append(line);
            }
        }
        return file;
    }

    /** Peak heap: sampled, and after each collection (from the collectors' notifications). */
    private static final class HeapWatch {
        private final AtomicLong peakUsed = new AtomicLong();
        private final AtomicLong peakAfterGc = new AtomicLong();
        private final Set<String> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP).map(MemoryPoolMXBean::getName)
                .collect(Collectors.toSet());
        private final Thread sampler = new Thread(this::sample, "heap-sampler");
        private volatile boolean running = true;

        static HeapWatch start() {
            System.gc();
            HeapWatch watch = new HeapWatch();
            List<GarbageCollectorMXBean> collectors = ManagementFactory.getGarbageCollectorMXBeans();
            for (GarbageCollectorMXBean collector : collectors) {
                ((NotificationEmitter) collector).addNotificationListener((notification, handback) -> {
                    if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
                        long used = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData())
                                .getGcInfo().getMemoryUsageAfterGc().entrySet().stream()
                                .filter(pool -> watch.heapPools.contains(pool.getKey()))
                                .mapToLong(pool -> pool.getValue().getUsed()).sum();
                        watch.peakAfterGc.accumulateAndGet(used, Math::max);
                    }
                }, null, null);
            }
            watch.sampler.setDaemon(true);
            watch.sampler.start();
            return watch;
        }

        private void sample() {
            while (running) {
                MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
                peakUsed.accumulateAndGet(heap.getUsed(), Math::max);
                try {
                    Thread.sleep(10);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }

        void stop() {
            running = false;
        }

        long peakUsed() {
            return peakUsed.get();
        }

        long peakAfterGc() {
            return peakAfterGc.get();
        }
    }
}

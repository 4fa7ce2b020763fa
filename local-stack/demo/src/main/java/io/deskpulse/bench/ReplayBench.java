package io.deskpulse.bench;

import io.deskpulse.events.TicketEventCodec;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Iterator;
import java.util.stream.Stream;

/**
 * {@code bin/bench replay [--events N]}: {@code bin/sla-replay} (a separate JVM, start included) on a
 * generated file of N events in time order, with the benchmark's business-hours configuration.
 */
final class ReplayBench {

    private ReplayBench() {}

    static void run(Args args) throws Exception {
        long events = args.number("--events", 1_000_000);
        Report.title("replay: bin/sla-replay on " + Report.number(events) + " events");
        Path dir = BenchStack.freshDir("replay");
        Path config = Files.writeString(dir.resolve("config.json"), BenchEvents.CONFIG);
        Path log = dir.resolve("events.ndjson");
        Instant to = Instant.now().truncatedTo(ChronoUnit.DAYS).minus(Duration.ofDays(2));
        long written = write(BenchEvents.inTimeOrder(1, events, "BT-", to.minus(Duration.ofDays(7)), to), log);
        Path clocks = dir.resolve("clocks.ndjson");
        Path replay = Path.of(System.getProperty("deskpulse.root", ".")).resolve("bin/sla-replay").toAbsolutePath();
        System.out.printf("file: %s, %,d events, %,d bytes%n", log, written, Files.size(log));
        System.out.printf("running %s --config %s --events %s > %s (load average %s)%n", replay, config, log, clocks,
                Report.loadAverage());

        Report.CpuWindow cpu = Report.CpuWindow.start();
        long started = System.nanoTime();
        Process process = new ProcessBuilder(replay.toString(), "--config", config.toString(), "--events", log.toString())
                .redirectOutput(clocks.toFile())
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        int status = process.waitFor();
        double seconds = (System.nanoTime() - started) / 1e9;
        Report.CpuUse use = cpu.stop();

        long lines;
        try (Stream<String> output = Files.lines(clocks)) {
            lines = output.count();
        }
        Report.table("bin/sla-replay", "value")
                .row("exit status", status)
                .row("events", Report.number(written))
                .row("clock lines out", Report.number(lines))
                .row("seconds (JVM start included)", Report.decimal(seconds))
                .row("events/s", Report.number(written / seconds))
                .row("events/s per core (" + Report.CORES + " cores)", Report.number(written / seconds / Report.CORES))
                .row("machine busy during the run (sla-replay + anything else)",
                        Math.round((use.process() + use.others()) * 100) + "% of " + Report.CORES + " cores")
                .print();
    }

    private static long write(Iterator<io.deskpulse.events.TicketEvent> events, Path file) throws IOException {
        long count = 0;
        try (BufferedWriter out = Files.newBufferedWriter(file)) {
            while (events.hasNext()) {
                out.write(TicketEventCodec.encodeToString(events.next()));
                out.newLine();
                count++;
            }
        }
        return count;
    }
}

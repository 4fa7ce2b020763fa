package io.deskpulse.bench;

import io.deskpulse.events.TicketEventCodec;
import io.deskpulse.ingestion.simulator.EventSink;
import io.deskpulse.ingestion.simulator.History;
import io.deskpulse.ingestion.simulator.RunSummary;
import io.deskpulse.ingestion.simulator.SimulationSettings;
import java.time.Instant;

/**
 * {@code bin/bench simulator [--days N] [--tickets-per-day N]}: the ticket simulator's history mode
 * into a sink that discards the events (generation alone), then into one that encodes them as
 * {@code bin/simulate --out} does and discards the bytes. A short run first warms the JIT up.
 */
final class SimulatorBench {

    /** Fixed, so that every run generates the same events. */
    private static final Instant END = Instant.parse("2026-11-30T00:00:00Z");

    private SimulatorBench() {}

    static void run(Args args) {
        int days = (int) args.number("--days", 90);
        int ticketsPerDay = (int) args.number("--tickets-per-day", SimulationSettings.DEFAULT_TICKETS_PER_DAY);
        SimulationSettings settings = new SimulationSettings(1, ticketsPerDay);
        Report.title("simulator: history of " + days + " days at " + Report.number(ticketsPerDay) + " tickets per day");
        History.generate(settings, END, 7, event -> { });

        long[] bytes = {0};
        Timed generated = timed(settings, days, event -> { });
        Timed encoded = timed(settings, days, event -> bytes[0] += TicketEventCodec.encode(event).length + 1);
        Report.table("history mode", "generated, discarded", "generated and encoded as NDJSON")
                .row("tickets created", Report.number(generated.summary.tickets()),
                        Report.number(encoded.summary.tickets()))
                .row("events generated", Report.number(generated.summary.events()),
                        Report.number(encoded.summary.events()))
                .row("seconds", Report.decimal(generated.seconds), Report.decimal(encoded.seconds))
                .row("events/s", Report.number(generated.eventsPerSecond()), Report.number(encoded.eventsPerSecond()))
                .row("NDJSON bytes", "-", Report.number(bytes[0]))
                .print();
        System.out.println("CPU, generated only: " + generated.cpu);
        System.out.println("CPU, encoded: " + encoded.cpu);
    }

    private record Timed(RunSummary summary, double seconds, Report.CpuUse cpu) {
        double eventsPerSecond() {
            return summary.events() / seconds;
        }
    }

    private static Timed timed(SimulationSettings settings, int days, EventSink sink) {
        Report.CpuWindow cpu = Report.CpuWindow.start();
        long started = System.nanoTime();
        RunSummary summary = History.generate(settings, END, days, sink);
        return new Timed(summary, (System.nanoTime() - started) / 1e9, cpu.stop());
    }
}

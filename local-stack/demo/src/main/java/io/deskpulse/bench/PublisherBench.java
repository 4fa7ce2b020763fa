package io.deskpulse.bench;

import io.deskpulse.events.TicketEvent;
import io.deskpulse.ingestion.KafkaConfig;
import io.deskpulse.ingestion.TicketTopics;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * {@code bin/bench publisher [--events N]}: the production {@code TicketEventPublisher} (idempotent,
 * acks=all, key = ticket) publishing N generated events (default 1,000,000) to the embedded broker's
 * 6-partition topic, every acknowledgement awaited. The events are generated before the clock starts.
 */
final class PublisherBench {

    private PublisherBench() {}

    static void run(Args args) throws Exception {
        long count = args.number("--events", 1_000_000);
        Report.title("publisher: " + Report.number(count) + " events to a 6-partition topic, acks=all, idempotent");
        Path dir = BenchStack.freshDir("publisher");
        try (BenchStack stack = BenchStack.start(dir)) {
            KafkaConfig kafka = stack.kafka("bench-publisher", 6);
            TicketTopics.ensureExist(kafka, List.of(), List.of());
            Instant to = Instant.now().truncatedTo(ChronoUnit.SECONDS);
            List<TicketEvent> events = new ArrayList<>();
            Iterator<TicketEvent> generated = BenchEvents.inTimeOrder(5, count, "BP-", to.minus(Duration.ofDays(7)), to);
            generated.forEachRemaining(events::add);

            Report.CpuWindow cpu = Report.CpuWindow.start();
            long started = System.nanoTime();
            long published = BenchStack.publishAll(kafka, events.iterator());
            double seconds = (System.nanoTime() - started) / 1e9;
            Report.table("events", "seconds", "events/s", "CPU during the run")
                    .row(Report.number(published), Report.decimal(seconds), Report.number(published / seconds), cpu.stop())
                    .print();
            System.out.println("(broker and publisher share this JVM and the same cores)");
        }
    }
}

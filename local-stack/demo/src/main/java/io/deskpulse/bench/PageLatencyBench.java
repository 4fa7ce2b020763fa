package io.deskpulse.bench;

import io.deskpulse.demo.DemoSettings;
import io.deskpulse.demo.HeadlessChromium;
import io.deskpulse.demo.LocalDemo;
import io.deskpulse.events.Channel;
import io.deskpulse.events.Priority;
import io.deskpulse.events.TicketAssigned;
import io.deskpulse.events.TicketCreated;
import io.deskpulse.events.TicketResolved;
import io.deskpulse.ingestion.TicketEventPublisher;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import org.openqa.selenium.By;

/**
 * {@code bin/bench page-latency [--tickets N]}: the whole product on this machine (Kafka, the three
 * Flink jobs, ClickHouse, the app) with an agent's queue open in headless Chromium. For each ticket,
 * the time from publishing its events to {@code ticket-events} until its row shows on the open page
 * (created and assigned to the agent), then from publishing its resolution until the row is gone.
 * Nothing is reloaded by the browser: the page must be updated by the server.
 */
final class PageLatencyBench {

    private static final long GOAL_P95_MILLIS = 3000;
    private static final String AGENT = "anna.mueller";

    private PageLatencyBench() {}

    static void run(Args args) throws Exception {
        int tickets = (int) args.number("--tickets", 30);
        Report.title("page-latency: event on ticket-events to the agent's open queue, " + tickets + " tickets");
        Path dir = Path.of(System.getProperty("java.io.tmpdir"));
        List<Long> appear = new ArrayList<>();
        List<Long> leave = new ArrayList<>();
        try (LocalDemo demo = LocalDemo.start(new DemoSettings(Files.createTempDirectory(dir, "page-latency-"), 0, 0, 0,
                false));
                HeadlessChromium chromium = new HeadlessChromium(dir, "UTC");
                TicketEventPublisher publisher = new TicketEventPublisher(demo.kafka())) {
            chromium.signIn(demo.appUrl(), "agent", "agent");
            chromium.driver.get(demo.appUrl() + "/queue");
            chromium.await(() -> chromium.driver.findElements(By.id("queue-grid")).isEmpty()
                    ? null : true);
            for (int i = -2; i < tickets; i++) {
                String id = "PL-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
                Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
                long sent = System.nanoTime();
                publisher.publish(new TicketCreated(UUID.randomUUID(), id, now, "bench", "C-BENCH", "STANDARD",
                        "eu-central", "eu-central-service-desk", "software/email/sync", Priority.P2, Channel.EMAIL,
                        "Page latency probe " + (i + 1)));
                publisher.publish(new TicketAssigned(UUID.randomUUID(), id, now, "bench", AGENT,
                        "eu-central-service-desk")).get();
                await(chromium, id, true);
                long shown = System.nanoTime();
                publisher.publish(new TicketResolved(UUID.randomUUID(), id, now.plusSeconds(1), "bench", AGENT, "probe",
                        false)).get();
                await(chromium, id, false);
                long gone = System.nanoTime();
                if (i >= 0) { // the first two warm the JIT, the jobs and the page up
                    appear.add(Duration.ofNanos(shown - sent).toMillis());
                    leave.add(Duration.ofNanos(gone - shown).toMillis());
                }
            }
        }
        Collections.sort(appear);
        Collections.sort(leave);
        Report table = Report.table("effect on the open page", "p50 ms", "p95 ms", "max ms", "goal p95", "met");
        table.row("new ticket shows", Report.percentile(appear, 0.5), Report.percentile(appear, 0.95),
                Report.percentile(appear, 1.0), "< " + GOAL_P95_MILLIS, Report.yesNo(Report.percentile(appear, 0.95)
                        < GOAL_P95_MILLIS));
        table.row("resolved ticket leaves", Report.percentile(leave, 0.5), Report.percentile(leave, 0.95),
                Report.percentile(leave, 1.0), "< " + GOAL_P95_MILLIS, Report.yesNo(Report.percentile(leave, 0.95)
                        < GOAL_P95_MILLIS));
        table.print();
        System.out.println("Path: Kafka -> sla-monitor (MiniCluster) -> ClickHouse sink (flush every "
                + System.getenv().getOrDefault("DESKPULSE_SINK_FLUSH_MILLIS", "500") + " ms) -> the app notices new"
                + " parts (every 500 ms) -> server push -> the browser.");
    }

    /** Reads the page's DOM (not the server) every 20 ms until the row is there, or gone. */
    private static void await(HeadlessChromium chromium, String ticketId, boolean present) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            boolean shown = chromium.gridRows("queue-grid").stream()
                    .anyMatch(row -> !row.isEmpty() && row.getFirst().equals(ticketId));
            if (shown == present) {
                return;
            }
            Thread.sleep(20);
        }
        throw new IllegalStateException(ticketId + (present ? " never showed" : " never left") + " within 60 s");
    }
}

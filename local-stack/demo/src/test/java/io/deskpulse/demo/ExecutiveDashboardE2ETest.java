package io.deskpulse.demo;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.deskpulse.events.TicketResolved;
import io.deskpulse.ingestion.TicketEventPublisher;
import io.deskpulse.ingestion.simulator.History;
import io.deskpulse.ingestion.simulator.KafkaSink;
import io.deskpulse.ingestion.simulator.RunSummary;
import io.deskpulse.ingestion.simulator.SimulationSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The executive tier end to end: two months of a simulated desk published to Kafka, turned into
 * clocks and cells by the Flink jobs, read from ClickHouse by the executive page of the production
 * build in headless Chromium, signed in as the demo's executive.
 */
class ExecutiveDashboardE2ETest {

    private static final Logger LOG = LoggerFactory.getLogger(ExecutiveDashboardE2ETest.class);
    /** Enough that the default 30 days have 30 days before them to be compared with. */
    private static final int HISTORY_DAYS = 60;
    private static final int TICKETS_PER_DAY = 30;

    private static LocalDemo demo;
    private static HeadlessChromium chromium;

    @BeforeAll
    static void startProductWithHistoryAndBrowser() throws Exception {
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        demo = LocalDemo.start(new DemoSettings(Files.createTempDirectory(tmp, "e2e-executive-"), 0, 0, 0, false));
        publishHistoryAndAwaitTheWarehouse();
        chromium = new HeadlessChromium(tmp, "Europe/Berlin");
    }

    @AfterAll
    static void stop() {
        if (chromium != null) {
            chromium.close();
        }
        if (demo != null) {
            demo.close();
        }
    }

    @Test
    void theExecutiveSeesTheDesksFiguresAndPicksAnotherPeriod() throws Exception {
        chromium.signIn(demo.appUrl(), "exec", "exec");
        assertTrue(chromium.driver.getCurrentUrl().endsWith("/executive"),
                "an executive lands on the executive overview: " + chromium.driver.getCurrentUrl());

        String firstResponse = chromium.await(() -> text("#kpi-first-response .dp-kpi-value"));
        assertTrue(firstResponse.matches("\\d{1,3}\\.\\d %"), firstResponse);
        assertTrue(text("#kpi-first-response .dp-delta").matches("[+−±]\\d+\\.\\d pts vs previous"),
                text("#kpi-first-response .dp-delta"));
        assertTrue(text("#kpi-tickets .dp-kpi-value").matches("[\\d,]+"), text("#kpi-tickets .dp-kpi-value"));
        assertTrue(text("#kpi-cost .dp-kpi-value").matches("\\$\\d+\\.\\d\\d"), text("#kpi-cost .dp-kpi-value"));
        assertTrue(text("#tile-attainment-trend .dp-tile-freshness").matches("as of \\d\\d:\\d\\d:\\d\\d"),
                text("#tile-attainment-trend .dp-tile-freshness"));
        assertTrue(text("#return-figures").contains("Hours saved"), text("#return-figures"));
        for (String tile : List.of("tile-attainment-trend", "tile-satisfaction", "tile-outcomes", "tile-backlog",
                "tile-channels", "tile-categories")) {
            chromium.await(() -> chromium.driver.findElements(By.cssSelector("#" + tile + " deskpulse-chart canvas"))
                    .isEmpty() ? null : true);
        }
        fitWindowToThePage();
        chromium.screenshot("executive");

        chromium.driver.findElement(By.id("executive-period-7d")).click();
        chromium.await(() -> chromium.driver.getCurrentUrl().endsWith("/executive?period=7d") ? true : null);
        chromium.await(() -> "true".equals(chromium.driver.findElement(By.id("executive-period-7d"))
                .getDomAttribute("aria-pressed")) ? true : null);
        assertTrue(chromium.await(() -> text("#kpi-first-response .dp-kpi-value")).matches("\\d{1,3}\\.\\d %"));

        chromium.driver.findElement(By.id("trend-granularity-week")).click();
        chromium.await(() -> chromium.driver.getCurrentUrl().endsWith("/executive?period=7d&trend=week")
                || chromium.driver.getCurrentUrl().endsWith("/executive?trend=week&period=7d") ? true : null);

        chromium.driver.navigate().back();
        chromium.await(() -> chromium.driver.getCurrentUrl().endsWith("/executive?period=7d") ? true : null);
        chromium.driver.findElement(By.id("executive-period-30d")).click();
        chromium.await(() -> chromium.driver.getCurrentUrl().endsWith("/executive?period=30d") ? true : null);
        chromium.driver.executeScript("document.documentElement.setAttribute('theme', 'dark')");
        Thread.sleep(1500); // the charts are drawn again in the dark theme's colours, with animation
        chromium.screenshot("executive-dark");
    }

    /** The dashboard scrolls inside the app layout: a window as tall as its content shows all of it. */
    private static void fitWindowToThePage() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            Number bottom = (Number) chromium.driver.executeScript(
                    "return Math.ceil(document.querySelector('.dp-dashboard').getBoundingClientRect().bottom);");
            Number viewport = (Number) chromium.driver.executeScript("return window.innerHeight;");
            LOG.info("dashboard bottom {}, viewport {}", bottom, viewport);
            if (bottom.intValue() + 24 <= viewport.intValue()) {
                break;
            }
            org.openqa.selenium.Dimension window = chromium.driver.manage().window().getSize();
            chromium.resize(1440, window.getHeight() + bottom.intValue() + 24 - viewport.intValue());
            Thread.sleep(1000); // the charts follow their tiles' new sizes
        }
    }

    private static String text(String css) {
        List<WebElement> found = chromium.driver.findElements(By.cssSelector(css));
        return found.isEmpty() || found.getFirst().getText().isBlank() ? null : found.getFirst().getText();
    }

    private static void publishHistoryAndAwaitTheWarehouse() throws Exception {
        long t0 = System.nanoTime();
        AtomicLong resolutions = new AtomicLong();
        RunSummary history;
        try (TicketEventPublisher publisher = new TicketEventPublisher(demo.kafka())) {
            KafkaSink kafka = new KafkaSink(publisher);
            history = History.generate(new SimulationSettings(7, TICKETS_PER_DAY),
                    Instant.now().truncatedTo(ChronoUnit.SECONDS), HISTORY_DAYS, event -> {
                        if (event instanceof TicketResolved) {
                            resolutions.incrementAndGet();
                        }
                        kafka.accept(event);
                    });
            kafka.awaitAcknowledged(Duration.ofSeconds(60));
        }
        LOG.info("published {} tickets, {} events in {} ms", history.tickets(), history.events(),
                (System.nanoTime() - t0) / 1_000_000);
        // Every job has caught up when each table counts what was published.
        String caughtUp = """
                SELECT (SELECT count() FROM tickets FINAL) = %d
                   AND (SELECT sum(created) FROM workload_hourly FINAL) = %d
                   AND (SELECT sum(resolutions) FROM satisfaction_daily FINAL) = %d
                   AND (SELECT sum(met + breached) FROM sla_attainment_daily FINAL) > 0""".formatted(
                history.tickets(), history.tickets(), resolutions.get());
        Instant deadline = Instant.now().plusSeconds(120);
        while (!query(caughtUp)) {
            assertTrue(Instant.now().isBefore(deadline), "the jobs did not catch up with the history in time");
            Thread.sleep(500);
        }
        LOG.info("history in the warehouse after {} ms", (System.nanoTime() - t0) / 1_000_000);
    }

    private static boolean query(String sql) throws Exception {
        try (Connection c = demo.clickHouse().connect(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            return rs.next() && rs.getBoolean(1);
        }
    }
}

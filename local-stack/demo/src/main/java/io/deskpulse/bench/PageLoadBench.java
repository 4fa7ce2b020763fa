package io.deskpulse.bench;

import io.deskpulse.app.DashboardApplication;
import io.deskpulse.app.executive.ExecutiveService;
import io.deskpulse.app.executive.TimeWindow;
import io.deskpulse.app.manager.Drill;
import io.deskpulse.app.manager.ManagerService;
import io.deskpulse.app.queue.QueueService;
import io.deskpulse.app.security.DemoUsers;
import io.deskpulse.app.security.Viewer;
import io.deskpulse.demo.HeadlessChromium;
import io.deskpulse.warehouse.ClickHouseConfig;
import io.deskpulse.warehouse.query.Scope;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code bin/bench page-load [--tickets N] [--runs R]}: each tier's page in headless Chromium, on
 * the app over the warehouse of {@code bin/bench warehouse} (10 million tickets by default). A
 * load is timed from the navigation until the page shows its figures (every tile of the executive
 * overview read, the manager's page updated, the agent's queue listed): the browser's work, the
 * server round trips and every query included; then the same page reached in the app, by a click in
 * the side navigation (the manager's lands on all their regions); and the server-side read of the
 * page's data alone (the services called directly). The agent is given 40 open tickets of eu-central; the
 * manager is the demo's manager of eu-central.
 */
final class PageLoadBench {

    private static final long GOAL_P95_MILLIS = 1000;

    /**
     * One tier: who signs in, the page, its entry in the side navigation, when it has loaded, and the
     * server-side read of its data alone.
     */
    private record Tier(String user, String path, String menuPath, String readyScript, ServerRead serverRead) {}

    private interface ServerRead {
        void read(ConfigurableApplicationContext app) throws Exception;
    }

    private static final List<Tier> TIERS = List.of(
            new Tier("exec", "/executive?period=30d", "executive", """
                    const tiles = [...document.querySelectorAll('.dp-tile-freshness')];
                    return tiles.length > 0 && tiles.every(t => t.textContent.startsWith('as of'));""",
                    app -> app.getBean(ExecutiveService.class).overview(TimeWindow.LAST_30_DAYS,
                            TimeWindow.LAST_30_DAYS.trendGranularity())),
            new Tier("manager", "/manager?region=eu-central&within=240&days=7", "manager", """
                    const s = document.getElementById('manager-status');
                    return !!s && s.textContent.startsWith('Updated')
                        && !!document.getElementById('manager-breakdown-grid');""",
                    app -> app.getBean(ManagerService.class).page(viewer("manager"),
                            new Drill("eu-central", null, null), Duration.ofHours(4), 7)),
            new Tier("agent", "/queue", "queue", """
                    const s = document.getElementById('queue-status');
                    return !!s && s.textContent.includes('open, updated');""",
                    app -> {
                        QueueService queue = app.getBean(QueueService.class);
                        Scope scope = viewer("agent").scope();
                        queue.figures(scope, queue.queue(scope), Instant.now(), ZoneId.of("Europe/Berlin"));
                    }));

    private PageLoadBench() {}

    static void run(Args args) throws Exception {
        long tickets = args.number("--tickets", 10_000_000);
        int runs = (int) args.number("--runs", 10);
        Report.title("page-load: each tier in headless Chromium over " + Report.number(tickets) + " tickets, "
                + runs + " loads each");
        Path dir = BenchStack.freshDir("page-load");
        try (BenchStack stack = BenchStack.start(dir)) {
            ClickHouseConfig warehouse = stack.warehouse();
            WarehouseBench.generate(warehouse, tickets);
            giveTheDemoAgentTickets(warehouse);
            awaitMerges(warehouse);
            ConfigurableApplicationContext app = new SpringApplicationBuilder(DashboardApplication.class)
                    .properties(Map.of(
                            "server.port", "0",
                            "deskpulse.kafka.bootstrap-servers", stack.bootstrapServers(),
                            "deskpulse.clickhouse.url", warehouse.endpoint(),
                            "deskpulse.clickhouse.database", warehouse.database()))
                    .run();
            String appUrl = "http://localhost:" + app.getEnvironment().getProperty("local.server.port");
            Report table = Report.table("tier", "page", "p50 ms", "p95 ms", "max ms", "goal p95", "met",
                    "in-app p50 ms", "in-app p95 ms", "server data p50 ms");
            try (HeadlessChromium chromium = new HeadlessChromium(dir, "Europe/Berlin")) {
                for (Tier tier : TIERS) {
                    chromium.driver.manage().deleteAllCookies();
                    chromium.signIn(appUrl, tier.user(), tier.user());
                    load(chromium, appUrl, tier); // warm-up: JIT, the first bundle load, ClickHouse's caches
                    List<Long> millis = new ArrayList<>();
                    for (int i = 0; i < runs; i++) {
                        millis.add(load(chromium, appUrl, tier));
                    }
                    Collections.sort(millis);
                    List<Long> inApp = new ArrayList<>();
                    for (int i = 0; i < runs; i++) {
                        inApp.add(navigate(chromium, appUrl, tier));
                    }
                    Collections.sort(inApp);
                    List<Long> server = new ArrayList<>();
                    for (int i = 0; i < runs; i++) {
                        long start = System.nanoTime();
                        tier.serverRead().read(app);
                        server.add(Duration.ofNanos(System.nanoTime() - start).toMillis());
                    }
                    Collections.sort(server);
                    long p95 = Report.percentile(millis, 0.95);
                    table.row(tier.user(), tier.path(), Report.percentile(millis, 0.5), p95,
                            Report.percentile(millis, 1.0), "< " + GOAL_P95_MILLIS, Report.yesNo(p95 < GOAL_P95_MILLIS),
                            Report.percentile(inApp, 0.5), Report.percentile(inApp, 0.95), Report.percentile(server, 0.5));
                }
            } finally {
                app.close();
            }
            table.print();
        }
    }

    private static Viewer viewer(String user) {
        return DemoUsers.ALL.stream().map(DemoUsers.DemoUser::viewer).filter(v -> v.username().equals(user))
                .findFirst().orElseThrow();
    }

    /**
     * The way users move between pages once signed in: a click in the side navigation, which the
     * app serves without reloading itself (from a ticket page, which every role may open).
     */
    private static long navigate(HeadlessChromium chromium, String appUrl, Tier tier) throws InterruptedException {
        chromium.driver.get(appUrl + "/tickets/none");
        chromium.await(() -> chromium.driver.findElements(By.id("ticket-not-found")).isEmpty() ? null : true);
        long start = System.nanoTime();
        chromium.driver.executeScript("""
                const item = [...document.querySelectorAll('vaadin-side-nav-item')]
                    .find(i => (i.getAttribute('path') || '').replace(/^\\//, '') === arguments[0]);
                item.shadowRoot.querySelector('a').click();""", tier.menuPath());
        return awaitReady(chromium, tier, start);
    }

    private static long load(HeadlessChromium chromium, String appUrl, Tier tier) throws InterruptedException {
        chromium.driver.get("about:blank");
        long start = System.nanoTime();
        chromium.driver.get(appUrl + tier.path());
        return awaitReady(chromium, tier, start);
    }

    private static long awaitReady(HeadlessChromium chromium, Tier tier, long start) throws InterruptedException {
        long deadline = start + Duration.ofSeconds(60).toNanos();
        while (!Boolean.TRUE.equals(chromium.driver.executeScript(tier.readyScript()))) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(tier.path() + " did not finish loading within 60 s");
            }
            Thread.sleep(10);
        }
        return Duration.ofNanos(System.nanoTime() - start).toMillis();
    }

    /**
     * Three years of history inserted within a minute leave the server merging for a while; a desk
     * in service is not, so the loads start once the merges are done (at most five minutes).
     */
    private static void awaitMerges(ClickHouseConfig warehouse) throws Exception {
        long start = System.nanoTime();
        long deadline = start + Duration.ofMinutes(5).toNanos();
        try (Connection c = warehouse.connect(); Statement s = c.createStatement()) {
            while (System.nanoTime() < deadline) {
                try (ResultSet rs = s.executeQuery("SELECT count() FROM system.merges")) {
                    if (rs.next() && rs.getLong(1) == 0) {
                        break;
                    }
                }
                Thread.sleep(1000);
            }
        }
        System.out.printf("waited %.0f s for the generated history's merges%n", (System.nanoTime() - start) / 1e9);
    }

    /** 40 open tickets of eu-central (and their clocks) handed to the demo's agent, as new versions. */
    private static void giveTheDemoAgentTickets(ClickHouseConfig warehouse) throws Exception {
        try (Connection c = warehouse.connect(); Statement s = c.createStatement()) {
            String handed = """
                    (SELECT ticket_id FROM tickets FINAL WHERE region = 'eu-central'
                     AND status NOT IN ('RESOLVED', 'CLOSED') ORDER BY ticket_id DESC LIMIT 40)""";
            s.execute("INSERT INTO sla_clocks SELECT * REPLACE ('anna.mueller' AS agent_id, version + 1 AS version)"
                    + " FROM sla_clocks FINAL WHERE region = 'eu-central' AND ticket_id IN " + handed);
            s.execute("INSERT INTO tickets SELECT * REPLACE ('anna.mueller' AS agent_id, version + 1 AS version)"
                    + " FROM tickets FINAL WHERE region = 'eu-central' AND ticket_id IN " + handed);
        }
    }
}

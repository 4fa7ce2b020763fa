package io.deskpulse.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.deskpulse.events.Channel;
import io.deskpulse.events.Priority;
import io.deskpulse.events.TicketAssigned;
import io.deskpulse.events.TicketCreated;
import io.deskpulse.events.TicketEvent;
import io.deskpulse.ingestion.TicketEventPublisher;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementNotInteractableException;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One journey per role on the production build of the front end, every part real (Kafka, the Flink
 * jobs, ClickHouse, the app, headless Chromium): the agent resolves the most urgent ticket of their
 * queue and sees it leave; the manager drills from a region to a ticket, exports CSV and receives a
 * breach on the bell; and the tampering a user can do with the address bar is refused.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RoleJourneysE2ETest {

    private static final String RUN = Long.toString(System.currentTimeMillis() % 100_000, 36).toUpperCase();
    private static final String URGENT = "J" + RUN + "-1";
    private static final String LATER = "J" + RUN + "-2";
    private static final String LUKAS = "J" + RUN + "-3";
    private static final String CHINA = "J" + RUN + "-4";
    private static final String DESK = "eu-central-service-desk";

    private static LocalDemo demo;
    private static HeadlessChromium chromium;
    private static TicketEventPublisher publisher;

    @BeforeAll
    static void startProductAndPublishTheDesk() throws Exception {
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        demo = LocalDemo.start(new DemoSettings(Files.createTempDirectory(tmp, "e2e-roles-"), 0, 0, 0, false));
        chromium = new HeadlessChromium(tmp, "Europe/Berlin");
        publisher = new TicketEventPublisher(demo.kafka());
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        publish(ticket(URGENT, now.minus(Duration.ofMinutes(20)), "eu-central", DESK, Priority.P1,
                        "Payroll system down for the whole floor"),
                assigned(URGENT, now.minus(Duration.ofMinutes(20)), "anna.mueller", DESK),
                ticket(LATER, now, "eu-central", DESK, Priority.P3, "New starter needs a mailbox"),
                assigned(LATER, now, "anna.mueller", DESK),
                ticket(LUKAS, now, "eu-central", DESK, Priority.P2, "VPN drops every hour"),
                assigned(LUKAS, now, "lukas.schmidt", DESK),
                ticket(CHINA, now, "cn-east", "cn-east-service-desk", Priority.P2, "WeChat login fails"),
                assigned(CHINA, now, "wei.wang", "cn-east-service-desk"));
    }

    @AfterAll
    static void stop() {
        if (publisher != null) {
            publisher.close();
        }
        if (chromium != null) {
            chromium.close();
        }
        if (demo != null) {
            demo.close();
        }
    }

    @Test
    @Order(1)
    void theAgentResolvesTheMostUrgentTicketAndSeesItLeaveTheQueue() throws Exception {
        chromium.signIn(demo.appUrl(), "agent", "agent");
        chromium.driver.get(demo.appUrl() + "/queue");
        List<String> ids = chromium.await(() -> {
            List<String> shown = queueIds();
            return shown.contains(URGENT) && shown.contains(LATER) ? shown : null;
        });
        assertEquals(List.of(URGENT, LATER), ids, "anna's two tickets, overdue first; not lukas's, not China's");
        assertTrue(chromium.await(() -> rowPart(URGENT)).contains("overdue"), "the overdue row is red");
        assertEquals("50 % (1)", text("#figure-overdue .dp-stat-value"));
        chromium.screenshot("agent-queue");

        chooseFromRowMenu("queue-grid", URGENT, "action-resolve-" + URGENT);
        click(() -> chromium.driver.findElement(By.cssSelector("#action-first-contact input")));
        click(() -> chromium.driver.findElement(By.id("action-confirm")));
        chromium.await(() -> text("#action-outcome") != null || text("vaadin-notification-card") != null);

        chromium.await(() -> queueIds().equals(List.of(LATER)) ? true : null);
        chromium.screenshot("agent-queue-after-resolve");
    }

    @Test
    @Order(2)
    void theManagerDrillsFromTheRegionToATicketAndExportsCsv() throws Exception {
        chromium.driver.manage().deleteAllCookies();
        chromium.signIn(demo.appUrl(), "manager", "manager");
        chromium.driver.get(demo.appUrl() + "/manager");
        chromium.await(() -> chromium.driver.findElement(By.id("drill-eu-central"))).click();
        chromium.await(() -> chromium.driver.getCurrentUrl().contains("region=eu-central") ? true : null);
        chromium.await(() -> chromium.driver.findElement(By.id("drill-" + DESK))).click();
        chromium.await(() -> chromium.driver.findElement(By.id("drill-lukas_schmidt"))).click();
        chromium.await(() -> chromium.driver.getCurrentUrl().contains("agent=lukas.schmidt") ? true : null);
        String url = chromium.driver.getCurrentUrl();
        assertTrue(url.contains("region=eu-central") && url.contains("team=" + DESK), url);
        chromium.screenshot("manager-agent");

        String csv = download("manager-tickets-csv").replace("\uFEFF", "").replace("\r\n", "\n");
        assertTrue(csv.startsWith("ticket_id,subject,priority,region,team,agent,status,clock,state,due_at\n"), csv);
        assertTrue(csv.contains(LUKAS + ",VPN drops every hour,P2,eu-central," + DESK + ",lukas.schmidt,"), csv);
        assertTrue(!csv.contains(CHINA) && !csv.contains(LATER), "the agent's tickets only: " + csv);

        chooseFromRowMenu("manager-tickets-grid", LUKAS, "action-open-" + LUKAS);
        assertEquals(LUKAS + ": VPN drops every hour", chromium.await(() -> text("#ticket-title")));
        chromium.await(() -> text("[id^='clock-FIRST_RESPONSE']"));
        chromium.screenshot("ticket-detail");

        chromium.driver.get(demo.appUrl() + "/manager?region=eu-central");
        chromium.await(() -> text("#manager-breakdown-grid"));
        chromium.screenshot("manager-region");
    }

    @Test
    @Order(3)
    void aBreachInTheManagersRegionRingsTheBell() throws Exception {
        chromium.driver.get(demo.appUrl() + "/manager");
        chromium.await(() -> chromium.driver.findElement(By.id("alert-bell-button")));
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        String late = "J" + RUN + "-5";
        publish(ticket(late, now.minus(Duration.ofMinutes(16)), "eu-central", DESK, Priority.P1,
                "Badge readers refuse everyone"));
        assertTrue(Integer.parseInt(chromium.await(() -> text("#alert-count"))) >= 1);
        chromium.driver.findElement(By.id("alert-bell-button")).click();
        assertTrue(chromium.await(() -> {
            String list = text("#alert-list");
            return list != null && list.contains(late) ? list : null;
        }).contains("Breach"));
        chromium.screenshot("manager-alerts");
    }

    @Test
    @Order(4)
    void addressBarTamperingIsRefused() throws Exception {
        chromium.driver.get(demo.appUrl() + "/manager?region=cn-east");
        assertEquals("Region cn-east is not in your scope. Nothing is shown; go back to your regions.",
                chromium.await(() -> text("#manager-refused")));
        assertTrue(chromium.driver.findElements(By.id("manager-breakdown-grid")).isEmpty());
        chromium.driver.get(demo.appUrl() + "/manager?agent=wei.wang");
        assertEquals("Agent wei.wang is not in your scope. Nothing is shown; go back to your regions.",
                chromium.await(() -> text("#manager-refused")));
        chromium.driver.get(demo.appUrl() + "/tickets/" + CHINA);
        assertEquals("Ticket " + CHINA + " was not found in your scope.", chromium.await(() -> text("#ticket-not-found")));

        chromium.driver.manage().deleteAllCookies();
        chromium.signIn(demo.appUrl(), "agent2", "agent2");
        chromium.driver.get(demo.appUrl() + "/queue?agent=anna.mueller");
        assertEquals("Agents see their own queue only: nothing is shown.", chromium.await(() -> text("#queue-refused")));
        assertTrue(queueIds().isEmpty());
        chromium.driver.get(demo.appUrl() + "/tickets/" + LATER);
        assertEquals("Ticket " + LATER + " was not found in your scope.", chromium.await(() -> text("#ticket-not-found")));
        chromium.driver.get(demo.appUrl() + "/manager");
        chromium.await(() -> (Boolean) chromium.driver.executeScript("""
                return document.readyState === 'complete' && document.body.innerText.trim().length > 0
                    && !document.querySelector('vaadin-connection-indicator[loading]');"""));
        assertTrue(chromium.driver.findElements(By.id("manager-trail")).isEmpty(), "agents have no manager page");
    }

    /** Clicks once the element is there and can take the click (menus and dialogs open animated). */
    private static void click(Supplier<WebElement> element) {
        chromium.await(() -> {
            try {
                WebElement found = element.get();
                if (found == null) {
                    return null;
                }
                found.click();
                return true;
            } catch (ElementNotInteractableException | StaleElementReferenceException e) {
                return null;
            }
        });
    }

    /**
     * Opens a row's menu and picks an item. The page reloads its rows as the warehouse changes (a
     * clock breaching, say), which may close a menu just opened: then the row is clicked again.
     */
    private static void chooseFromRowMenu(String gridId, String ticketId, String itemId) {
        chromium.await(() -> {
            try {
                WebElement cell = rowMenuCell(gridId, ticketId);
                if (cell == null) {
                    return null;
                }
                cell.click();
                WebElement item = new WebDriverWait(chromium.driver, Duration.ofSeconds(3), Duration.ofMillis(100))
                        .ignoring(NoSuchElementException.class)
                        .until(d -> d.findElement(By.id(itemId)));
                item.click();
                return true;
            } catch (TimeoutException | ElementNotInteractableException | StaleElementReferenceException e) {
                return null;
            }
        });
    }

    /** The "Actions" cell of a ticket's row in a grid: a click on it opens the row's menu. */
    private static WebElement rowMenuCell(String gridId, String ticketId) {
        return (WebElement) chromium.driver.executeScript("""
                const grid = document.getElementById(arguments[1]);
                for (const row of grid.shadowRoot.querySelectorAll('tbody tr')) {
                  const slots = [...row.querySelectorAll('td slot')];
                  const cells = slots.map(slot => slot.assignedElements()[0]);
                  if (cells[0] && cells[0].textContent.trim() === arguments[0]) return cells[cells.length - 1];
                }
                return null;""", ticketId, gridId);
    }

    private static TicketCreated ticket(String id, Instant at, String region, String team, Priority priority,
            String subject) {
        return new TicketCreated(UUID.randomUUID(), id, at, "e2e", "C-E2E", "STANDARD", region, team,
                "software/email/sync", priority, Channel.EMAIL, subject);
    }

    private static TicketAssigned assigned(String id, Instant at, String agent, String team) {
        return new TicketAssigned(UUID.randomUUID(), id, at, "e2e", agent, team);
    }

    private static void publish(TicketEvent... events) throws Exception {
        List<CompletableFuture<?>> acks = new ArrayList<>();
        for (TicketEvent event : events) {
            acks.add(publisher.publish(event));
        }
        CompletableFuture.allOf(acks.toArray(CompletableFuture[]::new)).get();
    }

    /** Fetches a CSV link's file with the browser's own session, as a click on it would. */
    private static String download(String anchorId) {
        String href = chromium.await(() -> chromium.driver.findElement(By.id(anchorId)).getDomAttribute("href"));
        return (String) chromium.driver.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0], {credentials: 'same-origin'}).then(r => r.text()).then(done, e => done('ERR ' + e));""",
                href);
    }

    private static List<String> queueIds() {
        return chromium.gridRows("queue-grid").stream().map(row -> row.isEmpty() ? "" : row.getFirst())
                .filter(id -> !id.isEmpty()).toList();
    }

    private static String rowPart(String ticketId) {
        return (String) chromium.driver.executeScript("""
                const grid = document.getElementById('queue-grid');
                for (const row of grid.shadowRoot.querySelectorAll('tbody tr')) {
                  const first = row.querySelector('td slot');
                  if (first && first.assignedElements().map(e => e.textContent.trim()).join('') === arguments[0])
                    return (row.getAttribute('part') || '') + ' ' + (row.querySelector('td').getAttribute('part') || '');
                }
                return null;""", ticketId);
    }

    private static String text(String css) {
        List<WebElement> found = chromium.driver.findElements(By.cssSelector(css));
        return found.isEmpty() || found.getFirst().getText().isBlank() ? null : found.getFirst().getText();
    }
}

package io.deskpulse.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The walking skeleton end to end, every part real: a ticket typed into the intake form in headless
 * Chromium is published to the Kafka broker, turned into a first-response clock by the Flink job on
 * a MiniCluster, written to ClickHouse, and shows on the agent page with its due time.
 */
class IntakeToAgentQueueE2ETest {

    /** The browser runs in Shanghai while the servers run in UTC: due times must follow the viewer. */
    private static final String VIEWER_ZONE = "Asia/Shanghai";
    private static final Pattern CREATED = Pattern.compile("Ticket (\\S+) created: first response due by (.+)");

    private static LocalDemo demo;
    private static ChromeDriver browser;
    private static Path screenshots;

    @BeforeAll
    static void startProductAndBrowser() throws Exception {
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        screenshots = Files.createDirectories(tmp.resolve("screenshots"));
        demo = LocalDemo.start(new DemoSettings(Files.createTempDirectory(tmp, "e2e-"), 0, 0, 0, false));
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=1400,900",
                "--user-data-dir=" + Files.createTempDirectory(tmp, "chromium-"));
        ChromeDriverService driver = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile())
                .withEnvironment(Map.of("TZ", VIEWER_ZONE))
                .build();
        browser = new ChromeDriver(driver, options);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (demo != null) {
            demo.close();
        }
    }

    @Test
    void aTicketFromTheIntakeFormShowsOnTheAgentQueueWithItsDueTime() throws Exception {
        signIn("agent", "agent");

        browser.get(demo.appUrl() + "/intake");
        type("intake-customer-id", "C-77");
        type("intake-region", "east");
        type("intake-team", "hardware-desk");
        type("intake-category", "hardware/printer/jam");
        choose("intake-priority", "P1");
        type("intake-subject", "Printer on floor 3 jams on every job");
        screenshot("intake");
        browser.findElement(By.id("intake-submit")).click();

        String confirmation = await(() -> {
            List<WebElement> cards = browser.findElements(By.cssSelector("vaadin-notification-card"));
            return cards.stream().map(WebElement::getText).filter(t -> t.startsWith("Ticket ")).findFirst().orElse(null);
        });
        Matcher created = CREATED.matcher(confirmation);
        assertTrue(created.matches(), confirmation);
        String ticketId = created.group(1);
        String dueInViewerZone = created.group(2);

        browser.get(demo.appUrl() + "/queue");
        // The ticket row and its clock row reach the warehouse in separate batches: wait for both.
        List<String> row = await(() -> {
            List<String> texts = queueRow(ticketId);
            return texts == null || texts.get(4).isEmpty() ? null : texts;
        });
        screenshot("queue");

        assertEquals(List.of(ticketId, "Printer on floor 3 jams on every job", "P1", "east", dueInViewerZone),
                row.subList(0, 5));
        assertEquals("RUNNING", row.get(6));
        assertEquals(900, dueSecondsAfterCreation(ticketId), "the demo policy p1-critical: 15 minutes");
    }

    private void signIn(String user, String password) {
        browser.get(demo.appUrl() + "/login");
        type("vaadinLoginUsername", user);
        WebElement passwordField = await(() -> browser.findElement(By.cssSelector("#vaadinLoginPassword input")));
        passwordField.sendKeys(password, Keys.ENTER);
        await(() -> browser.findElements(By.id("current-user")).isEmpty() ? null : true);
    }

    private static void type(String fieldId, String text) {
        WebElement input = await(() -> browser.findElement(By.cssSelector("#" + fieldId + " input")));
        input.clear();
        input.sendKeys(text, Keys.TAB);
    }

    private static void choose(String comboBoxId, String item) {
        WebElement input = await(() -> browser.findElement(By.cssSelector("#" + comboBoxId + " input")));
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), item);
        await(() -> browser.findElements(By.cssSelector("vaadin-combo-box-item")).isEmpty() ? null : true);
        input.sendKeys(Keys.ENTER, Keys.TAB);
    }

    /** The texts of the queue grid's row for {@code ticketId}, or null while it is not shown. */
    @SuppressWarnings("unchecked")
    private static List<String> queueRow(String ticketId) {
        return (List<String>) browser.executeScript("""
                const grid = document.getElementById('queue-grid');
                if (!grid) return null;
                for (const row of grid.shadowRoot.querySelectorAll('tbody tr')) {
                  const texts = [...row.querySelectorAll('td slot')].map(slot =>
                      slot.assignedElements().map(e => e.textContent.trim()).join(''));
                  if (texts[0] === arguments[0]) return texts;
                }
                return null;""", ticketId);
    }

    private static long dueSecondsAfterCreation(String ticketId) throws Exception {
        try (Connection c = demo.clickHouse().connect();
                PreparedStatement q = c.prepareStatement("""
                        SELECT dateDiff('second', started_at, due_at) FROM sla_clocks FINAL
                        WHERE ticket_id = ? AND metric = 'FIRST_RESPONSE'""")) {
            q.setString(1, ticketId);
            try (ResultSet rs = q.executeQuery()) {
                assertTrue(rs.next(), "no clock row for " + ticketId);
                return rs.getLong(1);
            }
        }
    }

    private static void screenshot(String name) throws IOException {
        Files.write(screenshots.resolve(name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
    }

    private static <T> T await(java.util.function.Supplier<T> condition) {
        return new WebDriverWait(browser, Duration.ofSeconds(60), Duration.ofMillis(200))
                .ignoring(org.openqa.selenium.NoSuchElementException.class)
                .until(d -> condition.get());
    }
}

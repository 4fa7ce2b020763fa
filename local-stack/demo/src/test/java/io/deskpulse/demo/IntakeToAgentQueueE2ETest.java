package io.deskpulse.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

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
    private static HeadlessChromium chromium;
    private static ChromeDriver browser;

    @BeforeAll
    static void startProductAndBrowser() throws Exception {
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        demo = LocalDemo.start(new DemoSettings(Files.createTempDirectory(tmp, "e2e-"), 0, 0, 0, false));
        chromium = new HeadlessChromium(tmp, VIEWER_ZONE);
        browser = chromium.driver;
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
    void aTicketFromTheIntakeFormShowsOnTheAgentQueueWithItsDueTime() throws Exception {
        chromium.signIn(demo.appUrl(), "agent", "agent");

        browser.get(demo.appUrl() + "/intake");
        type("intake-customer-id", "C-77");
        type("intake-region", "east");
        type("intake-team", "hardware-desk");
        type("intake-category-1", "hardware");
        type("intake-category-2", "printer");
        type("intake-category-3", "jam");
        choose("intake-priority", "P1");
        type("intake-subject", "Printer on floor 3 jams on every job");
        chromium.screenshot("intake");
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
        chromium.screenshot("queue");

        assertEquals(List.of(ticketId, "Printer on floor 3 jams on every job", "P1", "east", dueInViewerZone),
                row.subList(0, 5));
        assertEquals("RUNNING", row.get(6));
        assertEquals(900, dueSecondsAfterCreation(ticketId), "the demo policy p1-critical: 15 minutes");
    }

    private static void type(String fieldId, String text) {
        chromium.type(fieldId, text);
    }

    private static void choose(String comboBoxId, String item) {
        WebElement input = await(() -> browser.findElement(By.cssSelector("#" + comboBoxId + " input")));
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), item);
        await(() -> browser.findElements(By.cssSelector("vaadin-combo-box-item")).isEmpty() ? null : true);
        input.sendKeys(Keys.ENTER, Keys.TAB);
    }

    /** The texts of the queue grid's row for {@code ticketId}, or null while it is not shown. */
    private static List<String> queueRow(String ticketId) {
        return chromium.gridRows("queue-grid").stream()
                .filter(row -> !row.isEmpty() && row.getFirst().equals(ticketId))
                .findFirst().orElse(null);
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

    private static <T> T await(java.util.function.Supplier<T> condition) {
        return chromium.await(condition);
    }
}

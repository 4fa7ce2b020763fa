package io.deskpulse.demo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium and chromedriver ({@code bin/setup --browser}), headless, for the end-to-end
 * tests and the page benchmarks: sign-in on the app's login page, waiting, typing, and
 * screenshots into {@code target/screenshots}.
 */
public final class HeadlessChromium implements AutoCloseable {

    public final ChromeDriver driver;
    private final Path screenshots;

    /** @param viewerZone the browser's time zone, which may differ from the servers' UTC */
    public HeadlessChromium(Path tmp, String viewerZone) throws IOException {
        screenshots = Files.createDirectories(tmp.resolve("screenshots"));
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        // Without the background-networking flags Chromium keeps trying to reach Google's hosts.
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=1400,900",
                "--user-data-dir=" + Files.createTempDirectory(tmp, "chromium-"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile())
                .withEnvironment(Map.of("TZ", viewerZone))
                .build();
        driver = new ChromeDriver(service, options);
    }

    public void signIn(String appUrl, String user, String password) {
        driver.get(appUrl + "/login");
        type("vaadinLoginUsername", user);
        WebElement passwordField = await(() -> driver.findElement(By.cssSelector("#vaadinLoginPassword input")));
        passwordField.sendKeys(password, Keys.ENTER);
        await(() -> driver.findElements(By.id("current-user")).isEmpty() ? null : true);
    }

    public void type(String fieldId, String text) {
        WebElement input = await(() -> driver.findElement(By.cssSelector("#" + fieldId + " input")));
        input.clear();
        input.sendKeys(text, Keys.TAB);
    }

    public void resize(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
    }

    public void screenshot(String name) throws IOException {
        Files.write(screenshots.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
    }

    /**
     * The texts of the rows a Vaadin grid shows, cell by cell (its cells live in its shadow DOM and
     * their content in slots); empty when the grid is absent or hidden.
     */
    @SuppressWarnings("unchecked")
    public List<List<String>> gridRows(String gridId) {
        return (List<List<String>>) driver.executeScript("""
                const grid = document.getElementById(arguments[0]);
                if (!grid || grid.hidden || !grid.shadowRoot) return [];
                return [...grid.shadowRoot.querySelectorAll('tbody tr')].filter(row => !row.hidden).map(row =>
                    [...row.querySelectorAll('td slot')].map(slot =>
                        slot.assignedElements().map(e => e.textContent.trim()).join('')));""", gridId);
    }

    /** Waits up to a minute for {@code condition} to return something other than null or false. */
    public <T> T await(Supplier<T> condition) {
        return new WebDriverWait(driver, Duration.ofSeconds(60), Duration.ofMillis(200))
                .ignoring(NoSuchElementException.class)
                .until(d -> condition.get());
    }

    @Override
    public void close() {
        driver.quit();
    }
}

package org.pcref.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real headless Chromium (Debian's {@code chromium} and {@code chromium-driver}), one per test
 * class. Missing Chromium fails the test: {@code .ci/run} installs it.
 */
final class Browser implements AutoCloseable {

  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path DRIVER = Path.of("/usr/bin/chromedriver");
  static final Path SHOTS = Path.of("target", "screenshots");

  final ChromeDriver driver;
  private final Path profile;
  final Path downloads;

  Browser() throws IOException {
    if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(DRIVER)) {
      throw new IllegalStateException(
          "Chromium is missing: apt-get install -y chromium chromium-driver (.ci/run does this)");
    }
    profile = Files.createTempDirectory("board-chromium");
    downloads = Files.createDirectories(profile.resolve("downloads"));
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toString());
    options.addArguments(
        "--no-sandbox",
        "--headless=new",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--user-data-dir=" + profile.resolve("profile"));
    options.setExperimentalOption(
        "prefs",
        Map.of(
            "download.default_directory",
            downloads.toString(),
            "download.prompt_for_download",
            false));
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).build();
    driver = new ChromeDriver(service, options);
    driver.manage().window().setSize(new Dimension(1280, 900));
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
  }

  void open(String url) {
    driver.get(url);
  }

  /** axe-core finds no WCAG 2.2 A or AA violation on the page as it stands. */
  void assertAccessible() {
    Results results =
        new AxeBuilder()
            .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"))
            .analyze(driver);
    List<Rule> violations = results.getViolations();
    assertThat(violations)
        .as(
            () ->
                driver.getCurrentUrl()
                    + ": "
                    + violations.stream()
                        .map(
                            v ->
                                v.getId()
                                    + " "
                                    + v.getHelp()
                                    + " "
                                    + v.getNodes().stream().map(n -> n.getHtml()).limit(3).toList())
                        .collect(Collectors.joining("; ")))
        .isEmpty();
  }

  void screenshot(String name) throws IOException {
    Files.createDirectories(SHOTS);
    byte[] png = driver.getScreenshotAs(OutputType.BYTES);
    Files.write(SHOTS.resolve(name + ".png"), png);
  }

  /** Waits for a navigation the last click started to arrive. */
  void waitForUrl(String part) {
    new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.urlContains(part));
  }

  void waitForText(String text) {
    new WebDriverWait(driver, Duration.ofSeconds(20))
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                org.openqa.selenium.By.tagName("body"), text));
  }

  String text() {
    return driver.findElement(org.openqa.selenium.By.tagName("body")).getText();
  }

  @Override
  public void close() {
    driver.quit();
  }
}

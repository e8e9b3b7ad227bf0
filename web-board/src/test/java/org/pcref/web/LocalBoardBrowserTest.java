package org.pcref.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.Select;
import org.springframework.context.ConfigurableApplicationContext;

/** The local board in a real browser: each page, a filter, a download, all accessible. */
class LocalBoardBrowserTest {

  private static Browser browser;
  private static ConfigurableApplicationContext server;

  @BeforeAll
  static void start() throws Exception {
    server = TestServers.local();
    browser = new Browser();
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.close();
    }
  }

  private static String url(String path) {
    return TestServers.url(server, path);
  }

  @Test
  void shouldShowEveryTeamAtAGlanceWithLevelsInWords() throws Exception {
    browser.open(url("/"));
    assertThat(browser.text())
        .contains("Local board", "Ward 1 East", "Crisis Team", "New Community Team")
        .contains("Good", "Outstanding", "Not rated");
    browser.assertAccessible();
    browser.screenshot("overview");
  }

  @Test
  void shouldFilterByLevelWithoutScript() throws Exception {
    browser.open(url("/"));
    new Select(browser.driver.findElement(By.name("level"))).selectByVisibleText("Outstanding");
    browser.driver.findElement(By.cssSelector(".filters button")).click();
    browser.waitForUrl("level=OUTSTANDING");
    assertThat(browser.text()).contains("Crisis Team").doesNotContain("Ward 1 East");
    browser.assertAccessible();
    browser.screenshot("overview-filtered");
  }

  @Test
  void shouldShowATeamWithNotesHistoryAndNextSteps() throws Exception {
    browser.open(url("/"));
    browser.driver.findElement(By.linkText("Ward 1 East")).click();
    browser.waitForUrl("/teams/");
    assertThat(browser.text())
        .contains("Alice Adams", "Bob Brown", SampleTrust.SECRET_NOTE, "Next steps")
        .contains("Directorate: Tower Hamlets.");
    browser.assertAccessible();
    browser.screenshot("team");
  }

  @Test
  void shouldShowATeamsRoundsWithTheirSpreadsAndTheConfirmedLevel() throws Exception {
    browser.open(url("/teams/" + SampleTrust.WARD + "#rounds"));
    assertThat(browser.text())
        .contains("Team rounds", "Round opened", "by Alice Adams", "Open until", "Closed")
        .contains("Too few answers to show how they spread", "Not confirmed")
        .contains("Shown once the round closes")
        .doesNotContain(SampleTrust.ROUND_NOTE, "Person 1");
    String firstRow =
        browser
            .driver
            .findElement(By.cssSelector("section[aria-labelledby='round-1'] tbody tr"))
            .getText();
    // Four answers: 1 Developing, 2 Good, 1 Outstanding, two levels apart; confirmed Good.
    assertThat(firstRow.replaceAll("\\s+", " ")).contains("4 0 1 2 1 Good Yes Good by Alice Adams");
    browser.assertAccessible();
    browser.screenshot("team-rounds");
  }

  @Test
  void shouldFilterByDirectorateWithoutScript() throws Exception {
    browser.open(url("/"));
    assertThat(browser.text()).contains("Newham: 1 team", "No directorate: 1 team");
    new Select(browser.driver.findElement(By.name("directorate"))).selectByVisibleText("Newham");
    browser.driver.findElement(By.cssSelector(".filters button")).click();
    browser.waitForUrl("directorate=Newham");
    assertThat(browser.text()).contains("Crisis Team").doesNotContain("Ward 1 East");
    browser.assertAccessible();
    browser.screenshot("overview-directorate");
  }

  @Test
  void shouldShowACompetencyWithItsDescriptorsAndDistribution() throws Exception {
    browser.open(url("/competencies/" + FrameworkIds.first()));
    assertThat(browser.text())
        .contains("Definition", "What each level looks like", "Teams at each level now");
    browser.assertAccessible();
    browser.screenshot("competency");
  }

  @Test
  void shouldDrawTrendsWithTheFiguresBeside() throws Exception {
    browser.open(url("/trends"));
    assertThat(browser.driver.findElements(By.cssSelector("svg.chart"))).hasSizeGreaterThan(1);
    assertThat(browser.driver.findElements(By.cssSelector("table caption"))).isNotEmpty();
    browser.assertAccessible();
    browser.screenshot("trends");
  }

  @Test
  void shouldListOverdueTeamsWithTheirLeads() throws Exception {
    browser.open(url("/overdue"));
    assertThat(browser.text()).contains("New Community Team", "Never", "Crisis Team", "Carol Cole");
    browser.assertAccessible();
    browser.screenshot("overdue");
  }

  @Test
  void shouldWorkAt320PixelsWide() throws Exception {
    browser.driver.manage().window().setSize(new Dimension(320, 800));
    try {
      browser.open(url("/"));
      Object scrollWidth =
          browser.driver.executeScript("return document.documentElement.scrollWidth");
      assertThat(((Number) scrollWidth).intValue()).isLessThanOrEqualTo(320);
      browser.assertAccessible();
      browser.screenshot("overview-320px");
    } finally {
      browser.driver.manage().window().setSize(new Dimension(1280, 900));
    }
  }

  @Test
  void shouldDownloadTheLevels() throws Exception {
    browser.open(url("/"));
    Path file = browser.downloads.resolve("pcref-levels.csv");
    try (WatchService watch = FileSystems.getDefault().newWatchService()) {
      browser.downloads.register(watch, StandardWatchEventKinds.ENTRY_CREATE);
      browser.driver.findElement(By.linkText("CSV")).click();
      // Chromium writes a partial file first and renames it when done: wait for the final name.
      Instant deadline = Instant.now().plus(Duration.ofSeconds(15));
      while (!Files.exists(file) && Instant.now().isBefore(deadline)) {
        WatchKey key = watch.poll(1, TimeUnit.SECONDS);
        if (key != null) {
          key.pollEvents();
          key.reset();
        }
      }
    }
    assertThat(file).exists();
    assertThat(Files.readString(file))
        .startsWith("\"team\",\"team id\",\"competency\",\"level\",\"set at\"")
        .contains("Ward 1 East");
  }
}

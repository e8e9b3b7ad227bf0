package org.pcref.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.pcref.core.team.InMemoryTeamStore;
import org.pcref.framework.FrameworkLoader;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The overview of a trust of 1,000 teams in twelve directorates: a hundred teams a page, well under
 * 150 KB as sent unpacked, the counts over every team, and pages reached with the keyboard alone.
 */
class PagedOverviewBrowserTest {

  private static final int TEAMS = 1_000;

  private static Browser browser;
  private static ConfigurableApplicationContext server;

  @BeforeAll
  static void start() throws Exception {
    InMemoryTeamStore store = new InMemoryTeamStore();
    OverviewBenchmark.Snapshot.picture =
        OverviewBenchmark.trust(FrameworkLoader.bundled(), store, TEAMS, 3);
    OverviewBenchmark.Snapshot.store = store;
    server =
        new SpringApplication(OverviewBenchmark.Snapshot.class)
            .run("--server.port=0", "--server.address=127.0.0.1", "--logging.level.root=WARN");
    browser = new Browser();
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.close();
    }
    if (server != null) {
      server.close();
    }
  }

  private static String url(String path) {
    return "http://127.0.0.1:"
        + ((WebServerApplicationContext) server).getWebServer().getPort()
        + path;
  }

  @Test
  void shouldWeighUnder150KilobytesUnpackedForAThousandTeams() throws Exception {
    HttpResponse<byte[]> page =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(url("/"))).build(),
                HttpResponse.BodyHandlers.ofByteArray());

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.headers().firstValue("Content-Encoding")).isEmpty();
    assertThat(page.body().length).isLessThan(150 * 1024);
    assertThat(new String(page.body(), java.nio.charset.StandardCharsets.UTF_8))
        .contains("<span>1000</span> teams shown", "1 to 100 on this page");
  }

  @Test
  void shouldGoThroughThePagesWithTheKeyboard() throws Exception {
    browser.open(url("/?sort=name"));
    assertThat(browser.text()).contains("1000 teams shown, 1 to 100 on this page");
    browser.assertAccessible();
    browser.screenshot("overview-paged");

    WebElement next = browser.driver.findElement(By.linkText("Next page"));
    next.sendKeys(Keys.ENTER);
    browser.waitForUrl("page=2");
    assertThat(browser.text()).contains("101 to 200 on this page", "(continued)");
    assertThat(
            browser.driver.findElement(By.cssSelector(".pages a[aria-current='page']")).getText())
        .isEqualTo("2");
    browser.assertAccessible();

    browser.driver.findElement(By.linkText("10")).sendKeys(Keys.ENTER);
    browser.waitForUrl("page=10");
    assertThat(browser.text()).contains("901 to 1000 on this page", "No directorate");
    assertThat(browser.driver.findElements(By.linkText("Next page"))).isEmpty();
    browser.screenshot("overview-last-page");
  }
}

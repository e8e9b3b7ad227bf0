package org.pcref.app.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.pcref.core.conversation.Assistant;
import org.pcref.core.message.ConversationKey;
import org.pcref.core.message.Inbound;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * With {@code prometheus} added to the exposed endpoints, {@code /actuator/prometheus} publishes
 * the bot's own metrics beside the standard ones, and they count what they say.
 */
@SpringBootTest(
    webEnvironment = WebEnvironment.RANDOM_PORT,
    properties = {
      "management.endpoints.web.exposure.include=health,prometheus",
      "pcref.data-dir=target/test-data-metrics",
      // No scheduler polling in the background of the tests that run after this one.
      "pcref.nudges.enabled=false"
    })
class MetricsTest {

  @LocalServerPort int port;

  @Autowired Assistant bot;

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  @Test
  void shouldCountATurnByItsPlatformAndKind() throws Exception {
    String question = "pcref_turns_seconds_count{kind=\"question\",platform=\"metrics-test\"}";
    double before = sample(scrape(), question);

    bot.handle(Inbound.text(key("alex"), "Alex", "define co-learning"));

    String after = scrape();
    assertThat(sample(after, question)).isEqualTo(before + 1);
    assertThat(after)
        .contains("pcref_turns_seconds_bucket{kind=\"question\",platform=\"metrics-test\",le=");
  }

  @Test
  void shouldCountACheckInStartedAndPaused() throws Exception {
    String started = "pcref_checkins_total{event=\"started\",platform=\"metrics-test\"}";
    String paused = "pcref_checkins_total{event=\"paused\",platform=\"metrics-test\"}";
    String checkIns = "pcref_turns_seconds_count{kind=\"check-in\",platform=\"metrics-test\"}";
    String page = scrape();
    double startedBefore = sample(page, started);
    double pausedBefore = sample(page, paused);
    double turnsBefore = sample(page, checkIns);
    ConversationKey sam = key("sam");

    bot.handle(Inbound.text(sam, "Sam", "checkin workforce"));
    bot.handle(Inbound.text(sam, "Sam", "pause"));

    page = scrape();
    assertThat(sample(page, started)).isEqualTo(startedBefore + 1);
    assertThat(sample(page, paused)).isEqualTo(pausedBefore + 1);
    assertThat(sample(page, checkIns)).isEqualTo(turnsBefore + 2);
  }

  @Test
  void shouldPublishTheStandardMetricsToo() throws Exception {
    String page = scrape();

    assertThat(page)
        .contains("jvm_memory_used_bytes", "http_server_requests_seconds", "hikaricp_connections");
  }

  /**
   * Every request is timed once ({@code http.server.requests}); the security filters each chat
   * request passes are not observed one by one, which cost more than the rest of the chain.
   */
  @Test
  void shouldTimeRequestsWithoutObservingEachSecurityFilter() throws Exception {
    scrape();

    assertThat(scrape())
        .contains("http_server_requests_seconds_count")
        .doesNotContain("spring_security_filterchains");
  }

  /** A conversation of its own: the server tests share a data folder across runs. */
  private static ConversationKey key(String user) {
    return new ConversationKey("metrics-test", "tenant", "ward-" + UUID.randomUUID(), user);
  }

  private String scrape() throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/prometheus"))
            .timeout(Duration.ofSeconds(10))
            .build();
    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).isEqualTo(200);
    return response.body();
  }

  /** The value of the sample written exactly {@code series}, or 0 if it is not there yet. */
  static double sample(String page, String series) {
    return Arrays.stream(page.split("\n"))
        .filter(line -> line.startsWith(series + " "))
        .mapToDouble(line -> Double.parseDouble(line.substring(series.length() + 1).strip()))
        .findFirst()
        .orElse(0);
  }
}

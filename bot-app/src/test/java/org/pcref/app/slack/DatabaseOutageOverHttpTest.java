package org.pcref.app.slack;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pcref.app.server.BotServer;
import org.pcref.slack.SlackStub;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * PostgreSQL stops under a running server with Slack on, and comes back: requests are answered
 * within Slack's three seconds, health says the database is down, a command is answered plainly and
 * is not run when the database returns, and an event is left for Slack to retry.
 */
class DatabaseOutageOverHttpTest {

  static final SlackStub SLACK = new SlackStub();

  private static Path dataDir;
  private static int pgPort;
  private static EmbeddedPostgres postgres;
  private static ConfigurableApplicationContext server;
  private static SlackRequests slack;
  private static int port;

  @BeforeAll
  static void start() throws Exception {
    dataDir = Files.createTempDirectory("pcref-outage-pg");
    postgres = postgresOn(0);
    pgPort = postgres.getPort();
    server =
        new SpringApplicationBuilder(BotServer.class)
            .run(
                "--server.port=0",
                "--server.address=127.0.0.1",
                "--pcref.database.url=" + postgres.getJdbcUrl("postgres", "postgres"),
                "--pcref.database.user=postgres",
                "--pcref.nudges.enabled=false",
                "--pcref.slack.bot-token=xoxb-outage",
                "--pcref.slack.signing-secret=" + SlackRequests.SECRET,
                "--pcref.slack.api-url=" + SLACK.apiUrl());
    port = ((WebServerApplicationContext) server).getWebServer().getPort();
    slack = new SlackRequests(port);
  }

  private static EmbeddedPostgres postgresOn(int port) throws Exception {
    EmbeddedPostgres.Builder builder =
        EmbeddedPostgres.builder().setDataDirectory(dataDir).setCleanDataDirectory(false);
    return (port == 0 ? builder : builder.setPort(port)).start();
  }

  @AfterAll
  static void stop() throws Exception {
    if (server != null) {
      server.close();
    }
    postgres.close();
    SLACK.close();
  }

  @Test
  void answersInTimeSaysDownAndRunsNothingLaterWhenPostgresStopsAndComesBack() throws Exception {
    assertThat(
            slack
                .command(SlackStub.TEAM, "C1", "general", "U1", "define co-learning", url("q"))
                .body())
        .contains("Co-Learning");
    assertThat(health().statusCode()).isEqualTo(200);

    postgres.close();

    HttpResponse<String> health = health();
    assertThat(health.statusCode()).isEqualTo(503);
    assertThat(health.body()).contains("DOWN");

    long sent = System.nanoTime();
    HttpResponse<String> checkIn =
        slack.command(SlackStub.TEAM, "C40", "ward-40", "U9", "checkin", url("outage"));
    assertThat(Duration.ofNanos(System.nanoTime() - sent))
        .as("acknowledged within Slack's three seconds")
        .isLessThan(Duration.ofSeconds(3));
    assertThat(checkIn.statusCode()).isEqualTo(200);
    String answer =
        checkIn.body().contains("Sorry")
            ? checkIn.body()
            : SLACK
                .await(c -> c.path().equals("/respond/outage"), 1, Duration.ofSeconds(30))
                .get(0)
                .body();
    assertThat(answer).contains("Sorry").doesNotContain("1 of 3");

    sent = System.nanoTime();
    HttpResponse<String> event =
        slack.event(
            SlackStub.TEAM, "Ev-outage", RunningSlackApp.directMessage("checkin"), Map.of());
    assertThat(Duration.ofNanos(System.nanoTime() - sent)).isLessThan(Duration.ofSeconds(3));
    assertThat(event.statusCode()).as("left for Slack to retry").isEqualTo(503);

    postgres = postgresOn(pgPort);
    awaitHealthUp();

    HttpResponse<String> team =
        slack.command(SlackStub.TEAM, "C40", "ward-40", "U9", "team", url("after"));
    String teamAnswer =
        team.body().length() > 2
            ? team.body()
            : SLACK
                .await(c -> c.path().equals("/respond/after"), 1, Duration.ofSeconds(10))
                .get(0)
                .body();
    assertThat(teamAnswer)
        .as("the check-in asked for during the outage was not started when it ended")
        .doesNotContain("1 of 3")
        .doesNotContain("Leads:");
    assertThat(SLACK.calls().stream().filter(c -> c.path().equals("/respond/outage")))
        .as("answered once, never run again")
        .hasSizeLessThanOrEqualTo(1);
  }

  private static String url(String name) {
    return SLACK.responseUrl(name);
  }

  private static HttpResponse<String> health() throws Exception {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health"))
                .timeout(Duration.ofSeconds(10))
                .build(),
            HttpResponse.BodyHandlers.ofString());
  }

  /** Waits for health to come back once the database is up again. */
  private static void awaitHealthUp() throws Exception {
    long end = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (health().statusCode() != 200) {
      assertThat(System.nanoTime()).as("health UP again within a minute").isLessThan(end);
    }
  }
}

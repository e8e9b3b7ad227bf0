package org.pcref.app.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pcref.app.server.BotServer;
import org.pcref.app.storage.JdbcSeenKeys;
import org.pcref.core.message.SeenKeys;
import org.pcref.slack.SlackStub;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two instances of the bot behind one load balancer, sharing one database (an in-memory H2 here,
 * PostgreSQL in production): Slack's retry of an event reaching the other instance has no second
 * effect.
 */
class TwoInstancesTest {

  static final SlackStub SLACK = new SlackStub();
  static final String DATABASE = Databases.memoryUrl("slack-two-instances");
  static ConfigurableApplicationContext first;
  static ConfigurableApplicationContext second;

  @BeforeAll
  static void start() {
    first = instance();
    second = instance();
  }

  @AfterAll
  static void stop() {
    first.close();
    second.close();
    SLACK.close();
  }

  private static ConfigurableApplicationContext instance() {
    return new SpringApplicationBuilder(BotServer.class)
        .run(
            "--server.port=0",
            "--pcref.slack.bot-token=xoxb-two-instances",
            "--pcref.slack.signing-secret=" + SlackRequests.SECRET,
            "--pcref.slack.api-url=" + SLACK.apiUrl(),
            "--pcref.database.url=" + DATABASE,
            "--pcref.slack.threads=" + Marker.THREADS);
  }

  private static SlackRequests requestsTo(ConfigurableApplicationContext instance) {
    return new SlackRequests(((WebServerApplicationContext) instance).getWebServer().getPort());
  }

  @Test
  void aRetryThatReachesTheOtherInstanceIsNotHandledAgain() {
    String message = RunningSlackApp.directMessage("define co-production");

    HttpResponse<String> original =
        requestsTo(first).event(SlackStub.TEAM, "Ev-two-instances", message, Map.of());
    SLACK.await("chat.postMessage", 1);
    HttpResponse<String> retry =
        requestsTo(second)
            .event(SlackStub.TEAM, "Ev-two-instances", message, Map.of("X-Slack-Retry-Num", "1"));

    assertThat(original.statusCode()).isEqualTo(200);
    assertThat(retry.statusCode()).isEqualTo(200);
    Marker.sendAndAwait(requestsTo(second), SLACK);
    assertThat(Marker.without(SLACK.calls("chat.postMessage"))).hasSize(1);
  }

  @Test
  void bothInstancesUseTheDatabaseForEvents() {
    assertThat(first.getBean(SeenKeys.class)).isInstanceOf(JdbcSeenKeys.class);
    assertThat(second.getBean(SeenKeys.class)).isInstanceOf(JdbcSeenKeys.class);
  }
}

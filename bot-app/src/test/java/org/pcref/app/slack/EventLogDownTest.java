package org.pcref.app.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.pcref.app.server.BotServer;
import org.pcref.core.message.SeenKeys;
import org.pcref.slack.SlackStub;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** When the events log cannot be written, an event is not handled but left for Slack to retry. */
@SpringBootTest(
    classes = {BotServer.class, EventLogDownTest.FlakyLog.class},
    webEnvironment = WebEnvironment.RANDOM_PORT)
class EventLogDownTest {

  static final SlackStub SLACK = new SlackStub();
  static final String DATABASE_URL = Databases.memoryUrl("slack-log-down");
  static final AtomicBoolean DOWN = new AtomicBoolean(true);

  @TestConfiguration
  static class FlakyLog {
    @Bean
    @Primary
    SeenKeys flakyEventLog() {
      return eventId -> {
        if (DOWN.get()) {
          throw new SeenKeys.Unavailable("database down", new SQLException("connection refused"));
        }
        return true;
      };
    }
  }

  @DynamicPropertySource
  static void slack(DynamicPropertyRegistry registry) {
    registry.add("pcref.slack.bot-token", () -> "xoxb-log-down");
    registry.add("pcref.slack.signing-secret", () -> SlackRequests.SECRET);
    registry.add("pcref.slack.api-url", SLACK::apiUrl);
    registry.add("pcref.database.url", () -> DATABASE_URL);
    registry.add("pcref.slack.threads", () -> Marker.THREADS);
  }

  @AfterAll
  static void stop() {
    SLACK.close();
  }

  @LocalServerPort int port;

  @Test
  void anEventIsLeftForSlackToRetryUntilItCanBeRecorded() {
    String message = RunningSlackApp.directMessage("define co-learning");

    HttpResponse<String> first =
        new SlackRequests(port).event(SlackStub.TEAM, "Ev-log-down", message, Map.of());

    assertThat(first.statusCode()).isEqualTo(503);
    // The log is back, so the marker can be handled (and the first event retried).
    DOWN.set(false);
    Marker.sendAndAwait(new SlackRequests(port), SLACK);
    assertThat(Marker.without(SLACK.calls("chat.postMessage"))).isEmpty();

    HttpResponse<String> retry =
        new SlackRequests(port)
            .event(SlackStub.TEAM, "Ev-log-down", message, Map.of("X-Slack-Retry-Num", "1"));

    assertThat(retry.statusCode()).isEqualTo(200);
    assertThat(Marker.without(SLACK.await("chat.postMessage", 2)).get(0).param("blocks"))
        .contains("Co-Learning");
  }
}

package org.pcref.app.slack;

import org.junit.jupiter.api.BeforeEach;
import org.pcref.app.server.BotServer;
import org.pcref.slack.SlackStub;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The running application with Slack on (one workspace, over HTTP), every call to Slack going to
 * one local stub, on a database of its own. Test classes extending it share the application and the
 * stub. Turns run one at a time, so that a {@link Marker} tells when the requests before it are
 * handled.
 */
@SpringBootTest(classes = BotServer.class, webEnvironment = WebEnvironment.RANDOM_PORT)
abstract class RunningSlackApp {

  static final SlackStub SLACK = new SlackStub();
  static final String DATABASE_URL = Databases.memoryUrl("slack-http");
  static final String TEAM = SlackStub.TEAM;
  static final String BOT_TOKEN = "xoxb-test-token-never-logged";

  @DynamicPropertySource
  static void slack(DynamicPropertyRegistry registry) {
    registry.add("pcref.slack.bot-token", () -> BOT_TOKEN);
    registry.add("pcref.slack.signing-secret", () -> SlackRequests.SECRET);
    registry.add("pcref.slack.api-url", SLACK::apiUrl);
    registry.add("pcref.database.url", () -> DATABASE_URL);
    registry.add("pcref.slack.threads", () -> Marker.THREADS);
  }

  @LocalServerPort int port;

  SlackRequests slack;

  @BeforeEach
  void connect() {
    slack = new SlackRequests(port);
    // Bolt asks Slack who the bot is on the first request it handles: asked before each test, so
    // that no test counts it among its own calls.
    awaitHandled();
    SLACK.reset();
  }

  /** Waits until every request sent so far has been fully handled (see {@link Marker}). */
  void awaitHandled() {
    Marker.sendAndAwait(slack, SLACK);
  }

  static String directMessage(String text) {
    return "{\"type\":\"message\",\"channel_type\":\"im\",\"user\":\"U1\",\"text\":"
        + SlackRequests.json(text)
        + ",\"ts\":\"1700000000.000400\",\"channel\":\"D1\",\"event_ts\":\"1700000000.000400\"}";
  }
}

package org.pcref.app.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.pcref.app.server.BotServer;
import org.pcref.slack.SlackStub;
import org.pcref.slack.SlackStub.Answer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Socket Mode: with an app-level token the bot asks Slack for a websocket instead of listening on
 * {@code /slack/events}. Slack here refuses the token, which is logged; the server runs on.
 */
@SpringBootTest(classes = BotServer.class, webEnvironment = WebEnvironment.RANDOM_PORT)
class SocketModeTest {

  static final SlackStub SLACK = new SlackStub().then("apps.connections.open", Answer.ok("{\"ok\":false,\"error\":\"invalid_auth\"}"));
  static final String DATABASE_URL = Databases.memoryUrl("slack-socket");

  @DynamicPropertySource
  static void slack(DynamicPropertyRegistry registry) {
    registry.add("pcref.slack.app-token", () -> "xapp-socket-token");
    registry.add("pcref.slack.bot-token", () -> "xoxb-socket-bot");
    registry.add("pcref.slack.api-url", SLACK::apiUrl);
    registry.add("pcref.database.url", () -> DATABASE_URL);
  }

  @AfterAll
  static void stop() {
    SLACK.close();
  }

  @LocalServerPort int port;
  @Autowired ApplicationContext context;

  @Test
  void asksSlackForAWebsocketWithTheAppTokenAndListensOnNoHttpPath() {
    SlackStub.Call open = SLACK.await("apps.connections.open", 1).get(0);

    assertThat(open.headers().get("authorization")).isEqualTo("Bearer xapp-socket-token");
    assertThat(context.getBeansOfType(SlackSocketMode.class)).hasSize(1);
    HttpResponse<String> post = new SlackRequests(port).post("{\"type\":\"url_verification\",\"challenge\":\"c\"}", "application/json");
    assertThat(post.statusCode()).isNotEqualTo(200);
  }
}

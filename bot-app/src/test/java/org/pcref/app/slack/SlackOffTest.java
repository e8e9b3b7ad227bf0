package org.pcref.app.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pcref.app.server.BotServer;
import org.pcref.slack.SlackConnection;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/** Without Slack settings the server runs without Slack, and says so once. */
@ExtendWith(OutputCaptureExtension.class)
@SpringBootTest(
    classes = BotServer.class,
    webEnvironment = WebEnvironment.RANDOM_PORT,
    properties = {
      "pcref.slack.bot-token=xoxb-but-no-secret",
      "pcref.database.url=jdbc:h2:mem:slack-off;DB_CLOSE_DELAY=-1"
    })
class SlackOffTest {

  @LocalServerPort int port;
  @Autowired ApplicationContext context;

  @Test
  void startsWithoutSlackAndSaysHowToTurnItOn(CapturedOutput output) {
    assertThat(output.getAll())
        .containsOnlyOnce("Slack is off: set SLACK_SIGNING_SECRET and SLACK_BOT_TOKEN");
    assertThat(output.getAll()).doesNotContain("xoxb-but-no-secret");
    assertThat(context.getBeanNamesForType(SlackConnection.class)).isEmpty();

    HttpResponse<String> post =
        new SlackRequests(port)
            .post("{\"type\":\"url_verification\",\"challenge\":\"c\"}", "application/json");

    assertThat(post.statusCode()).isNotEqualTo(200);
  }
}

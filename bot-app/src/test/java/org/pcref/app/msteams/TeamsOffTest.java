package org.pcref.app.msteams;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pcref.app.server.BotServer;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Without an app id, and without the Emulator asked for (a Slack-only deployment), Teams is off:
 * /api/messages takes nothing and sends nothing anywhere, not even to this machine's own ports.
 */
@ExtendWith(OutputCaptureExtension.class)
@SpringBootTest(
    classes = BotServer.class,
    webEnvironment = WebEnvironment.RANDOM_PORT,
    properties = "pcref.database.url=jdbc:h2:mem:teams-off;DB_CLOSE_DELAY=-1")
class TeamsOffTest {

  static final ConnectorStub CONNECTOR = ConnectorStub.start();

  @LocalServerPort int port;

  @Test
  void shouldTakeNoActivityAndSendNothingWithoutAnAppIdOrTheEmulator(CapturedOutput output) {
    var activity =
        new TeamsActivities(CONNECTOR.url()).personal("aad-alex", "Alex", "define co-learning");

    assertThat(new MessagesEndpoint(port).post(activity).statusCode()).isEqualTo(404);
    assertThat(CONNECTOR.requests()).isEmpty();
    assertThat(output.getAll()).contains("Teams is off: /api/messages answers 404");
  }
}

package org.pcref.app.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.System.Logger.Level;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pcref.core.conversation.Bot;
import org.pcref.core.conversation.ConversationKey;
import org.pcref.core.conversation.Inbound;
import org.pcref.core.conversation.PlainText;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class BotServerTest {

  @LocalServerPort int port;

  @Autowired Bot bot;

  @Test
  void reportsHealthyOverHttp() throws Exception {
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    HttpRequest request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health"))
            .timeout(Duration.ofSeconds(10))
            .build();

    HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).contains("\"status\":\"UP\"");
  }

  @Test
  void wiresTheBotWithTheBundledFramework() {
    ConversationKey key = new ConversationKey("test", "test", "test", "alex");

    PlainText.Rendered answer = PlainText.render(bot.handle(Inbound.text(key, "Alex", "define co-learning")));

    assertThat(answer.text()).contains("Co-Learning is a two-way process");
  }

  @Test
  void sendsTheCoreLogToTheServerLog(CapturedOutput output) {
    System.getLogger("org.pcref.core.conversation.Bot").log(Level.WARNING, "core warning for the log");

    assertThat(output.getOut() + output.getErr())
        .containsPattern("WARN .*org\\.pcref\\.core\\.conversation\\.Bot +: core warning for the log");
  }
}

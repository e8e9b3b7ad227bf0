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
import org.pcref.core.conversation.Assistant;
import org.pcref.core.message.ConversationKey;
import org.pcref.core.message.Inbound;
import org.pcref.core.message.PlainText;
import org.pcref.app.nudge.NudgeEngine;
import org.pcref.app.storage.Database;
import org.pcref.app.storage.JdbcNudgeStore;
import org.pcref.core.reminder.NudgeStore;
import org.pcref.core.reminder.Reminders;
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

  @Autowired Assistant bot;

  @Autowired NudgeStore nudgeStore;

  @Autowired org.springframework.context.ApplicationContext context;

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
    System.getLogger("org.pcref.core.conversation.Assistant").log(Level.WARNING, "core warning for the log");

    assertThat(output.getOut() + output.getErr())
        .containsPattern("WARN .*org\\.pcref\\.core\\.conversation\\.Assistant +: core warning for the log");
  }

  @Test
  void keepsNudgesInTheDatabaseAndStartsTheirScheduler() throws Exception {
    assertThat(nudgeStore).isInstanceOf(JdbcNudgeStore.class);
    assertThat(context.getBean(Reminders.class)).isNotNull();
    assertThat(context.getBeansOfType(NudgeEngine.class)).hasSize(1);
    try (var connection = context.getBean(Database.class).dataSource().getConnection();
        var rows = connection.createStatement().executeQuery("SELECT COUNT(*) FROM scheduled_tasks WHERE task_name = 'nudge-sweep'")) {
      rows.next();
      assertThat(rows.getInt(1)).as("the sweep, scheduled when the scheduler started").isEqualTo(1);
    }
  }
}

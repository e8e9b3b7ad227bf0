package org.pcref.app.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.System.Logger.Level;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pcref.app.storage.Database;
import org.pcref.core.conversation.Assistant;
import org.pcref.core.message.ConversationKey;
import org.pcref.core.message.Inbound;
import org.pcref.core.message.PlainText;
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
  void shouldNotPublishMetricsUnlessTheOperatorAsks() throws Exception {
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    HttpRequest request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/prometheus"))
            .timeout(Duration.ofSeconds(10))
            .build();

    HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());

    assertThat(response.statusCode()).isEqualTo(404);
  }

  @Test
  void wiresTheBotWithTheBundledFramework() {
    ConversationKey key = new ConversationKey("test", "test", "test", "alex");

    PlainText.Rendered answer =
        PlainText.render(bot.handle(Inbound.text(key, "Alex", "define co-learning")));

    assertThat(answer.text()).contains("Co-Learning is a two-way process");
  }

  @Test
  void sendsTheCoreLogToTheServerLog(CapturedOutput output) {
    System.getLogger("org.pcref.core.conversation.Assistant")
        .log(Level.WARNING, "core warning for the log");

    assertThat(output.getOut() + output.getErr())
        .containsPattern(
            "WARN .*org\\.pcref\\.core\\.conversation\\.Assistant +: core warning for the log");
  }

  @Test
  void keepsALeadsNudgeSettingsInTheDatabase() throws Exception {
    // The server tests share a data folder across runs: a ward of its own keeps this team apart.
    String ward = "ward-" + UUID.randomUUID();
    ConversationKey alex = new ConversationKey("test", "test", ward, "alex");
    say(alex, ward, "checkin co-production");
    say(alex, ward, "good");
    say(alex, ward, "no note");

    assertThat(say(alex, ward, "remind every 2 weeks on Monday at 09:00"))
        .contains("Saved.", "Check-in nudges fortnightly, on Mondays at 09:00");

    try (Connection connection = context.getBean(Database.class).dataSource().getConnection();
        PreparedStatement select =
            connection.prepareStatement(
                "SELECT n.cadence_every, n.cadence_unit, n.nudge_day FROM nudge_settings n JOIN teams t ON t.id = n.team_id WHERE t.name = ?")) {
      select.setString(1, ward);
      try (ResultSet rows = select.executeQuery()) {
        assertThat(rows.next()).as("the team's nudge settings, saved").isTrue();
        assertThat(rows.getInt(1)).isEqualTo(2);
        assertThat(rows.getString(2)).isEqualTo("WEEKS");
        assertThat(rows.getString(3)).isEqualTo("MONDAY");
      }
    }
  }

  @Test
  void startsTheNudgeSchedulerWithTheServer() throws Exception {
    try (var connection = context.getBean(Database.class).dataSource().getConnection();
        var rows =
            connection
                .createStatement()
                .executeQuery(
                    "SELECT COUNT(*) FROM scheduled_tasks WHERE task_name = 'nudge-sweep'")) {
      rows.next();
      assertThat(rows.getInt(1)).as("the sweep, scheduled when the scheduler started").isEqualTo(1);
    }
  }

  private String say(ConversationKey key, String channelName, String text) {
    return PlainText.render(bot.handle(Inbound.text(key, "Alex", text).inChannelNamed(channelName)))
        .text();
  }
}

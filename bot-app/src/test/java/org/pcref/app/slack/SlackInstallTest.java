package org.pcref.app.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pcref.app.server.BotServer;
import org.pcref.app.storage.Database;
import org.pcref.core.message.Address;
import org.pcref.core.message.Delivery;
import org.pcref.core.message.Reply;
import org.pcref.slack.SlackNotifier;
import org.pcref.slack.SlackStub;
import org.pcref.slack.SlackStub.Answer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Installing in many workspaces by OAuth, each with its own token, and uninstalling. */
@SpringBootTest(classes = BotServer.class, webEnvironment = WebEnvironment.RANDOM_PORT)
class SlackInstallTest {

  static final SlackStub SLACK = new SlackStub();
  static final String DATABASE_URL = Databases.memoryUrl("slack-install");

  @DynamicPropertySource
  static void slack(DynamicPropertyRegistry registry) {
    registry.add("pcref.slack.client-id", () -> "111.222");
    registry.add("pcref.slack.client-secret", () -> "client-secret-never-logged");
    registry.add("pcref.slack.signing-secret", () -> SlackRequests.SECRET);
    registry.add("pcref.slack.api-url", SLACK::apiUrl);
    registry.add("pcref.database.url", () -> DATABASE_URL);
  }

  @AfterAll
  static void stop() {
    SLACK.close();
  }

  @LocalServerPort int port;
  @Autowired SlackNotifier notifier;
  @Autowired Database database;

  private final HttpClient browser =
      HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

  @BeforeEach
  void reset() {
    SLACK.reset();
  }

  @Test
  void installsInAWorkspaceAndAnswersThereWithItsOwnToken() throws Exception {
    install("T1", "xoxb-for-T1");

    assertThat(installedTeams()).contains("T1");
    assertThat(storedToken("T1")).startsWith("sealed:v1:").doesNotContain("xoxb");
    new SlackRequests(port)
        .event(
            "T1", "Ev-installed-1", RunningSlackApp.directMessage("define co-learning"), Map.of());
    SlackStub.Call post = SLACK.await("chat.postMessage", 1).get(0);
    assertThat(post.headers().get("authorization")).isEqualTo("Bearer xoxb-for-T1");
    assertThat(
            notifier.deliver(
                Address.channel("slack", "T1", "C1"), List.of(new Reply.Text("nudge"))))
        .isInstanceOf(Delivery.Sent.class);
    assertThat(
            notifier.deliver(
                Address.channel("slack", "T-never", "C1"), List.of(new Reply.Text("nudge"))))
        .isInstanceOf(Delivery.Unreachable.class);
  }

  @Test
  void refusesToCompleteAnInstallWithAStateItDidNotIssue() throws Exception {
    HttpResponse<String> response =
        get("/slack/oauth_redirect?code=abc&state=forged", "slack-app-oauth-state=forged");

    assertThat(response.statusCode()).isLessThan(500);
    assertThat(SLACK.calls("oauth.v2.access")).isEmpty();
  }

  @Test
  void appUninstalledDeletesTheInstallation() throws Exception {
    install("T2", "xoxb-for-T2");

    new SlackRequests(port)
        .event(
            "T2",
            "Ev-uninstalled",
            "{\"type\":\"app_uninstalled\",\"event_ts\":\"1700000000.1\"}",
            Map.of());

    awaitUninstalled("T2");
  }

  @Test
  void tokensRevokedDeletesTheInstallation() throws Exception {
    install("T3", "xoxb-for-T3");

    new SlackRequests(port)
        .event(
            "T3",
            "Ev-revoked",
            "{\"type\":\"tokens_revoked\",\"tokens\":{\"oauth\":[],\"bot\":[\"U0BOT\"]},\"event_ts\":\"1700000000.2\"}",
            Map.of());

    awaitUninstalled("T3");
  }

  private void install(String team, String token) throws Exception {
    HttpResponse<String> start = get("/slack/install", null);
    assertThat(start.statusCode()).isEqualTo(302);
    String location = start.headers().firstValue("Location").orElseThrow();
    assertThat(location)
        .startsWith("https://slack.com/oauth/v2/authorize")
        .contains("client_id=111.222", "scope=app_mentions");
    Matcher state = Pattern.compile("state=([^&]+)").matcher(location);
    assertThat(state.find()).isTrue();
    String cookie = start.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
    SLACK.then(
        "oauth.v2.access",
        Answer.ok(
            "{\"ok\":true,\"access_token\":\""
                + token
                + "\",\"token_type\":\"bot\","
                + "\"scope\":\"app_mentions:read,chat:write,commands,im:history,im:write\",\"bot_user_id\":\"U0BOT\",\"app_id\":\"A0APP\","
                + "\"team\":{\"name\":\"Trust\",\"id\":\""
                + team
                + "\"},\"enterprise\":null,\"authed_user\":{\"id\":\"U1\"},\"is_enterprise_install\":false}"));

    HttpResponse<String> done =
        get("/slack/oauth_redirect?code=the-code&state=" + state.group(1), cookie);

    assertThat(done.statusCode()).isLessThan(400);
    assertThat(SLACK.calls("oauth.v2.access").get(0).content()).contains("the-code");
  }

  private HttpResponse<String> get(String path, String cookie) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
            .timeout(Duration.ofSeconds(10));
    if (cookie != null) {
      request.header("Cookie", cookie);
    }
    return browser.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private void awaitUninstalled(String team) throws Exception {
    long end = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (installedTeams().contains(team)) {
      assertThat(System.nanoTime()).as(team + " still installed").isLessThan(end);
      Thread.sleep(50);
    }
  }

  /** The bot token as the database holds it. */
  private String storedToken(String team) throws SQLException {
    try (Connection c = database.dataSource().getConnection();
        java.sql.PreparedStatement select =
            c.prepareStatement("SELECT bot_token FROM slack_installation WHERE team_id = ?")) {
      select.setString(1, team);
      try (ResultSet rs = select.executeQuery()) {
        assertThat(rs.next()).isTrue();
        return rs.getString(1);
      }
    }
  }

  private List<String> installedTeams() throws SQLException {
    try (Connection c = database.dataSource().getConnection();
        ResultSet rs = c.createStatement().executeQuery("SELECT team_id FROM slack_installation")) {
      List<String> teams = new java.util.ArrayList<>();
      while (rs.next()) {
        teams.add(rs.getString(1));
      }
      return teams;
    }
  }
}

package org.pcref.app.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pcref.slack.SlackStub;

/** App Home: the person's team at a glance, published when they open the tab, and its buttons. */
class AppHomeTest extends RunningSlackApp {

  @Test
  void publishesTheTeamsLevelsWhenThePersonOpensTheirHome() {
    rateCoProductionGoodInWard9();
    SLACK.reset();

    HttpResponse<String> response =
        slack.event(TEAM, "Ev-home-1", homeOpened("U9", "D9"), Map.of());

    assertThat(response.statusCode()).isEqualTo(200);
    SlackStub.Call publish = SLACK.await("views.publish", 1).get(0);
    assertThat(publish.param("user_id")).isEqualTo("U9");
    JsonObject view = Blocks.parse(publish.param("view"));
    assertThat(view.get("type").getAsString()).isEqualTo("home");
    assertThat(publish.param("view"))
        .contains(
            "ward-9 — PCREF self-assessment",
            "*Co-Production*",
            ":large_green_circle: *Good*",
            "*Workforce*",
            "*Not rated yet*",
            "Next check-in due: ");
    assertThat(Blocks.buttons(viewMessage(publish)))
        .extracting(Blocks.Button::label)
        .containsExactly("Start a check-in", "Ask a question");
  }

  @Test
  void aHomeButtonCarriesOnInTheDirectMessageAndRefreshesTheHome() {
    rateCoProductionGoodInWard9();
    SLACK.reset();
    slack.event(TEAM, "Ev-home-2", homeOpened("U9", "D9"), Map.of());
    Blocks.Button start =
        Blocks.button(viewMessage(SLACK.await("views.publish", 1).get(0)), "Start a check-in");

    HttpResponse<String> ack = slack.interaction(homePress(start, "U9"));

    assertThat(ack.statusCode()).isEqualTo(200);
    assertThat(SLACK.await("conversations.open", 1).get(0).param("users")).isEqualTo("U9");
    SlackStub.Call post = SLACK.await("chat.postMessage", 1).get(0);
    assertThat(post.param("channel")).startsWith("D0DM");
    assertThat(post.param("blocks")).contains("Check-in for ward-9");
    SLACK.await(c -> c.method().equals("views.publish"), 2, Duration.ofSeconds(10));
  }

  @Test
  void tellsSomeoneWithoutATeamHowToStartOne() {
    slack.event(TEAM, "Ev-home-3", homeOpened("U404", "D404"), Map.of());

    SlackStub.Call publish = SLACK.await("views.publish", 1).get(0);
    assertThat(publish.param("view")).contains("not in a team yet", "Start a check-in");
  }

  private void rateCoProductionGoodInWard9() {
    HttpResponse<String> started =
        slack.command(
            TEAM, "C9", "ward-9", "U9", "checkin co-production", SLACK.responseUrl("home-start"));
    String pressed =
        Blocks.pressed(
            Blocks.button(started.body(), "Good"),
            TEAM,
            "C9",
            "ward-9",
            "U9",
            SLACK.responseUrl("home-good"));
    slack.interaction(pressed);
    String note =
        SLACK
            .await(c -> c.path().equals("/respond/home-good"), 2, Duration.ofSeconds(10))
            .get(1)
            .body();
    slack.interaction(
        Blocks.pressed(
            Blocks.button(note, "No note"),
            TEAM,
            "C9",
            "ward-9",
            "U9",
            SLACK.responseUrl("home-note")));
    SLACK.await(c -> c.path().equals("/respond/home-note"), 2, Duration.ofSeconds(10));
  }

  private static String viewMessage(SlackStub.Call publish) {
    JsonObject message = new JsonObject();
    message.add("view", Blocks.parse(publish.param("view")));
    return message.toString();
  }

  private static String homeOpened(String user, String channel) {
    return "{\"type\":\"app_home_opened\",\"user\":\""
        + user
        + "\",\"channel\":\""
        + channel
        + "\",\"tab\":\"home\",\"event_ts\":\"1700000000.000500\"}";
  }

  private static String homePress(Blocks.Button button, String user) {
    JsonObject payload =
        Blocks.parse(Blocks.pressed(button, TEAM, "unused", "unused", user, "unused"));
    payload.remove("channel");
    payload.remove("response_url");
    JsonObject container = new JsonObject();
    container.addProperty("type", "view");
    container.addProperty("view_id", "V0HOME");
    payload.add("container", container);
    JsonObject view = new JsonObject();
    view.addProperty("id", "V0HOME");
    view.addProperty("type", "home");
    view.addProperty("team_id", TEAM);
    payload.add("view", view);
    return payload.toString();
  }
}

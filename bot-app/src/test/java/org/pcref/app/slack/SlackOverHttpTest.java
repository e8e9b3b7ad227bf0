package org.pcref.app.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pcref.core.message.Address;
import org.pcref.core.message.Delivery;
import org.pcref.core.message.Reply;
import org.pcref.slack.SlackNotifier;
import org.pcref.slack.SlackStub;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The Slack endpoint over real HTTP, in the running application: requests signed as Slack signs
 * them, every call back to Slack going to a local stub.
 */
class SlackOverHttpTest extends RunningSlackApp {

  @Autowired SlackNotifier notifier;

  @Test
  void answersAQuestionAskedBySlashCommandPrivatelyInTheAck() {
    HttpResponse<String> response =
        slack.command(
            TEAM,
            "C1",
            "general",
            "U1",
            "what does good mean for co-production?",
            SLACK.responseUrl("q1"));

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).contains("\"response_type\":\"ephemeral\"", "Co-Production — Good");
  }

  @Test
  void saysHowToReachTheBotOneToOneInSlack() {
    HttpResponse<String> ack =
        slack.command(TEAM, "C1", "general", "U1", "my data", SLACK.responseUrl("ways"));

    assertThat(ack.body())
        .contains("Ask me again in a direct message with me (PCREF Bot, under Apps)");
  }

  @Test
  void givesTheHelpForTheCommandAlone() {
    HttpResponse<String> response =
        slack.command(TEAM, "C1", "general", "U1", "", SLACK.responseUrl("help"));

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).contains("checkin");
  }

  @Test
  void answersAMentionInItsThreadWithoutTheMention() {
    String event =
        "{\"type\":\"app_mention\",\"user\":\"U1\",\"text\":\"<@U0BOT> define co-learning\",\"ts\":\"1700000000.000300\","
            + "\"thread_ts\":\"1700000000.000100\",\"channel\":\"C1\",\"event_ts\":\"1700000000.000300\"}";

    HttpResponse<String> response = slack.event(TEAM, "Ev-mention-1", event, Map.of());

    assertThat(response.statusCode()).isEqualTo(200);
    SlackStub.Call post = SLACK.await("chat.postMessage", 1).get(0);
    assertThat(post.param("channel")).isEqualTo("C1");
    assertThat(post.param("thread_ts")).isEqualTo("1700000000.000100");
    assertThat(post.param("blocks")).contains("Co-Learning is a two-way process");
    assertThat(post.headers().get("authorization")).isEqualTo("Bearer " + BOT_TOKEN);
  }

  @Test
  void waitsOutARateLimitBeforeAnswering() {
    SLACK.then("chat.postMessage", SlackStub.Answer.rateLimited(1));

    slack.event(TEAM, "Ev-dm-429", directMessage("define co-production"), Map.of());

    List<SlackStub.Call> posts = SLACK.await("chat.postMessage", 2);
    assertThat(posts.get(1).param("blocks")).contains("Co-Production");
  }

  @Test
  void sendsANudgeByDirectMessageThroughARateLimit() {
    SLACK.then("chat.postMessage", SlackStub.Answer.rateLimited(1));
    List<Reply> nudge = List.of(new Reply.Text("Ward 7: Workforce is due for review."));

    assertThat(notifier.deliver(Address.directMessage("slack", TEAM, "U42"), nudge))
        .isEqualTo(new Delivery.Failed("rate limited by Slack", java.time.Duration.ofSeconds(1)));
    Delivery delivery =
        notifier.deliver(
            Address.directMessage("slack", TEAM, "U42"), nudge); // the scheduler's next try

    assertThat(delivery).isInstanceOf(Delivery.Sent.class);
    assertThat(SLACK.calls())
        .extracting(SlackStub.Call::method)
        .containsExactly(
            "conversations.open", "chat.postMessage", "conversations.open", "chat.postMessage");
    assertThat(SLACK.calls("conversations.open").get(0).param("users")).isEqualTo("U42");
  }

  @Test
  void answersADirectMessage() {
    HttpResponse<String> response =
        slack.event(TEAM, "Ev-dm-1", directMessage("define intersectionality"), Map.of());

    assertThat(response.statusCode()).isEqualTo(200);
    SlackStub.Call post = SLACK.await("chat.postMessage", 1).get(0);
    assertThat(post.param("channel")).isEqualTo("D1");
    assertThat(post.param("thread_ts")).isNull();
    assertThat(post.param("blocks")).containsIgnoringCase("intersectionality");
  }

  @Test
  void escapesWhatPeopleTypeWhenTheBotRepeatsIt() {
    slack.event(TEAM, "Ev-dm-escape", directMessage("checkin <!channel> & <@U2>"), Map.of());

    SlackStub.Call post = SLACK.await("chat.postMessage", 1).get(0);
    assertThat(post.param("blocks") + post.param("text")).doesNotContain("<!channel>", "<@U2>");
  }

  @Test
  void handlesARetriedOrDuplicatedEventOnce() {
    String message = directMessage("define co-production");
    slack.event(TEAM, "Ev-retried", message, Map.of());
    SLACK.await("chat.postMessage", 1);

    HttpResponse<String> retry =
        slack.event(
            TEAM,
            "Ev-retried",
            message,
            Map.of("X-Slack-Retry-Num", "1", "X-Slack-Retry-Reason", "http_timeout"));
    HttpResponse<String> duplicate = slack.event(TEAM, "Ev-retried", message, Map.of());

    assertThat(retry.statusCode()).isEqualTo(200);
    assertThat(duplicate.statusCode()).isEqualTo(200);
    awaitHandled();
    assertThat(Marker.without(SLACK.calls("chat.postMessage"))).hasSize(1);
  }

  @Test
  void answersSlacksUrlVerificationAndSslCheck() {
    HttpResponse<String> verification =
        slack.post(
            "{\"token\":\"legacy\",\"challenge\":\"3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P\",\"type\":\"url_verification\"}",
            "application/json");
    HttpResponse<String> sslCheck =
        slack.post("ssl_check=1&token=legacy", "application/x-www-form-urlencoded");

    assertThat(verification.statusCode()).isEqualTo(200);
    assertThat(verification.body())
        .contains("3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P");
    assertThat(sslCheck.statusCode()).isEqualTo(200);
  }

  @Test
  void runsAWholeCheckInByButtonsEachPressedMessageUpdatedOnce() {
    HttpResponse<String> started =
        slack.command(TEAM, "C7", "ward-7", "U1", "checkin", SLACK.responseUrl("start"));
    assertThat(started.body()).contains("1 of 3 · Cultural Awareness");

    String next = press(Blocks.button(started.body(), "Good"), "p1", "Good for Cultural Awareness");
    next = press(Blocks.button(next, "No note"), "p2", "2 of 3 · Partnership Working");
    next = press(Blocks.button(next, "Developing"), "p3", "Developing for Partnership Working");
    next = press(Blocks.button(next, "No note"), "p4", "3 of 3 · Workforce");
    next = press(Blocks.button(next, "Outstanding"), "p5", "Outstanding for Workforce");
    String summary = press(Blocks.button(next, "No note"), "p6", "Check-in done — ward-7");

    assertThat(Blocks.parse(summary).get("response_type").getAsString()).isEqualTo("in_channel");
    assertThat(summary)
        .contains(
            "Cultural Awareness: Good (first rating)",
            "Partnership Working: Developing",
            "Workforce: Outstanding");
  }

  @Test
  void aButtonPressedTwiceDoesNotAnswerTwice() {
    HttpResponse<String> started =
        slack.command(TEAM, "C8", "ward-8", "U1", "checkin", SLACK.responseUrl("start"));
    Blocks.Button good = Blocks.button(started.body(), "Good");
    press(good, "twice-1", "Good for Cultural Awareness");

    String again = press(good, "twice-2", "already answered");

    // The check-in is still waiting on the question after the one answered, not a step further.
    assertThat(again).contains("Add an evidence note?").doesNotContain("2 of 3");
  }

  @Test
  void runsACheckInStartedByAMentionInItsThread() {
    String mention =
        "{\"type\":\"app_mention\",\"user\":\"U1\",\"text\":\"<@U0BOT> checkin co-learning\",\"ts\":\"1700000000.000700\","
            + "\"thread_ts\":\"1700000000.000600\",\"channel\":\"C20\",\"event_ts\":\"1700000000.000700\","
            + "\"user_profile\":{\"name\":\"alex\",\"real_name\":\"Alex Smith\",\"display_name\":\"Alex\"}}";
    slack.event(TEAM, "Ev-mention-checkin", mention, Map.of());
    SlackStub.Call question = SLACK.await("chat.postMessage", 1).get(0);
    assertThat(question.param("thread_ts")).isEqualTo("1700000000.000600");
    String blocks = question.param("blocks");
    Blocks.Button good = Blocks.button("{\"blocks\":" + blocks + "}", "Good");

    slack.interaction(
        Blocks.pressedOnMessage(
            good, TEAM, "C20", "U1", SLACK.responseUrl("public"), blocks, "1700000000.000600"));

    String replaced =
        SLACK
            .await(c -> c.path().equals("/respond/public"), 1, Duration.ofSeconds(10))
            .get(0)
            .body();
    assertThat(Blocks.parse(replaced).get("replace_original").getAsBoolean()).isTrue();
    assertThat(replaced).contains("Co-Learning", "alex chose *Good*");
    assertThat(Blocks.buttons(replaced)).isEmpty();
    SlackStub.Call next = SLACK.await("chat.postMessage", 2).get(1);
    assertThat(next.param("channel")).isEqualTo("C20");
    assertThat(next.param("thread_ts")).isEqualTo("1700000000.000600");
    assertThat(next.param("blocks")).contains("Good for Co-Learning");
    slack.event(
        TEAM, "Ev-mention-team", mention.replace("checkin co-learning", "team people"), Map.of());
    assertThat(SLACK.await("chat.postMessage", 3).get(2).param("blocks"))
        .as("the lead, by the name in their profile")
        .contains("Alex");
  }

  /**
   * Presses a button; returns the bot's next message after checking the pressed one lost its
   * buttons.
   */
  private String press(Blocks.Button button, String name, String expected) {
    String url = SLACK.responseUrl(name);
    HttpResponse<String> ack =
        slack.interaction(Blocks.pressed(button, TEAM, channelOf(name), "ward", "U1", url));
    assertThat(ack.statusCode()).isEqualTo(200);
    List<SlackStub.Call> calls =
        SLACK.await(c -> c.path().equals("/respond/" + name), 2, Duration.ofSeconds(10));
    String replaced = calls.get(0).body();
    assertThat(Blocks.parse(replaced).get("replace_original").getAsBoolean()).isTrue();
    assertThat(Blocks.buttons(replaced)).isEmpty();
    assertThat(replaced).contains("alex chose *" + button.label() + "*");
    String reply = calls.get(1).body();
    assertThat(reply).contains(expected);
    return reply;
  }

  private static String channelOf(String pressName) {
    return pressName.startsWith("twice") ? "C8" : "C7";
  }
}

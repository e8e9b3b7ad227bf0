package org.pcref.app.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pcref.slack.SlackStub;

/**
 * A team round in Slack over real HTTP: the announcement goes to the channel and keeps its button
 * for everyone, each member's questions come to them alone, and the result goes to the channel.
 */
class SlackTeamRoundTest extends RunningSlackApp {

  private static final String CHANNEL = "C30";

  @Test
  void shouldAnnounceInTheChannelAskEachMemberPrivatelyAndPostTheResultInTheChannel() {
    slack.command(TEAM, CHANNEL, "ward-30", "U1", "team", SLACK.responseUrl("setup"));
    awaitHandled();
    slack.command(
        TEAM, CHANNEL, "ward-30", "U1", "checkin team co-production", SLACK.responseUrl("start"));
    String announcement = respondedTo("start", 1).get(0).body();
    assertThat(Blocks.parse(announcement).get("response_type").getAsString())
        .isEqualTo("in_channel");
    assertThat(announcement).contains("Team round — ward-30", "Co-Production");
    Blocks.Button takePart = Blocks.button(announcement, "Take part");

    for (String member : List.of("U2", "U3", "U4")) {
      slack.interaction(
          Blocks.pressedOnMessage(
              takePart,
              TEAM,
              CHANNEL,
              member,
              SLACK.responseUrl("join-" + member),
              Blocks.parse(announcement).get("blocks").toString(),
              null));
      String question = respondedTo("join-" + member, 1).get(0).body();
      assertThat(Blocks.parse(question).get("response_type").getAsString())
          .as("the question is for the member alone")
          .isEqualTo("ephemeral");
      assertThat(question).contains("Which level fits your team now?");
      assertThat(question).doesNotContain("replace_original\":true");

      slack.interaction(
          Blocks.pressed(
              Blocks.button(question, "Good"),
              TEAM,
              CHANNEL,
              "ward-30",
              member,
              SLACK.responseUrl("good-" + member)));
      String note = respondedTo("good-" + member, 2).get(1).body();
      assertThat(note).contains("Add an evidence note?", "\"response_type\":\"ephemeral\"");
      slack.interaction(
          Blocks.pressed(
              Blocks.button(note, "No note"),
              TEAM,
              CHANNEL,
              "ward-30",
              member,
              SLACK.responseUrl("done-" + member)));
      assertThat(respondedTo("done-" + member, 2).get(1).body()).contains("Thank you");
    }
    awaitHandled();
    assertThat(SLACK.calls("chat.postMessage"))
        .as("nothing a member answered was posted in the channel")
        .allSatisfy(c -> assertThat(c.param("channel")).isNotEqualTo(CHANNEL));

    slack.command(TEAM, CHANNEL, "ward-30", "U1", "round close", SLACK.responseUrl("close"));
    String result = respondedTo("close", 1).get(0).body();
    assertThat(Blocks.parse(result).get("response_type").getAsString()).isEqualTo("in_channel");
    assertThat(result).contains("Team round result — ward-30", "Good: 3", "Median: Good");
  }

  private static List<SlackStub.Call> respondedTo(String name, int count) {
    return SLACK.await(c -> c.path().equals("/respond/" + name), count, Duration.ofSeconds(10));
  }
}

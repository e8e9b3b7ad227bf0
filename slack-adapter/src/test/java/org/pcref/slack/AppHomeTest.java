package org.pcref.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.slack.api.model.event.AppHomeOpenedEvent;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.pcref.slack.SlackChat.Person;

/** App Home: the person's team at a glance when they open the tab, and its buttons. */
class AppHomeTest {

  private final SlackChat chat = new SlackChat();

  @AfterEach
  void stop() {
    chat.close();
  }

  @Test
  void shouldTellSomeoneWithoutATeamHowToStartOne() {
    Shown home = chat.inDirectMessage("D404", "U404", "kim").opensHome();

    assertThat(home.field("type")).isEqualTo("home");
    home.expect("not in a team yet");
    assertThat(home.buttons())
        .extracting(Shown.Button::label)
        .containsExactly("Start a check-in", "Ask a question");
  }

  @Test
  void shouldShowTheTeamsLevelsOnceTheyHaveCheckedIn() {
    Person inWard = chat.inChannel("C9", "ward-9", "U9", "sam");
    Shown question = inWard.command("checkin co-production");
    Shown note = inWard.presses(question, "Good").next();
    inWard.presses(note, "No note").next().expect("Check-in done");

    Shown home = chat.inDirectMessage("D9", "U9", "sam").opensHome();

    home.expect(
        "ward-9 — PCREF self-assessment",
        "*Co-Production*\n:large_green_circle: *Good*",
        "*Workforce*\n:white_circle: *Not rated yet*",
        "Next check-in due: ");
    assertThat(home.buttons())
        .extracting(Shown.Button::label)
        .containsExactly("Start a check-in", "Ask a question");
  }

  @Test
  void shouldShowEachOfTheirTeamsAsAGridOfTheEightCompetenciesWithinAViewsLimits() {
    Person inWard7 = chat.inChannel("C7", "ward-7", "U9", "sam");
    Shown all = inWard7.command("checkin all");
    String[] levels = {"Good", "Developing", "Outstanding", "Not yet Developing"};
    for (int i = 0; i < 8; i++) {
      Shown note = inWard7.presses(all, levels[i % 4]).next();
      all = inWard7.presses(note, "No note").next();
    }
    Person inWard9 = chat.inChannel("C9", "ward-9", "U9", "sam");
    Shown question = inWard9.command("checkin co-production");
    inWard9.presses(inWard9.presses(question, "Good").next(), "No note");

    Shown home = chat.inDirectMessage("D9", "U9", "sam").opensHome();

    home.expect("ward-7 — PCREF self-assessment", "ward-9 — PCREF self-assessment");
    String grid =
        home.blocks().asList().stream()
            .map(com.google.gson.JsonElement::getAsJsonObject)
            .filter(b -> b.has("fields"))
            .map(b -> b.getAsJsonArray("fields").toString())
            .collect(java.util.stream.Collectors.joining());
    assertThat(grid)
        .contains(":large_green_circle: *Good*", ":large_orange_circle: *Developing*")
        .contains(":star: *Outstanding*", ":red_circle: *Not yet Developing*")
        .contains("Co-Production", "Workforce", "Trauma Informed Care");
    assertThat(home.text().split("Next check-in due: ", -1)).hasSize(3);
    List<String> blocks =
        home.blocks().asList().stream().map(com.google.gson.JsonElement::toString).toList();
    int secondTeam =
        java.util.stream.IntStream.range(0, blocks.size())
            .filter(i -> blocks.get(i).contains("ward-9 — PCREF self-assessment"))
            .findFirst()
            .orElseThrow();
    assertThat(blocks.get(secondTeam - 1))
        .as("a divider between the teams")
        .contains("\"type\":\"divider\"");
    assertThat(home.blocks().get(home.blocks().size() - 1).toString())
        .contains("\"style\":\"primary\"", "Start a check-in");
    BlockKitLimits.checkView(
        SlackPayloads.SLACK_JSON.fromJson(
            home.blocks(),
            new com.google.gson.reflect.TypeToken<
                List<com.slack.api.model.block.LayoutBlock>>() {}.getType()));
  }

  @Test
  void shouldCarryOnInTheDirectMessageWhenAHomeButtonIsPressedAndRefreshTheHome() {
    Person sam = chat.inDirectMessage("D9", "U9", "sam");
    Shown home = sam.opensHome();

    assertThat(sam.pressesOnHome(home, "Ask a question").statusCode()).isEqualTo(200);

    assertThat(chat.slack.await("conversations.open", 1).get(0).param("users")).isEqualTo("U9");
    SlackStub.Call post = chat.slack.await("chat.postMessage", 1).get(0);
    assertThat(post.param("channel")).startsWith("D0DM");
    Shown.posted(post).expect("define co-learning");
    sam.publishedHome(2).expect("Start a check-in");
  }

  @Test
  void shouldPublishNothingWhenTheMessagesTabIsOpened() {
    AppHomeOpenedEvent messagesTab = SlackPayloads.homeOpened("U9", "D9", "messages");

    assertThat(chat.event("Ev-messages-tab", messagesTab, Map.of()).statusCode()).isEqualTo(200);

    assertThat(chat.turnsStarted()).isZero();
    chat.awaitTurns();
    assertThat(chat.slack.calls("views.publish")).isEmpty();
  }
}

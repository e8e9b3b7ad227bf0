package org.pcref.app.msteams;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Conversations in Teams, from a question in personal chat to a check-in in a channel. */
class TeamsConversationTest extends TeamsOverHttp {

  @Test
  void shouldAnswerAQuestionInPersonalChat() {
    List<ConnectorStub.Request> sent =
        send(teams.personal("aad-alex", "Alex", "what does Good mean for co-production?"));

    assertThat(sent).hasSize(1);
    assertThat(sent.get(0).method()).isEqualTo("POST");
    assertThat(sent.get(0).path()).startsWith("/v3/conversations/a:1personal-aad-alex/activities/");
    assertThat(shown(sent)).containsIgnoringCase("Co-Production").containsIgnoringCase("Good");
    assertThat(sent.get(0).body().path("attachments").get(0).path("contentType").asText())
        .isEqualTo("application/vnd.microsoft.card.adaptive");
    assertThat(
            sent.get(0).body().path("attachments").get(0).path("content").path("version").asText())
        .isEqualTo("1.5");
  }

  @Test
  void shouldAnswerAMentionInAChannelWithoutReadingTheMention() {
    List<ConnectorStub.Request> sent =
        send(teams.channelMention("aad-sam", "Sam", "define co-learning"));

    assertThat(sent).hasSize(1);
    assertThat(sent.get(0).path())
        .startsWith("/v3/conversations/" + TeamsActivities.CHANNEL + ";messageid=");
    assertThat(shown(sent)).containsIgnoringCase("Co-Learning").doesNotContain("Sorry, I didn");
  }

  @Test
  void shouldAnswerAMentionInAGroupChat() {
    String chat = "19:meeting_group-chat@thread.v2";
    List<ConnectorStub.Request> sent =
        send(teams.groupChatMention(chat, "aad-sam", "Sam", "which competency mentions the WRES?"));

    assertThat(sent)
        .singleElement()
        .satisfies(
            r -> assertThat(r.path()).startsWith("/v3/conversations/" + chat + "/activities"));
    assertThat(shown(sent)).contains("WRES").doesNotContain("Sorry, I didn");
  }

  @Test
  void shouldRunACheckInThroughCardButtonsAndUpdateEachPressedCard() {
    ObjectNode start = teams.channelMention("aad-alex", "Alex", "checkin");
    List<ConnectorStub.Request> sent = send(start);
    assertThat(shown(sent)).contains("1 of 3 · Cultural Awareness");

    sent = press(start, sent, "Good");
    assertThat(shown(sent)).contains("Good for Cultural Awareness");
    ConnectorStub.Request update =
        sent.stream().filter(r -> r.method().equals("PUT")).findFirst().orElseThrow();
    assertThat(update.shownText()).contains("✔ Good — Alex");
    assertThat(update.buttons()).isEmpty();

    sent = press(start, sent, "No note");
    assertThat(shown(sent)).contains("2 of 3 · Partnership Working");
    sent = press(start, sent, "Developing");
    sent = press(start, sent, "No note");
    assertThat(shown(sent)).contains("3 of 3 · Workforce");
    sent = press(start, sent, "Outstanding");
    sent = press(start, sent, "No note");

    assertThat(shown(sent))
        .contains("Check-in done")
        .contains("Cultural Awareness\nGood · first rating")
        .contains("Partnership Working\nDeveloping · first rating")
        .contains("Workforce\nOutstanding · first rating");
  }

  @Test
  void shouldCountACardPressedTwiceOnce() {
    ObjectNode start = teams.channelMention("aad-kim", "Kim", "checkin co-production");
    List<ConnectorStub.Request> question = send(start);
    JsonNode developing = button(question, "Developing");
    String card = cardId(question, "Developing");

    ObjectNode firstPress = teams.submit(start, developing, card);
    List<ConnectorStub.Request> afterFirst = send(firstPress);
    assertThat(shown(afterFirst)).contains("Developing for Co-Production");

    // Teams delivers the very same activity again: nothing is sent.
    assertThat(send(firstPress)).isEmpty();

    // Someone presses the same (old) button again: the core says it is already answered.
    List<ConnectorStub.Request> again = send(teams.submit(start, developing, card));
    assertThat(shown(again)).contains("already answered").doesNotContain("Check-in done");

    List<ConnectorStub.Request> done = press(start, afterFirst, "No note");
    assertThat(shown(done)).contains("Check-in done").contains("Co-Production\nDeveloping");
    assertThat(shown(send(teams.channelMention("aad-kim", "Kim", "history co-production"))))
        .containsOnlyOnce("Developing");
  }

  @Test
  void shouldAnswerAnExecuteInvokeWithTheUpdatedCard() {
    ObjectNode ask = teams.personal("aad-lee", "Lee", "hello");
    List<ConnectorStub.Request> sent = send(ask);
    JsonNode first = sent.stream().flatMap(r -> r.buttons().stream()).findFirst().orElseThrow();

    HttpResponse<String> response =
        endpoint.post(teams.execute(ask, first, sent.get(sent.size() - 1).answeredId()));

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body())
        .contains("\"type\":\"application/vnd.microsoft.card.adaptive\"")
        .contains("✔");
  }

  @Test
  void shouldWelcomeAPersonOnceWhenTheAppIsInstalled() {
    List<ConnectorStub.Request> sent = send(teams.installedPersonally("aad-new"));
    sent = new java.util.ArrayList<>(sent);
    sent.addAll(send(teams.botAddedPersonally("aad-new")));

    assertThat(posts(sent)).hasSize(1);
    assertThat(shown(sent)).contains("Welcome!").contains("define co-learning");
    assertThat(sent.get(0).buttons())
        .extracting(b -> b.path("title").asText())
        .contains("Start a check-in");
    JsonNode startButton = button(sent, "Start a check-in");
    assertThat(startButton.path("data").path("pcref").path("value").asText()).isEqualTo("checkin");
  }

  @Test
  void shouldWelcomeATeamThatAddsTheBotAndSayHowToMentionIt() {
    List<ConnectorStub.Request> sent = send(teams.botAddedToTeam("aad-owner"));

    assertThat(posts(sent)).hasSize(1);
    assertThat(shown(sent)).contains("Welcome!").contains("mention me");
  }

  @Test
  void shouldIgnoreOtherPeopleJoiningATeam() {
    ObjectNode joined = teams.botAddedToTeam("aad-owner");
    ((ObjectNode) joined.path("membersAdded").get(0)).put("id", "29:1someone-else");

    assertThat(send(joined)).isEmpty();
  }

  @Test
  void shouldRefuseMalformedBodiesWith400() {
    assertThat(endpoint.post("{not json", null).statusCode()).isEqualTo(400);
    assertThat(endpoint.post("", null).statusCode()).isEqualTo(400);
    assertThat(endpoint.post("[1,2]", null).statusCode()).isEqualTo(400);
    assertThat(endpoint.post("{\"type\":\"message\"}", null).statusCode()).isEqualTo(400);
    assertThat(endpoint.post("{\"type\":42,\"from\":[]}", null).statusCode()).isEqualTo(400);
    assertThat(CONNECTOR.requests()).isEmpty();
  }

  @Test
  void shouldNotReplyToAServiceUrlOutsideTheAllowList() {
    ObjectNode elsewhere =
        new TeamsActivities("https://collector.evil.example/")
            .personal("aad-alex", "Alex", "define co-learning");

    assertThat(endpoint.post(elsewhere).statusCode()).isEqualTo(403);
  }

  @Test
  void shouldNotAnswerATenantOutsideTheAllowList() {
    ObjectNode otherTenant =
        teams.inTenant("tenant-three").personal("aad-alex", "Alex", "define co-learning");

    assertThat(endpoint.post(otherTenant).statusCode()).isEqualTo(403);
    assertThat(CONNECTOR.requests()).isEmpty();
  }

  @Test
  void shouldKeepTheSamePersonInTwoTenantsApart() {
    assertThat(shown(send(teams.channelMention("aad-dual", "Dual", "checkin co-production"))))
        .contains("Co-Production");
    List<ConnectorStub.Request> there =
        send(teams.inTenant("tenant-two").channelMention("aad-dual", "Dual", "good"));

    // The same ids in another tenant have no check-in going on: "good" is just a question there.
    assertThat(shown(there)).doesNotContain("Good for Co-Production");
  }

  @Test
  void shouldAnswerTheEmulatorWhoseActivitiesNameNoRole() {
    ObjectNode fromEmulator = teams.personal("aad-dev", "Developer", "define co-learning");
    fromEmulator.put("channelId", "emulator");
    fromEmulator.put("serviceUrl", CONNECTOR.url().replace("127.0.0.1", "localhost"));
    fromEmulator.remove("channelData");
    ((ObjectNode) fromEmulator.path("conversation"))
        .remove(List.of("conversationType", "tenantId"));
    ((ObjectNode) fromEmulator.path("from")).remove("aadObjectId");

    assertThat(shown(send(fromEmulator))).containsIgnoringCase("Co-Learning");
  }

  @Test
  void shouldNeverAnswerOddActivitiesWithAServerError() {
    List<java.util.function.Consumer<ObjectNode>> oddities =
        List.of(
            a -> a.put("channelData", "not an object"),
            a -> a.putObject("channelData").put("tenant", "not an object"),
            a -> a.put("entities", "not a list"),
            a ->
                a.putArray("entities")
                    .addObject()
                    .put("type", "mention")
                    .put("mentioned", "not an account"),
            a -> a.put("value", "not an object"),
            a -> a.putObject("value").put("pcref", "not an object"),
            a -> a.putObject("value").putObject("pcref").put("action", 5),
            a -> a.put("text", 5),
            a -> a.put("type", "somethingNew"),
            a -> a.put("serviceUrl", "not a url"),
            a -> ((ObjectNode) a.path("conversation")).put("id", ""));
    for (var oddity : oddities) {
      ObjectNode activity = teams.personal("aad-odd", "Odd", "define co-learning");
      oddity.accept(activity);

      int status = endpoint.post(activity).statusCode();

      assertThat(status).as(activity.toString()).isLessThan(500);
    }
  }
}

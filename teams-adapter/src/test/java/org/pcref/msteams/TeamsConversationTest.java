package org.pcref.msteams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pcref.msteams.TeamsChat.CHANNEL;
import static org.pcref.msteams.TeamsChat.TENANT;

import com.microsoft.bot.schema.Activity;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.pcref.core.message.Address;
import org.pcref.msteams.TeamsChat.Person;
import org.pcref.msteams.TeamsChat.Turn;

/**
 * Conversations in Teams through the adapter, from a question in personal chat to a check-in in a
 * channel.
 */
class TeamsConversationTest {

  private final TeamsChat teams = new TeamsChat();

  @AfterEach
  void stop() {
    teams.close();
  }

  @Test
  void shouldAnswerAQuestionInPersonalChatAsAnAdaptiveCard() {
    Turn answer = teams.personal("aad-alex", "Alex").says("what does Good mean for co-production?");

    answer.expect("Co-Production — Good");
    assertThat(answer.posts())
        .singleElement()
        .satisfies(
            reply -> {
              assertThat(reply.path())
                  .startsWith("/v3/conversations/a:1personal-aad-alex/activities");
              assertThat(reply.cards())
                  .singleElement()
                  .satisfies(
                      card -> {
                        assertThat(card.path("type").asText()).isEqualTo("AdaptiveCard");
                        assertThat(card.path("version").asText()).isEqualTo("1.5");
                      });
            });
  }

  @Test
  void shouldAnswerAMentionInTheThreadItWasAskedInWithoutReadingTheMention() {
    Turn answer = teams.inChannel("aad-sam", "Sam").says("define co-learning");

    answer.expect("Co-Learning is a two-way process");
    assertThat(answer.shown()).doesNotContain("Sorry, I didn");
    assertThat(answer.posts())
        .singleElement()
        .satisfies(
            reply ->
                assertThat(reply.path())
                    .startsWith("/v3/conversations/" + CHANNEL + ";messageid="));
  }

  @Test
  void shouldTakeTheWholeDescriptorChecklistInOneCardSubmit() {
    Person alex = teams.inChannel("aad-alex", "Alex");
    Turn question = alex.says("checkin co-learning").expect("Co-Learning");
    Turn checklist =
        alex.presses(question, "Check the descriptors")
            .expect("Co-Learning — descriptors", "Developing", "Good", "Outstanding");
    assertThat(checklist.cardWith("Suggest a level").cards().get(0).findParents("valueOn"))
        .hasSize(6);

    Turn suggestion =
        alex.ticks(checklist, "Suggest a level", "1", "2", "3")
            .expect("suggested level Good", "Good: all 2 met", "Still to meet for Outstanding");
    assertThat(suggestion.updates())
        .singleElement()
        .satisfies(pressed -> assertThat(pressed.shown()).contains("✔ Suggest a level — Alex"));

    Turn note = alex.presses(suggestion, "Yes, Good").expect("Good for Co-Learning");
    alex.presses(note, "No note").expect("Check-in done", "Co-Learning", "first rating");
  }

  @Test
  void shouldRunACheckInThroughCardButtonsAndShowWhoAnsweredOnEachPressedCard() {
    Person alex = teams.inChannel("aad-alex", "Alex");
    Turn question = alex.says("checkin").expect("1 of 3 · Cultural Awareness");

    Turn note = alex.presses(question, "Good").expect("Good for Cultural Awareness");
    assertThat(note.updates())
        .singleElement()
        .satisfies(
            pressed -> {
              assertThat(pressed.id()).isEqualTo(question.cardWith("Good").id());
              assertThat(pressed.shown()).contains("✔ Good — Alex");
              assertThat(pressed.buttons()).isEmpty();
            });
    Turn next = alex.presses(note, "No note").expect("2 of 3 · Partnership Working");
    next = alex.presses(next, "Developing").expect("Developing for Partnership Working");
    next = alex.presses(next, "No note").expect("3 of 3 · Workforce");
    next = alex.presses(next, "Outstanding");

    alex.presses(next, "No note")
        .expect(
            "Check-in done",
            "Cultural Awareness\nGood · first rating",
            "Partnership Working\nDeveloping · first rating",
            "Workforce\nOutstanding · first rating");
  }

  @Test
  void shouldCountACardPressedTwiceOnce() {
    Person kim = teams.inChannel("aad-kim", "Kim");
    Turn question = kim.says("checkin co-production");
    Activity press = kim.press(question, "Developing");
    Turn pressed = teams.post(press).expect("Developing for Co-Production");

    Turn deliveredAgain = teams.post(press);
    Turn pressedAgain = kim.presses(question, "Developing");

    assertThat(deliveredAgain.status()).isEqualTo(200);
    assertThat(deliveredAgain.sent()).as("the same activity, delivered again").isEmpty();
    pressedAgain.expect("already answered");
    assertThat(pressedAgain.shown()).doesNotContain("Check-in done");
    kim.presses(pressed, "No note").expect("Check-in done", "Co-Production\nDeveloping");
    assertThat(kim.says("history co-production").shown()).containsOnlyOnce("Developing");
  }

  @Test
  void shouldAnswerAnExecuteInvokeWithThePressedCardInTheInvokeResponse() {
    Person kim = teams.inChannel("aad-kim", "Kim");
    Turn question = kim.says("checkin co-production");

    Turn executed = kim.executes(question, "Good");

    assertThat(executed.status()).isEqualTo(200);
    assertThat(executed.body())
        .contains("\"type\":\"application/vnd.microsoft.card.adaptive\"", "✔ Good — Kim");
    executed.expect("Good for Co-Production");
  }

  @Test
  void shouldWelcomeAPersonOnceWhenTheyInstallTheApp() {
    Person newcomer = teams.personal("aad-new", "New User");

    Turn installed = newcomer.installsTheApp();
    Turn announcedAgain = newcomer.addsTheBot();

    assertThat(installed.posts()).hasSize(1);
    installed.expect("Welcome!", "define co-learning", "type checkin");
    assertThat(announcedAgain.sent()).as("Teams announces one install twice").isEmpty();
    assertThat(
            installed.button("Start a check-in").path("data").path("pcref").path("value").asText())
        .isEqualTo("checkin");
  }

  @Test
  void shouldWelcomeATeamThatAddsTheBotSayHowToMentionItAndStartACheckInFromTheWelcome() {
    Person owner = teams.inChannel("aad-owner", "Owner");

    Turn welcome = owner.addsTheBot().expect("Welcome!", "mention me");

    owner.presses(welcome, "Start a check-in").expect("1 of 3 · Cultural Awareness");
  }

  @Test
  void shouldIgnoreSomeoneElseJoiningTheTeam() {
    Turn joined = teams.inChannel("aad-owner", "Owner").seesSomeoneJoin("29:1someone-else");

    assertThat(joined.status()).isEqualTo(200);
    assertThat(joined.sent()).isEmpty();
  }

  @Test
  void shouldKeepTheSamePersonInTwoTenantsApart() {
    teams.inChannel("aad-dual", "Dual").says("checkin co-production").expect("Co-Production");

    Turn there = teams.inChannelOfTenant(TeamsChat.OTHER_TENANT, "aad-dual", "Dual").says("good");

    // The same ids in another tenant have no check-in going on: "good" is just a question there.
    assertThat(there.shown()).doesNotContain("Good for Co-Production");
  }

  @Test
  void shouldRememberWhereToNudgeAndForgetAChatWhoseAppWasRemoved() {
    Person alex = teams.personal("aad-alex", "Alex");
    alex.says("define co-learning");
    teams.inChannel("aad-sam", "Sam").says("define co-learning");

    assertThat(teams.references.find(Address.directMessage("teams", TENANT, "aad-alex")))
        .isPresent();
    assertThat(teams.references.find(Address.channel("teams", TENANT, CHANNEL)))
        .hasValueSatisfying(
            channel ->
                assertThat(channel.json())
                    .as("the channel, not the thread")
                    .doesNotContain("messageid"));

    alex.uninstallsTheApp();

    assertThat(teams.references.find(Address.directMessage("teams", TENANT, "aad-alex"))).isEmpty();
    assertThat(teams.references.find(Address.channel("teams", TENANT, CHANNEL))).isPresent();
  }
}

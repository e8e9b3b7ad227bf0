package org.pcref.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.slack.api.model.event.MessageBotEvent;
import com.slack.api.model.event.MessageChangedEvent;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.pcref.slack.SlackChat.Person;
import org.pcref.slack.SlackChat.Pressed;

/** Conversations in Slack through the adapter: /pcref, mentions, direct messages and buttons. */
class SlackConversationTest {

  private final SlackChat chat = new SlackChat();

  @AfterEach
  void stop() {
    chat.close();
  }

  @Test
  void shouldAnswerAQuestionAsACardPrivatelyInTheAck() {
    Shown ack =
        chat.inChannel("C1", "general", "U1", "alex")
            .command("what does good mean for co-production?");

    ack.expect("Co-Production — Good");
    assertThat(ack.field("response_type")).isEqualTo("ephemeral");
    assertThat(ack.blocks()).isNotEmpty();
  }

  @Test
  void shouldGiveTheHelpForTheCommandAlone() {
    chat.inChannel("C1", "general", "U1", "alex").command("").expect("checkin");
  }

  @Test
  void shouldAnswerAMentionInItsThreadWithoutReadingTheMention() {
    Shown answer = chat.inChannel("C1", "general", "U1", "alex").says("define co-learning");

    answer.expect("Co-Learning is a two-way process");
    assertThat(answer.field("thread_ts")).isEqualTo("1700000000.000100");
    assertThat(chat.posts().get(0).headers().get("authorization"))
        .isEqualTo("Bearer " + SlackChat.BOT_TOKEN);
  }

  @Test
  void shouldAnswerADirectMessage() {
    Shown answer = chat.inDirectMessage("D1", "U1", "alex").says("define intersectionality");

    assertThat(answer.text()).containsIgnoringCase("intersectionality");
    assertThat(answer.field("thread_ts")).isNull();
  }

  @Test
  void shouldRunACheckInByButtonsEachPressedMessageRewrittenWithWhoChoseWhat() {
    Person alex = chat.inChannel("C7", "ward-7", "U1", "alex");
    Shown question = alex.command("checkin").expect("1 of 3 · Cultural Awareness");

    Pressed good = alex.presses(question, "Good");
    assertThat(good.original().replacesOriginal()).isTrue();
    assertThat(good.original().buttons()).isEmpty();
    good.original().expect("alex chose *Good*");
    Shown next = good.next().expect("Good for Cultural Awareness");
    next = alex.presses(next, "No note").next().expect("2 of 3 · Partnership Working");
    next = alex.presses(next, "Developing").next().expect("Developing for Partnership Working");
    next = alex.presses(next, "No note").next().expect("3 of 3 · Workforce");
    next = alex.presses(next, "Outstanding").next().expect("Outstanding for Workforce");
    Shown summary = alex.presses(next, "No note").next();

    summary.expect(
        "Check-in done — ward-7",
        "Cultural Awareness: Good (first rating)",
        "Partnership Working: Developing",
        "Workforce: Outstanding");
    assertThat(summary.field("response_type"))
        .as("the summary is for the channel")
        .isEqualTo("in_channel");
  }

  @Test
  void shouldTakeAChoiceFromTheOverflowMenuAsItsButtonWouldBe() {
    Person alex = chat.inChannel("C9", "ward-9", "U1", "alex");
    Shown question = alex.command("checkin co-production");
    assertThat(question.visibleButtons())
        .extracting(Shown.Button::label)
        .containsExactly("Not yet Developing", "Developing", "Good", "Outstanding");
    assertThat(question.button("What each level means").inMenu()).isTrue();

    Pressed levels = alex.presses(question, "What each level means");

    levels.original().expect("alex chose *What each level means*");
    assertThat(levels.original().buttons()).isEmpty();
    Shown next = levels.next().expect("Co-Production");
    alex.presses(next, "Good").next().expect("Good for Co-Production");
  }

  @Test
  void shouldTakeTheWholeDescriptorChecklistInOnePress() {
    Person alex = chat.inChannel("C9", "ward-9", "U1", "alex");
    Shown question = alex.command("checkin co-learning").expect("Co-Learning");
    Shown checklist =
        alex.presses(question, "Check the descriptors")
            .next()
            .expect("Co-Learning — descriptors", "*Developing*", "*Good*", "*Outstanding*");
    assertThat(checklist.checkboxes()).containsExactly("1", "2", "3", "4", "5", "6");

    Pressed sent = alex.ticks(checklist, "Suggest a level", "1", "2", "3");

    assertThat(sent.original().buttons()).isEmpty();
    assertThat(sent.original().checkboxes()).isEmpty();
    Shown suggestion =
        sent.next().expect("suggested level Good", "Good: all 2 met", "Outstanding: 0 of 3 met");
    Shown note = alex.presses(suggestion, "Yes, Good").next().expect("Good for Co-Learning");
    alex.presses(note, "No note").next().expect("Check-in done", "Co-Learning", "first rating");
  }

  @Test
  void shouldAnswerAButtonPressedTwiceOnce() {
    Person alex = chat.inChannel("C8", "ward-8", "U1", "alex");
    Shown question = alex.command("checkin");
    alex.presses(question, "Good").next().expect("Good for Cultural Awareness");

    Shown again = alex.presses(question, "Good").next();

    // The check-in is still waiting on the question after the one answered, not a step further.
    again.expect("already answered", "Add an evidence note?");
    assertThat(again.text()).doesNotContain("2 of 3");
  }

  @Test
  void shouldCarryOnACheckInStartedByAMentionInItsThread() {
    Person alex = chat.inChannel("C20", "ward-20", "U1", "alex");
    Shown question = alex.says("checkin co-learning");

    Pressed good = alex.presses(question, "Good");

    good.original().expect("Co-Learning", "alex chose *Good*");
    assertThat(good.original().buttons()).isEmpty();
    assertThat(good.next().field("thread_ts")).isEqualTo("1700000000.000100");
    good.next().expect("Good for Co-Learning");
  }

  @Test
  void shouldHandleARetriedEventOnce() {
    Person alex = chat.inDirectMessage("D1", "U1", "alex");
    var question = alex.message("define co-production");
    chat.event("Ev-retried", question, Map.of());
    chat.posted("D1", 1).expect("Co-Production");

    HttpResponse<String> retry =
        chat.event(
            "Ev-retried",
            question,
            Map.of("X-Slack-Retry-Num", "1", "X-Slack-Retry-Reason", "http_timeout"));

    assertThat(retry.statusCode()).isEqualTo(200);
    chat.awaitTurns();
    assertThat(chat.posts()).hasSize(1);
  }

  @Test
  void shouldLeaveEditsAndBotMessagesUnanswered() {
    MessageChangedEvent edit = new MessageChangedEvent();
    edit.setChannel("D1");
    edit.setChannelType("im");
    edit.setTs("1700000000.000600");
    edit.setEventTs("1700000000.000600");
    MessageBotEvent fromABot = new MessageBotEvent();
    fromABot.setChannel("D1");
    fromABot.setChannelType("im");
    fromABot.setBotId("B0OTHER");
    fromABot.setText("checkin");
    fromABot.setTs("1700000000.000700");
    fromABot.setEventTs("1700000000.000700");
    // Bolt looks the other bot up to know it is not itself, as Slack would answer.
    chat.slack.always(
        "bots.info",
        SlackStub.Answer.ok(
            "{\"ok\":true,\"bot\":{\"id\":\"B0OTHER\",\"user_id\":\"U0OTHER\",\"name\":\"other\"}}"));

    assertThat(chat.event("Ev-edit", edit, Map.of()).statusCode()).isEqualTo(200);
    assertThat(chat.event("Ev-bot", fromABot, Map.of()).statusCode()).isEqualTo(200);

    assertThat(chat.turnsStarted()).isZero();
    chat.awaitTurns();
    assertThat(chat.posts()).isEmpty();
  }
}

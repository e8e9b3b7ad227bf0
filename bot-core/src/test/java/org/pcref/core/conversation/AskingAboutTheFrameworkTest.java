package org.pcref.core.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pcref.core.message.ConversationKey;
import org.pcref.core.message.Inbound;
import org.pcref.core.message.Reply;
import org.pcref.framework.FrameworkLoader;

class AskingAboutTheFrameworkTest {

  private final TestClock clock = TestClock.at("2026-11-26T10:00:00Z");
  private final Chat chat = Chat.withBundledFramework(clock);

  @Test
  void aFollowUpLevelKeepsTheCompetency() {
    chat.user("what does good mean for partnership working")
        .expectReply("Partnership Working — Good", "mutual learning with partnership organisations")
        .user("and outstanding?")
        .expectReply("Partnership Working — Outstanding", "single vision statement");
  }

  @Test
  void aFollowUpCompetencyKeepsTheLevel() {
    chat.user("co-production good").user("what about workforce?").expectReply("Workforce — Good");
  }

  @Test
  void pickingANumberedChoiceAsksItsQuestion() {
    chat.user("define co-learning").expectReply("Co-Learning", "two-way process");
    int good = chat.choiceLabels().indexOf("Good") + 1;
    chat.picks(good)
        .expectReply(
            "Co-Learning — Good", "Service leads attend directorate-level strategic groups");
  }

  @Test
  void aLevelOverviewOffersEveryCompetency() {
    chat.user("what does Good mean?").expectReply("Good across the 8 competencies");
    assertThat(chat.choiceLabels()).hasSize(8).contains("Co-Production", "Intersectionality");
    chat.picks(chat.choiceLabels().indexOf("Co-Production") + 1)
        .expectReply("Co-Production — Good");
  }

  @Test
  void howToImproveWithoutALevelAsksWhereTheTeamIs() {
    chat.user("how do we improve in workforce").expectReply("Where is your team now in Workforce?");
    chat.picks(2)
        .expectReply("Workforce — from Good to Outstanding", "well-established equality network");
  }

  @Test
  void aComparisonWithoutACompetencyAsksWhichOne() {
    chat.user("what's the difference between good and outstanding?")
        .expectReply("Which competency?");
    chat.picks(chat.choiceLabels().indexOf("Co-Learning") + 1)
        .expectReply("Co-Learning — Good and Outstanding");
  }

  @Test
  void followUpsExpireAfterHalfAnHour() {
    chat.user("co-production good");
    clock.advance(Duration.ofMinutes(31));
    chat.user("and outstanding?").expectReply("Outstanding across the 8 competencies");
  }

  @Test
  void twoPeopleInOneChannelHaveTheirOwnFollowUps() {
    Assistant bot =
        new Assistant(FrameworkLoader.bundled(), new InMemoryConversationStore(), clock);
    Chat alex = new Chat(bot, new ConversationKey("test", "t", "ward-7", "alex"));
    Chat sam = new Chat(bot, new ConversationKey("test", "t", "ward-7", "sam"));
    alex.user("workforce good");
    sam.user("intersectionality developing");
    alex.user("and outstanding?").expectReply("Workforce — Outstanding");
    sam.user("and good?").expectReply("Intersectionality — Good");
  }

  @Test
  void aTopicQuestionQuotesEveryPassageAboutItGroupedByCompetency() {
    chat.user("which competency mentions community champions?")
        .expectReply(
            "In 2 competencies: Partnership Working, Co-Learning",
            "Partnership Working — aims",
            "Promote community champions to build trust and allyship.",
            "Partnership Working — Developing",
            "Co-Learning — aims")
        .expectNoReplyContaining("Workforce");
  }

  @Test
  void anUnknownTopicIsSaidPlainly() {
    chat.user("where is quantum chromodynamics mentioned?")
        .expectReply("the framework doesn’t cover “quantum chromodynamics”", "You could ask");
  }

  @Test
  void anythingElseGetsAFriendlyFallbackWithExamples() {
    chat.user("the printer on ward 3 is jammed again").expectReply("Sorry", "You could ask");
    assertThat(chat.choiceLabels()).hasSizeBetween(2, 3);
  }

  @Test
  void anEmptyMessageGetsHelp() {
    chat.user("   ").expectReply("Ask me about");
  }

  @Test
  void aVeryLongMessageIsRefusedClearly() {
    chat.user("co-production ".repeat(10_000)).expectReply("too long", "one question at a time");
  }

  @Test
  void aLongMessageIsMeasuredInTheCharactersAPersonSees() {
    chat.user("\uD83D\uDE00".repeat(10_000)).expectReply("too long for me (10000 characters)");
    chat.user("co-production " + "\uD83D\uDE00".repeat(1_500)).expectNoReplyContaining("too long");
  }

  @Test
  void binaryJunkGetsTheFallbackNotAnError() {
    chat.user("\u0000\u0001\uFFFD\u001b[2J%%%\u00ff").expectReply("Sorry, I didn’t catch that");
  }

  @Test
  void aButtonTheBotDoesNotKnowIsAnsweredKindly() {
    chat.presses("checkin.answer.old", "good").expectReply("no longer active", "Ask me about");
  }

  @Test
  void aFailureInsideTheTurnBecomesOneFriendlyMessage() {
    ConversationStore broken =
        new ConversationStore() {
          @Override
          public java.util.Optional<ConversationState> load(ConversationKey key) {
            throw new IllegalStateException("database is down");
          }

          @Override
          public void save(ConversationKey key, ConversationState state) {}

          @Override
          public List<org.pcref.core.checkin.CheckIn> pausedCheckIns(String teamId) {
            return List.of();
          }
        };
    Assistant bot = new Assistant(FrameworkLoader.bundled(), broken, clock);
    List<Reply> replies =
        bot.handle(Inbound.text(new ConversationKey("t", "t", "c", "u"), "U", "workforce good"));
    assertThat(replies).singleElement().isInstanceOf(Reply.Text.class);
    assertThat(((Reply.Text) replies.get(0)).text())
        .contains("something went wrong")
        .doesNotContain("database");
  }
}

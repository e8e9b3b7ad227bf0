package org.pcref.core.checkin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pcref.core.conversation.Assistant;
import org.pcref.core.conversation.Chat;
import org.pcref.core.conversation.InMemoryConversationStore;
import org.pcref.core.conversation.TestClock;
import org.pcref.core.message.Choice;
import org.pcref.core.message.Reply;
import org.pcref.core.team.InMemoryTeamStore;
import org.pcref.core.team.Rating;
import org.pcref.core.team.TeamLevel;
import org.pcref.framework.FrameworkLoader;

/** Check-ins as a team lives them, in a channel called ward-7. */
class CheckingInTest {

  private final TestClock clock = TestClock.at("2026-11-26T10:00:00Z");
  private final InMemoryTeamStore teams = new InMemoryTeamStore();
  private final InMemoryConversationStore conversations = new InMemoryConversationStore();
  private final Assistant bot = newBot();
  private final Chat alex = Chat.in(bot, "ward-7", "Alex");
  private final Chat sam = Chat.in(bot, "ward-7", "Sam");

  private Assistant newBot() {
    return new Assistant(
        FrameworkLoader.bundled(), conversations, teams, CheckInSettings.DEFAULTS, clock);
  }

  private List<Rating> ratings() {
    String teamId =
        teams
            .findByChannel(new org.pcref.core.team.Workspace("test", "tenant"), "ward-7")
            .orElseThrow()
            .id();
    return teams.ratings(teamId);
  }

  @Test
  void aShortCheckInAsksAboutThreeDueCompetenciesAndSumsUp() {
    alex.says("checkin")
        .expectReply(
            "Check-in for ward-7: 3 competencies", "1 of 3 · Cultural Awareness", "Not rated yet")
        .says("good")
        .expectReply("Good for Cultural Awareness", "evidence note")
        .says("We run a monthly community listening event")
        .expectReply("2 of 3 · Partnership Working")
        .presses("Developing")
        .presses("No note")
        .expectReply("3 of 3 · Workforce")
        .says("outstanding")
        .says("skip")
        .expectReply(
            "Check-in done — ward-7",
            "Cultural Awareness: Good (first rating)",
            "Note: We run a monthly community listening event",
            "Next steps for Cultural Awareness — to reach Outstanding",
            "All staff attend regular coproduced, co-delivered training");
    assertThat(ratings())
        .extracting(Rating::competencyId, Rating::level, Rating::byName)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("cultural-awareness", TeamLevel.GOOD, "Alex"),
            org.assertj.core.groups.Tuple.tuple(
                "partnership-working", TeamLevel.DEVELOPING, "Alex"),
            org.assertj.core.groups.Tuple.tuple("workforce", TeamLevel.OUTSTANDING, "Alex"));
    assertThat(alex.replies()).last().isInstanceOf(Reply.ForChannel.class);
  }

  @Test
  void theNextCheckInTakesTheNextDueCompetenciesThenTheOldest() {
    alex.says("checkin all");
    for (int i = 0; i < 8; i++) {
      alex.says("good").says("no note");
    }
    alex.expectReply("Check-in done");
    clock.advance(Duration.ofDays(30));
    alex.says("checkin").expectReply("All 8 competencies were reviewed in the last 90 days");
    clock.advance(Duration.ofDays(61));
    alex.says("checkin")
        .expectReply("1 of 3 · Cultural Awareness", "Now: Good (Alex, 26 Nov 2026)");
  }

  @Test
  void aCheckInOnOneCompetencyShowsTheCurrentLevelAndTheChange() {
    alex.says("checkin co-production").says("developing").says("skip");
    clock.advance(Duration.ofDays(2));
    sam.says("check in coproduction")
        .expectReply("Co-Production", "Now: Developing (Alex, 26 Nov 2026)")
        .says("good")
        .says("Two QI projects co-produced with carers this quarter")
        .expectReply(
            "Co-Production: Good (up, was Developing)",
            "Next steps for Co-Production — to reach Outstanding");
  }

  @Test
  void theDetailedPathProposesTheHighestLevelWhoseDescriptorsAreAllMet() {
    alex.says("checkin co-learning")
        .presses("Check the descriptors")
        .expectReply(
            "Co-Learning — descriptors",
            "Developing:",
            "1. Services identify gaps in staff",
            "Good:",
            "2. Service leads attend",
            "3. Services acknowledge barriers",
            "Outstanding:",
            "6. ")
        .says("1 2")
        .expectReply(
            "suggested level Developing",
            "Developing: all 1 met",
            "Good: 1 of 2 met",
            "Still to meet for Good",
            "Services acknowledge barriers")
        .presses("Yes, Developing")
        .says("skip")
        .expectReply("Co-Learning: Developing (first rating)");
  }

  @Test
  void theWholeChecklistIsAnsweredWithOnePress() {
    alex.says("checkin co-learning").presses("Check the descriptors");
    alex.ticks("Suggest a level", "1", "2", "3")
        .expectReply("suggested level Good", "Developing: all 1 met", "Good: all 2 met")
        .expectReply("Outstanding: 0 of 3 met", "Still to meet for Outstanding")
        .presses("Yes, Good")
        .presses("No note")
        .expectReply("Co-Learning: Good (first rating)");
    assertThat(ratings()).extracting(Rating::level).containsExactly(TeamLevel.GOOD);
  }

  @Test
  void aChecklistSentWithNothingTickedSuggestsNotYetDeveloping() {
    alex.says("checkin workforce").presses("Check the descriptors");
    alex.ticks("Suggest a level").expectReply("suggested level Not yet Developing");
  }

  @Test
  void theDetailedPathCanBeOverriddenAndStepsBack() {
    alex.says("checkin intersectionality")
        .says("detailed")
        .says("1 3")
        .expectReply("suggested level Not yet Developing", "Developing: 2 of 3 met")
        .says("back")
        .expectReply("Intersectionality — descriptors")
        .says("all")
        .expectReply("suggested level Outstanding")
        .says("back")
        .says("1 2 3 4 5")
        .expectReply("suggested level Good")
        .says("outstanding")
        .expectReply("Outstanding for Intersectionality")
        .says("no")
        .expectReply("Intersectionality: Outstanding");
  }

  @Test
  void aDescriptorNumberThatIsNotThereIsRejectedClearly() {
    alex.says("checkin workforce")
        .says("detailed")
        .says("7")
        .expectReply("There is no descriptor 7 here", "1 to 6");
  }

  @Test
  void backReturnsToThePreviousQuestionAndKeepsEarlierAnswers() {
    alex.says("checkin")
        .says("good")
        .expectReply("evidence note")
        .says("back")
        .expectReply("1 of 3 · Cultural Awareness")
        .says("outstanding")
        .says("no note")
        .expectReply("2 of 3 · Partnership Working")
        .says("back")
        .expectReply("1 of 3 · Cultural Awareness")
        .says("back")
        .expectReply("This is the first question");
  }

  @Test
  void skipMovesOnWithoutRecording() {
    alex.says("checkin workforce").says("skip").expectReply("Workforce: skipped");
    assertThat(ratings()).isEmpty();
  }

  @Test
  void pauseKeepsThePlaceAndCheckinOffersToCarryOn() {
    alex.says("checkin")
        .says("good")
        .says("no note")
        .says("pause")
        .expectReply("Paused after 1 of 3");
    alex.says("what does good mean for workforce?").expectReply("Workforce — Good");
    alex.says("checkin")
        .expectReply("paused check-in: 1 of 3 done (Partnership Working next)")
        .presses("Carry on")
        .expectReply("2 of 3 · Partnership Working");
  }

  @Test
  void aPausedCheckInCanBeReplacedByANewOne() {
    alex.says("checkin workforce")
        .says("pause")
        .says("checkin")
        .presses("Start a new one")
        .expectReply("1 of 3 · Cultural Awareness");
  }

  @Test
  void cancelEndsTheCheckInAndSaysWhatWasKept() {
    alex.says("checkin")
        .says("good")
        .says("no note")
        .says("cancel")
        .expectReply("Check-in cancelled.", "The 1 level already given stay");
    alex.says("good").expectReply("Good across the 8 competencies");
    assertThat(ratings()).hasSize(1);
  }

  @Test
  void aQuestionMidCheckInIsAnsweredWithoutLosingThePlace() {
    alex.says("checkin co-production")
        .says("what does good mean here?")
        .expectReply(
            "Co-Production — Good",
            "co-producing quality improvement projects",
            "Which level fits your team now?")
        .says("which competency mentions the WRES?")
        .expectReply("Workforce — Developing", "Co-Production")
        .presses("What each level means")
        .expectReply("Co-Production — all levels", "Which level fits your team now?")
        .says("good")
        .expectReply("Good for Co-Production");
  }

  @Test
  void helpAtTheNoteIsNotTakenAsTheNote() {
    alex.says("checkin workforce")
        .says("good")
        .says("help")
        .expectReply("Ask me about", "Add an evidence note?")
        .says("Staff network meets monthly")
        .expectReply("Note: Staff network meets monthly");
  }

  @Test
  void anAnswerThatDoesNotFitIsAskedAgain() {
    alex.says("checkin co-production")
        .says("blue")
        .expectReply("Sorry, I didn’t understand that", "choose the level", "Which level fits");
  }

  @Test
  void aButtonFromAnEarlierQuestionCannotAnswerTwice() {
    alex.says("checkin");
    Choice good = alex.button("Good");
    alex.press(good).says("no note").expectReply("2 of 3 · Partnership Working");
    alex.press(good).expectReply("already answered", "2 of 3 · Partnership Working");
    assertThat(ratings()).hasSize(1);
  }

  @Test
  void aCheckInLeftForAWeekExpires() {
    alex.says("checkin").says("good").says("no note");
    clock.advance(Duration.ofDays(7).plusMinutes(1));
    alex.says("good")
        .expectReply(
            "expired after 7 days",
            "The level you gave was kept",
            "Good across the 8 competencies");
    alex.says("checkin").expectReply("1 of 3 · Partnership Working");
  }

  @Test
  void twoMembersCheckingInAtOnceBothKeepTheirRatings() {
    alex.says("checkin co-production");
    sam.says("checkin co-production");
    alex.says("good");
    sam.says("developing");
    alex.says("Alex's evidence");
    clock.advance(Duration.ofSeconds(5));
    sam.says("Sam's evidence");
    assertThat(ratings())
        .extracting(Rating::byName, Rating::level)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Alex", TeamLevel.GOOD),
            org.assertj.core.groups.Tuple.tuple("Sam", TeamLevel.DEVELOPING));
    alex.says("team").expectReply("Co-Production: Developing — Sam");
    alex.says("history co-production")
        .expectReply("Developing — Sam", "Sam's evidence", "Good — Alex", "Alex's evidence");
  }

  @Test
  void aRestartMidCheckInContinuesAtTheSameQuestion() {
    alex.says("checkin").says("good").says("Monthly listening event").says("developing");
    Chat afterRestart = Chat.in(newBot(), "ward-7", "Alex");
    afterRestart
        .says("no note")
        .expectReply("3 of 3 · Workforce")
        .says("good")
        .says("skip")
        .expectReply(
            "Cultural Awareness: Good",
            "Monthly listening event",
            "Partnership Working: Developing",
            "Workforce: Good");
  }
}

package org.pcref.core.round;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pcref.core.checkin.CheckInSettings;
import org.pcref.core.conversation.Assistant;
import org.pcref.core.conversation.Chat;
import org.pcref.core.conversation.InMemoryConversationStore;
import org.pcref.core.conversation.TestClock;
import org.pcref.core.message.Choice;
import org.pcref.core.message.Reply;
import org.pcref.core.reminder.InMemoryNudgeStore;
import org.pcref.core.team.InMemoryTeamStore;
import org.pcref.core.team.Rating;
import org.pcref.core.team.TeamLevel;
import org.pcref.core.team.Workspace;
import org.pcref.framework.FrameworkLoader;

/** A team round in the ward-7 channel: Alex leads; Sam, Jo and Kim are in the team. */
class TeamRoundTest {

  /** A Thursday morning in London. */
  private final TestClock clock = TestClock.at("2026-11-26T10:00:00Z");

  private final InMemoryTeamStore teams = new InMemoryTeamStore();
  private final InMemoryRoundStore rounds = new InMemoryRoundStore();
  private final InMemoryConversationStore conversations = new InMemoryConversationStore();
  private final Assistant bot = newBot();
  private final Chat alex = Chat.in(bot, "ward-7", "Alex");
  private final Chat sam = Chat.in(bot, "ward-7", "Sam");
  private final Chat jo = Chat.in(bot, "ward-7", "Jo");
  private final Chat kim = Chat.in(bot, "ward-7", "Kim");

  private Assistant newBot() {
    return new Assistant(
        FrameworkLoader.bundled(),
        conversations,
        teams,
        new InMemoryNudgeStore(List::of),
        rounds,
        CheckInSettings.DEFAULTS,
        RoundSettings.DEFAULTS,
        clock);
  }

  /** Alex starts a round on Co-Production; the others are added to the team first. */
  private Choice startRound(String options) {
    alex.says("checkin team co-production " + options)
        .expectReply("Team round — ward-7", "Alex asks everyone", "Co-Production");
    assertThat(alex.replies()).last().isInstanceOf(Reply.ForChannel.class);
    return alex.button("Take part");
  }

  private void addTheTeam() {
    alex.says("checkin").says("cancel");
    alex.says("team add sam").says("team add jo").says("team add kim");
  }

  private static void answers(Chat who, Choice takePart, String level) {
    who.press(takePart).expectReply("Co-Production", "Which level fits your team now?");
    who.presses(level).expectReply("Add an evidence note?").presses("No note");
  }

  private List<RoundAnswer> answers() {
    return rounds.answers(rounds.rounds(teamId()).get(0).id());
  }

  private String teamId() {
    return teams.findByChannel(new Workspace("test", "tenant"), "ward-7").orElseThrow().id();
  }

  @Test
  void shouldGatherFourPrivateAnswersCloseWhenEveryoneHasAnsweredAndLetTheLeadConfirm() {
    addTheTeam();
    Choice takePart = startRound("");
    answers(sam, takePart, "Good");
    sam.expectReply("Thank you: your answers are in", "Tue 1 Dec, 23:59");
    answers(jo, takePart, "Developing");
    answers(kim, takePart, "Good");
    kim.expectNoReplyContaining("Team round result");
    answers(alex, takePart, "Outstanding");
    alex.expectReply(
        "Team round result — ward-7",
        "Closed when everyone had answered",
        "Developing: 1",
        "Good: 2",
        "Outstanding: 1",
        "Median: Good",
        "Views differ");
    assertThat(alex.replies()).last().isInstanceOf(Reply.ForChannel.class);

    alex.presses("Confirm the team’s level")
        .expectReply("Co-Production: 4 answers, 1 Developing, 2 Good, 1 Outstanding. Median: Good.")
        .presses("Good (median)")
        .expectReply("Add a note for the record?")
        .says("We agreed to invite service users to the next planning day")
        .expectReply("Co-Production is now Good for ward-7", "Team round confirmed — ward-7");
    Rating confirmed = teams.ratings(teamId()).get(teams.ratings(teamId()).size() - 1);
    assertThat(confirmed.level()).isEqualTo(TeamLevel.GOOD);
    assertThat(confirmed.byName()).isEqualTo("Alex");
    assertThat(confirmed.note())
        .isEqualTo(
            "Confirmed by Alex after a team round: 4 answers, 1 Developing, 2 Good, 1 Outstanding."
                + " We agreed to invite service users to the next planning day");
    assertThat(confirmed.isFromRound()).isTrue();
    sam.says("history co-production").expectReply("Good — Alex", "(team round)", "4 answers");
  }

  @Test
  void shouldCountOnlyAPersonsLastAnswer() {
    addTheTeam();
    Choice takePart = startRound("");
    answers(sam, takePart, "Good");
    sam.press(takePart)
        .expectReply("Your answers so far: Co-Production Good", "last answer counts");
    sam.presses("Outstanding").says("We co-designed the new leaflet with carers");
    assertThat(answers())
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.level()).isEqualTo(TeamLevel.OUTSTANDING);
              assertThat(a.note()).isEqualTo("We co-designed the new leaflet with carers");
            });
  }

  @Test
  void shouldIgnoreADoublePress() {
    addTheTeam();
    Choice takePart = startRound("");
    sam.press(takePart);
    Choice good = sam.button("Good");
    sam.press(good).expectReply("Add an evidence note?");
    Choice noNote = sam.button("No note");
    sam.press(good).expectReply("already answered");
    sam.press(noNote).expectReply("Thank you");
    sam.press(noNote).expectReply("That check-in has ended");
    assertThat(answers()).hasSize(1);
  }

  @Test
  void shouldLetALeadCloseEarlyAndRefuseAnswersAfterwards() {
    addTheTeam();
    Choice takePart = startRound("");
    answers(sam, takePart, "Good");
    jo.press(takePart);
    sam.says("round close").expectReply("Only a lead of ward-7 can close a team round");
    alex.says("round close").expectReply("Closed by a lead", "1 answer: too few to show");
    jo.presses("Good")
        .expectReply("That round closed on 26 Nov 2026, so this answer was not counted");
    kim.press(takePart).expectReply("That round closed");
    assertThat(answers()).hasSize(1);
  }

  @Test
  void shouldCloseWhenItsTimeIsUpCountingWorkingDaysOnly() {
    addTheTeam();
    Choice takePart = startRound("for 2 days");
    alex.expectReply("Open until Mon 30 Nov, 23:59");
    answers(sam, takePart, "Good");
    clock.advance(Duration.ofDays(4).plusHours(13).plusMinutes(58)); // Monday 23:58
    jo.press(takePart).expectReply("Co-Production");
    clock.advance(Duration.ofMinutes(2));
    jo.presses("Good").expectReply("so this answer was not counted", "Closed when its time was up");
    jo.says("round").expectReply("Team round result", "Closed when its time was up");
    assertThat(answers()).hasSize(1);
  }

  @Test
  void shouldHideTheSpreadBelowThreeAnswers() {
    addTheTeam();
    Choice takePart = startRound("");
    answers(sam, takePart, "Good");
    answers(jo, takePart, "Outstanding");
    alex.says("round close")
        .expectReply("2 answers: too few to show how views spread (at least 3 needed)")
        .expectNoReplyContaining("Outstanding: 1")
        .expectNoReplyContaining("Median");
  }

  @Test
  void shouldFlagViewsTwoLevelsApartAndShowNotesWithoutNames() {
    addTheTeam();
    Choice takePart = startRound("");
    sam.press(takePart).presses("Developing").says("Only one project so far");
    answers(jo, takePart, "Developing");
    kim.press(takePart).presses("Outstanding").says("Carers co-chair our group");
    alex.says("round close")
        .expectReply(
            "Co-Production ⚑ views differ", "Median: Developing", "Only one project so far")
        .expectNoReplyContaining("Sam:");
  }

  @Test
  void shouldShowNamesWithNotesWhenTheRoundNamesThem() {
    addTheTeam();
    Choice takePart = startRound("with names");
    alex.expectReply("with names (as the lead asked)");
    sam.press(takePart).expectReply("the team will see who said what");
    sam.presses("Good").says("Our leaflet was co-designed");
    answers(jo, takePart, "Good");
    answers(kim, takePart, "Good");
    alex.says("round close")
        .expectReply("Good: 3 (Sam, Jo, Kim)", "Sam: Our leaflet was co-designed")
        .expectNoReplyContaining("views differ");
  }

  @Test
  void shouldListTheDescriptorsPeopleSawDifferently() {
    addTheTeam();
    Choice takePart = startRound("");
    checks(sam, takePart, "1");
    checks(jo, takePart, "2");
    checks(kim, takePart, "1");
    // Co-Production's checklist: 1 is Developing's only descriptor, 2 and 3 are Good's.
    alex.says("round close")
        .expectReply(
            "Descriptors you saw differently:",
            "Good 1: Services are co-producing quality improvement projects",
            "(2 of 3 said met)",
            "Good 2: Services have identified and involved less visible",
            "(1 of 3 said met)")
        .expectNoReplyContaining("Developing 1:");
  }

  /** All of Developing's descriptors met (its only one), and Good's {@code good}th. */
  private static void checks(Chat who, Choice takePart, String good) {
    who.press(takePart)
        .presses("Check the descriptors")
        .says("1 " + (1 + Integer.parseInt(good)))
        .expectReply("suggested level Developing")
        .presses("Yes, Developing")
        .presses("No note")
        .expectReply("Thank you");
  }

  @Test
  void shouldLetOnlyLeadsStartAndConfirm() {
    addTheTeam();
    sam.says("checkin team").expectReply("Only a lead of ward-7 can start a team round");
    Choice takePart = startRound("");
    answers(sam, takePart, "Good");
    alex.says("round close");
    Choice confirm = alex.button("Confirm the team’s level");
    sam.press(confirm).expectReply("Only a lead of ward-7 can confirm the team’s level");
    sam.says("round confirm").expectReply("Only a lead of ward-7 can confirm");
    alex.press(confirm);
    Choice good = alex.button("Good");
    sam.press(good).expectReply("Only a lead of ward-7 can confirm");
    assertThat(teams.ratings(teamId())).isEmpty();
  }

  @Test
  void shouldKeepOneOpenRoundPerTeam() {
    addTheTeam();
    startRound("");
    alex.says("checkin team all")
        .expectReply(
            "There’s already a round open for ward-7",
            "Co-Production",
            "0 of 4 people have answered");
  }

  @Test
  void shouldRefusePeopleOutsideTheTeamAndWelcomeNewcomersToTheChannel() {
    addTheTeam();
    Choice takePart = startRound("");
    Chat pat = Chat.in(bot, "ward-9", "Pat");
    pat.press(takePart).expectReply("This round is for ward-7, and you’re not in that team");
    Chat.direct(bot, "Lee").press(takePart).expectReply("you’re not in that team");
    Chat newcomer = Chat.in(bot, "ward-7", "Ria");
    answers(newcomer, takePart, "Good");
    assertThat(answers()).extracting(RoundAnswer::personName).containsExactly("Ria");
  }

  @Test
  void shouldLoseNothingWhenTheBotRestartsBetweenTwoAnswers() {
    addTheTeam();
    Choice takePart = startRound("");
    sam.press(takePart).presses("Good");
    Assistant restarted = newBot();
    Chat.in(restarted, "ward-7", "Sam").says("no note").expectReply("Thank you");
    Chat joAgain = Chat.in(restarted, "ward-7", "Jo");
    answers(joAgain, takePart, "Developing");
    assertThat(answers()).extracting(RoundAnswer::personName).containsExactly("Sam", "Jo");
  }

  @Test
  void shouldLetAMemberPauseAndCarryOn() {
    addTheTeam();
    Choice takePart = startRound("");
    sam.press(takePart).says("pause").expectReply("Paused. Type round take part");
    sam.says("what does good mean for co-production?").expectNoReplyContaining("Thank you");
    sam.says("round take part")
        .expectReply("Carrying on")
        .presses("Good")
        .presses("No note")
        .expectReply("Thank you");
    assertThat(answers()).hasSize(1);
  }

  @Test
  void shouldShowRoundsInTheTeamAndExportTheirSpreadsWithoutNames() {
    addTheTeam();
    Choice takePart = startRound("");
    answers(sam, takePart, "Good");
    jo.says("team")
        .expectReply(
            "Co-Production: not rated yet", "Team round open until Tue 1 Dec, 23:59", "1 of 4");
    answers(jo, takePart, "Good");
    answers(kim, takePart, "Outstanding");
    alex.says("round close").presses("Confirm the team’s level").presses("Good (median)");
    alex.presses("No note");
    sam.says("team")
        .expectReply("Co-Production: Good — Alex", "Last team round", "3 answers, confirmed Good");

    alex.says("export rounds csv");
    Reply.File csv = (Reply.File) alex.replies().get(0);
    assertThat(csv.name()).isEqualTo("pcref-ward-7-rounds.csv");
    assertThat(csv.content())
        .contains(",Alex,", ",lead_closed,Co-Production,3,0,0,2,1,Good,no,Good,Alex")
        .doesNotContain("Sam", "Jo", "Kim");
    alex.says("export rounds json");
    assertThat(((Reply.File) alex.replies().get(0)).content())
        .contains("\"Good\" : 2", "\"median\" : \"Good\"", "\"confirmed\" : \"Good\"");
  }

  @Test
  void shouldStartARoundFromANudgesButton() {
    addTheTeam();
    alex.presses("nudge.round", teamId())
        .expectReply("Team round — ward-7", "Cultural Awareness", "Take part");
    sam.presses("nudge.round", teamId())
        .expectReply("Only a lead of ward-7 can start a team round");
  }
}

package org.pcref.core.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pcref.core.checkin.CheckInSettings;
import org.pcref.core.conversation.Assistant;
import org.pcref.core.conversation.Chat;
import org.pcref.core.conversation.InMemoryConversationStore;
import org.pcref.core.conversation.TestClock;
import org.pcref.core.message.Delivery;
import org.pcref.core.reminder.NudgeStore.TeamToPlan;
import org.pcref.core.team.InMemoryTeamStore;
import org.pcref.framework.Framework;
import org.pcref.framework.FrameworkLoader;

/**
 * A sweep looks only at the teams whose next nudge has come due: each team's next planning time is
 * kept, and moved whenever what the plan depends on changes. Ward 7 checks in on Thursday 26
 * November 2026 and is nudged every 4 weeks, on Mondays at 09:00 London.
 */
class PlanningNudgesTest {

  private static final ZoneId LONDON = ZoneId.of("Europe/London");
  private static final Framework PCREF = FrameworkLoader.bundled();

  private final TestClock clock = TestClock.at("2026-11-26T10:00:00Z");
  private final InMemoryTeamStore teams = new InMemoryTeamStore();
  private final InMemoryNudgeStore nudges = new InMemoryNudgeStore(teams::teamIds);
  private final InMemoryConversationStore conversations = new InMemoryConversationStore();
  private final Assistant bot =
      new Assistant(PCREF, conversations, teams, nudges, CheckInSettings.DEFAULTS, clock);
  private final RecordingNotifier test = new RecordingNotifier("test");
  private final Reminders reminders =
      new Reminders(
          PCREF, teams, conversations, nudges, List.of(test), new RecordingNotifier("log"), clock);
  private final Chat alex = Chat.in(bot, "ward-7", "Alex");

  private static Instant london(String localDateTime) {
    return ZonedDateTime.of(LocalDateTime.parse(localDateTime), LONDON).toInstant();
  }

  private void at(String localDateTime) {
    clock.advance(Duration.between(clock.instant(), london(localDateTime)));
  }

  private void checkInAllGood() {
    alex.says("checkin all");
    for (int i = 0; i < 8; i++) {
      alex.says("good").says("no note");
    }
  }

  private List<String> dueForPlanning(String localDateTime) {
    return nudges.teamsToPlan(london(localDateTime)).stream().map(TeamToPlan::teamId).toList();
  }

  @Test
  void shouldLookAtATeamAgainOnlyWhenItsNextNudgeHasComeDue() {
    checkInAllGood();
    assertThat(dueForPlanning("2026-11-26T10:00")).as("a team not planned yet").hasSize(1);

    reminders.sweep();

    assertThat(dueForPlanning("2026-12-28T08:59")).isEmpty();
    assertThat(dueForPlanning("2026-12-28T09:00")).hasSize(1);
    at("2026-12-28T09:00");
    reminders.sweep();
    assertThat(test.sent).hasSize(1);
    assertThat(dueForPlanning("2027-01-25T08:59")).as("the nudge after, four weeks on").isEmpty();
    assertThat(dueForPlanning("2027-01-25T09:00")).hasSize(1);
  }

  @Test
  void shouldPlanATeamAgainAtOnceWhenALeadChangesItsSettings() {
    checkInAllGood();
    reminders.sweep();
    assertThat(dueForPlanning("2026-12-07T09:00")).as("every 4 weeks: the 28th").isEmpty();

    alex.says("remind weekly").expectReply("Saved.");

    assertThat(dueForPlanning("2026-11-26T10:00")).hasSize(1);
    at("2026-12-07T09:00");
    reminders.sweep();
    assertThat(test.sent).hasSize(1);
  }

  @Test
  void aCheckInAfterTheNudgeWasPlannedMovesTheNudgeOn() {
    checkInAllGood();
    at("2026-12-21T12:00");
    reminders.sweep();
    at("2026-12-24T10:00");
    checkInAllGood();

    at("2026-12-28T09:00");
    reminders.sweep();

    assertThat(test.sent).as("the check-in on the 24th moved the nudge on").isEmpty();
    alex.says("remind").expectReply("Next check-in nudge: Mon 25 Jan 2027, 09:00");
    at("2027-01-25T09:00");
    reminders.sweep();
    assertThat(test.sent).hasSize(1);
  }

  @Test
  void aTeamWhoseNudgesAreStoppedIsNotLookedAtUntilTheyStartAgain() {
    checkInAllGood();
    alex.says("remind stop");
    reminders.sweep();

    assertThat(dueForPlanning("2030-01-01T09:00")).isEmpty();

    alex.says("remind start");
    assertThat(dueForPlanning("2026-11-26T10:00")).hasSize(1);
  }

  @Test
  void aNudgeHeldBackByTheQuietHoursIsPlannedForTheirEnd() {
    checkInAllGood();
    at("2027-01-02T23:00"); // a Saturday night, with the nudge of Monday 28 December missed

    reminders.sweep();

    assertThat(test.sent).isEmpty();
    assertThat(dueForPlanning("2027-01-04T07:59")).isEmpty();
    assertThat(dueForPlanning("2027-01-04T08:00")).hasSize(1);
  }

  @Test
  void aDigestIsPlannedForItsOwnSlot() {
    checkInAllGood();
    alex.says("remind digest weekly on friday at 16:00");
    reminders.sweep();

    assertThat(dueForPlanning("2026-11-27T15:59")).isEmpty();
    assertThat(dueForPlanning("2026-11-27T16:00")).hasSize(1);
  }

  @Test
  void aRetryItsSchedulerLostIsTriedWhenTheTeamIsPlannedAgain() {
    checkInAllGood();
    test.thenAnswer(new Delivery.Failed("HTTP 503", Duration.ZERO));
    at("2026-12-28T09:00");
    reminders.sweep();
    Reminders restarted =
        new Reminders(
            PCREF,
            teams,
            conversations,
            nudges,
            List.of(test),
            new RecordingNotifier("log"),
            clock);

    restarted.planAllAgain();
    at("2026-12-28T09:01");

    assertThat(restarted.sweep()).containsEntry(Reminders.Outcome.SENT, 1);
    assertThat(test.sent).hasSize(1);
  }

  @Test
  void aStartPlansEveryTeamAgainOnlyWhenTheFrameworkOrTheRulesChanged() {
    checkInAllGood();
    reminders.planAllAgainIfTheBasisChanged();
    reminders.sweep();

    reminders.planAllAgainIfTheBasisChanged();
    assertThat(dueForPlanning("2026-11-26T10:00")).as("the same framework and rules").isEmpty();

    nudges.planningBasis("plans made on another framework");
    reminders.planAllAgainIfTheBasisChanged();
    assertThat(dueForPlanning("2026-11-26T10:00")).hasSize(1);
  }

  @Test
  void planningEveryTeamAgainMakesEachDueAtOnce() {
    checkInAllGood();
    reminders.sweep();

    reminders.planAllAgain();

    assertThat(dueForPlanning("2026-11-26T10:00")).hasSize(1);
  }
}

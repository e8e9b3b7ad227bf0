package org.pcref.core.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pcref.core.checkin.CheckInSettings;
import org.pcref.core.conversation.Assistant;
import org.pcref.core.conversation.Chat;
import org.pcref.core.conversation.InMemoryConversationStore;
import org.pcref.core.conversation.TestClock;
import org.pcref.core.message.Delivery;
import org.pcref.core.team.InMemoryTeamStore;
import org.pcref.framework.Framework;
import org.pcref.framework.FrameworkLoader;

/** Nudges as a lead receives them, with the clock moved by hand. Ward 7 starts on a Thursday. */
class NudgingLeadsTest {

  private static final ZoneId LONDON = ZoneId.of("Europe/London");
  private static final Framework PCREF = FrameworkLoader.bundled();

  private final TestClock clock = TestClock.at("2026-11-26T10:00:00Z");
  private final InMemoryTeamStore teams = new InMemoryTeamStore();
  private final InMemoryNudgeStore nudges = new InMemoryNudgeStore(teams::teamIds);
  private final InMemoryConversationStore conversations = new InMemoryConversationStore();
  private final Assistant bot =
      new Assistant(PCREF, conversations, teams, nudges, CheckInSettings.DEFAULTS, clock);
  private final RecordingNotifier test = new RecordingNotifier("test");
  private final RecordingNotifier log = new RecordingNotifier("log");
  private final Reminders reminders =
      new Reminders(PCREF, teams, conversations, nudges, List.of(test), log, clock);
  private final Chat alex = Chat.in(bot, "ward-7", "Alex");

  private void at(String localDateTime) {
    Instant target =
        ZonedDateTime.of(java.time.LocalDateTime.parse(localDateTime), LONDON).toInstant();
    clock.advance(Duration.between(clock.instant(), target));
  }

  private void checkInAllGood() {
    alex.says("checkin all");
    for (int i = 0; i < 8; i++) {
      alex.says("good").says("no note");
    }
  }

  @Test
  void aCheckInIsDueOnTheTeamsDayAndTimeOnceTheCadenceHasPassed() {
    checkInAllGood();
    at("2026-12-21T08:59");
    reminders.sweep();
    assertThat(test.sent).isEmpty();
    at("2026-12-28T09:00");
    reminders.sweep();
    assertThat(test.sent)
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.to().isDirect()).isTrue();
              assertThat(s.to().user()).isEqualTo("alex");
              assertThat(s.text())
                  .contains(
                      "Check-in due — ward-7",
                      "Last check-in: Thu 26 Nov 2026",
                      "every 4 weeks",
                      "Start the check-in",
                      "Snooze a week",
                      "Start a team round");
            });
  }

  @Test
  void aNudgeIsDeliveredOnceHoweverOftenTheSchedulerSweeps() {
    checkInAllGood();
    at("2026-12-28T09:00");
    reminders.sweep();
    reminders.sweep();
    at("2026-12-28T09:05");
    reminders.sweep();
    Reminders secondInstance =
        new Reminders(PCREF, teams, conversations, nudges, List.of(test), log, clock);
    secondInstance.sweep();
    assertThat(test.sent).hasSize(1);
  }

  @Test
  void afterLongDowntimeOnlyTheLatestMissedNudgeIsSent() {
    checkInAllGood();
    alex.says("remind weekly").expectReply("Saved.", "Check-in nudges weekly, on Mondays at 09:00");
    at("2027-03-01T12:00");
    reminders.sweep();
    assertThat(test.sent).hasSize(1);
    assertThat(nudges.recent(teamId(), 10))
        .singleElement()
        .satisfies(
            r ->
                assertThat(r.delivery().nudge().dueAt())
                    .isEqualTo(ZonedDateTime.of(2027, 3, 1, 9, 0, 0, 0, LONDON).toInstant()));
  }

  @Test
  void nineOClockStaysNineOClockAcrossTheMarchAndOctoberClockChanges() {
    checkInAllGood();
    alex.says("remind weekly stale after 365 days");
    for (String monday : List.of("2027-03-22", "2027-03-29", "2027-10-25", "2027-11-01")) {
      at(java.time.LocalDate.parse(monday).minusDays(3) + "T12:00");
      reminders.sweep(); // the latest missed nudge, if any, goes out first
      at(monday + "T08:59");
      int before = test.sent.size();
      reminders.sweep();
      assertThat(test.sent).as("nothing before 09:00 on " + monday).hasSize(before);
      at(monday + "T09:00");
      reminders.sweep();
      assertThat(test.sent).as("one nudge at 09:00 on " + monday).hasSize(before + 1);
    }
    assertThat(nudges.recent(teamId(), 10).stream().map(r -> r.delivery().nudge().dueAt()).toList())
        .contains(
            Instant.parse("2027-03-22T09:00:00Z"),
            Instant.parse("2027-03-29T08:00:00Z"),
            Instant.parse("2027-10-25T08:00:00Z"),
            Instant.parse("2027-11-01T09:00:00Z"));
  }

  @Test
  void aTeamThatChecksInOnMondayIsNudgedTheNextMondayWhenWeekly() {
    checkInAllGood();
    alex.says("remind weekly");
    at("2026-11-30T12:00");
    checkInAllGood();
    at("2026-12-07T09:00");
    reminders.sweep();
    assertThat(test.sent).hasSize(1);
  }

  @Test
  void aNudgeMissedDuringDowntimeWaitsForTheWorkingDayNotTheMiddleOfTheNight() {
    checkInAllGood();
    at("2027-01-03T02:00"); // a Sunday night, after the bot was down since before 28 December
    reminders.sweep();
    assertThat(test.sent).isEmpty();
    at("2027-01-04T07:59");
    reminders.sweep();
    assertThat(test.sent).isEmpty();
    at("2027-01-04T08:00");
    reminders.sweep();
    reminders.sweep();
    assertThat(test.sent).hasSize(1);
  }

  @Test
  void aTeamThatChoseAnEarlyWeekendSlotStillGetsIt() {
    checkInAllGood();
    alex.says("remind on saturday at 07:30");
    at("2026-12-26T07:30");
    reminders.sweep();
    assertThat(test.sent).hasSize(1);
  }

  @Test
  void competenciesNotReviewedForNinetyDaysAreNamed() {
    alex.says("checkin workforce").says("good").says("no note");
    alex.says("remind quarterly");
    at("2027-03-01T09:00");
    reminders.sweep();
    assertThat(test.sent)
        .singleElement()
        .satisfies(
            s ->
                assertThat(s.text())
                    .contains(
                        "Not reviewed for 90 days",
                        "Workforce (last reviewed Thu 26 Nov 2026)",
                        "Co-Production (never rated)"));
  }

  @Test
  void snoozeAndStopHoldNudgesBack() {
    checkInAllGood();
    at("2026-12-28T08:00");
    alex.says("remind snooze").expectReply("Snoozed until Mon 4 Jan 2027, 09:00");
    at("2026-12-28T09:00");
    reminders.sweep();
    assertThat(test.sent).isEmpty();
    at("2027-01-04T09:00");
    reminders.sweep();
    assertThat(test.sent).hasSize(1);
    alex.says("remind stop").expectReply("Nudges are stopped");
    at("2027-03-01T09:00");
    reminders.sweep();
    assertThat(test.sent).hasSize(1);
  }

  @Test
  void aNudgesButtonsStartTheCheckInOrSnoozeFromADirectMessage() {
    checkInAllGood();
    at("2026-12-28T09:00");
    reminders.sweep();
    Chat alexDirect = Chat.direct(bot, "Alex");
    alexDirect
        .press(
            test.sent.get(0).replies().get(0) instanceof org.pcref.core.message.Reply.Card card
                ? card.choices().get(0)
                : null)
        .expectReply(
            "Check-in for ward-7: 3 competencies",
            "1 of 3 · Cultural Awareness",
            "Now: Good (Alex, 26 Nov 2026)");
    alexDirect.says("pause");
    alexDirect
        .press(
            ((org.pcref.core.message.Reply.Card) test.sent.get(0).replies().get(0))
                .choices()
                .get(1))
        .expectReply("Snoozed until");
  }

  @Test
  void aFailedDeliveryIsRetriedWithBackoffThenReportedToTheLead() {
    checkInAllGood();
    test.thenAnswer(
        new Delivery.Failed("rate limited (429)", Duration.ofSeconds(30)),
        new Delivery.Failed("HTTP 503", Duration.ZERO));
    at("2026-12-28T09:00");
    assertThat(reminders.sweep()).containsEntry(Reminders.Outcome.WILL_RETRY, 1);
    alex.says("remind").expectReply("Last delivery problem: rate limited (429) (trying again)");
    clock.advance(Duration.ofSeconds(61));
    assertThat(reminders.sweep()).containsEntry(Reminders.Outcome.WILL_RETRY, 1);
    clock.advance(Duration.ofMinutes(3));
    assertThat(reminders.sweep()).isEmpty();
    clock.advance(Duration.ofMinutes(2));
    assertThat(reminders.sweep()).isEqualTo(Map.of(Reminders.Outcome.SENT, 1));
    assertThat(test.sent).hasSize(1);
  }

  @Test
  void aDeliveryThatKeepsFailingIsGivenUpAndShownInRemind() {
    checkInAllGood();
    test.thenAnswer(
        new Delivery.Failed("HTTP 500", Duration.ZERO),
        new Delivery.Failed("HTTP 500", Duration.ZERO),
        new Delivery.Failed("HTTP 500", Duration.ZERO),
        new Delivery.Failed("HTTP 500", Duration.ZERO),
        new Delivery.Failed("HTTP 500", Duration.ZERO));
    at("2026-12-28T09:00");
    for (int i = 0; i < 6; i++) {
      reminders.sweep();
      clock.advance(Duration.ofHours(2));
    }
    assertThat(test.sent).isEmpty();
    alex.says("remind").expectReply("Last delivery problem: HTTP 500 (gave up after 5 tries)");
  }

  @Test
  void aBotRemovedFromTheConversationIsNotRetried() {
    checkInAllGood();
    test.thenAnswer(new Delivery.Unreachable("bot removed from the conversation (403)"));
    at("2026-12-28T09:00");
    assertThat(reminders.sweep()).isEqualTo(Map.of(Reminders.Outcome.GAVE_UP, 1));
    clock.advance(Duration.ofHours(3));
    assertThat(reminders.sweep()).isEmpty();
  }

  @Test
  void aWeeklyDigestSaysWhatChangedAndWhoCheckedIn() {
    alex.says("checkin workforce").says("good").says("no note");
    alex.says("remind digest weekly on friday at 16:00").expectReply("Digest: weekly");
    at("2026-11-27T10:00");
    Chat.in(bot, "ward-7", "Sam").says("checkin co-production").says("outstanding").says("no note");
    Chat.in(bot, "ward-7", "Jo").says("checkin").says("good").says("no note").says("pause");
    at("2026-11-27T16:00");
    reminders.sweep();
    assertThat(test.sent)
        .singleElement()
        .satisfies(
            s ->
                assertThat(s.text())
                    .contains(
                        "Digest — ward-7",
                        "Co-Production: Outstanding — Sam, Fri 27 Nov 2026",
                        "Checked in",
                        "Sam",
                        "Check-ins left paused",
                        "Jo’s, 1 of 3 done, since Fri 27 Nov 2026"));
  }

  @Test
  void nudgesCanGoToTheTeamsChannel() {
    checkInAllGood();
    alex.says("remind to channel");
    at("2026-12-28T09:00");
    reminders.sweep();
    assertThat(test.sent)
        .singleElement()
        .satisfies(s -> assertThat(s.to().channel()).isEqualTo("ward-7"));
  }

  @Test
  void onlyLeadsChangeNudgesAndBadInputGetsAnExample() {
    checkInAllGood();
    Chat sam = Chat.in(bot, "ward-7", "Sam");
    sam.says("remind")
        .expectReply("Nudges — ward-7", "Next check-in nudge: Mon 28 Dec 2026, 09:00");
    sam.says("remind weekly").expectReply("Only a lead of ward-7 can change its nudges");
    alex.says("remind every blue moon").expectReply("Try: remind every 2 weeks on Monday at 09:00");
    alex.says("remind at 25:00").expectReply("is not a time");
    alex.says("remind timezone Mars/Olympus").expectReply("is not a time zone I know");
    alex.says("remind every 2 weeks on tuesday at 2pm timezone europe/paris")
        .expectReply("Check-in nudges fortnightly, on Tuesdays at 14:00 (Europe/Paris)");
  }

  @Test
  void everyMondayIsWeeklyOnMondaysHoweverItIsSaid() {
    checkInAllGood();
    alex.says("remind every 2 weeks on tuesday");
    alex.says("remind every monday").expectReply("Check-in nudges weekly, on Mondays");
    alex.says("remind me every thursday at 2pm").expectReply("weekly, on Thursdays at 14:00");
    alex.says("remind every other friday").expectReply("fortnightly, on Fridays");
  }

  @Test
  void teamsOnAPlatformWithoutANotifierAreNudgedThroughTheFallback() {
    Chat terminalUser =
        new Chat(
            bot, new org.pcref.core.message.ConversationKey("terminal", "local", "ward-9", "jo"));
    terminalUser.says("checkin workforce").says("good").says("no note");
    at("2026-12-28T09:00");
    reminders.sweep();
    assertThat(log.sent)
        .singleElement()
        .satisfies(s -> assertThat(s.to().platform()).isEqualTo("terminal"));
  }

  private String teamId() {
    return teams.teamIds().get(0);
  }
}

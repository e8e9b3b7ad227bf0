package org.pcref.app.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pcref.core.checkin.CheckIn;
import org.pcref.core.checkin.CheckedLevel;
import org.pcref.core.checkin.CompetencyAnswer;
import org.pcref.core.checkin.Step;
import org.pcref.core.conversation.ConversationState;
import org.pcref.core.conversation.ConversationStore;
import org.pcref.core.message.Choice;
import org.pcref.core.message.ConversationKey;
import org.pcref.core.message.Reply;
import org.pcref.core.qa.QaContext;
import org.pcref.core.team.TeamLevel;

/**
 * What every {@link ConversationStore} must do: run against each database, and against the core's
 * in-memory store, so that the store the core's tests use behaves as the real ones do.
 */
abstract class ConversationStoreContract {

  static final ConversationKey KEY = new ConversationKey("slack", "T001", "C1", "U1");
  static final Instant NOW = Instant.parse("2026-06-10T14:03:07.250001Z");

  ConversationStore store;

  /** A store holding no conversations, for one test. */
  abstract ConversationStore emptyStore();

  /**
   * Another store on the same data, as a second instance of the bot has: on a database, a store of
   * its own on the same table; in memory, the same store.
   */
  abstract ConversationStore anotherInstance();

  @BeforeEach
  void openStore() {
    store = emptyStore();
  }

  @Test
  void loadsNothingForAConversationNeverSaved() {
    assertThat(store.load(KEY)).isEmpty();
  }

  @Test
  void loadsAFreshStateAsSaved() {
    ConversationState state = ConversationState.fresh(NOW);

    store.save(KEY, state);

    assertThat(store.load(KEY)).contains(state);
  }

  @Test
  void loadsACheckInMidWayWithItsCheckedLevelsAndAnswers() {
    CheckIn checkIn =
        new CheckIn(
            "check-in-1",
            "team-1",
            "U1",
            NOW.minusSeconds(600),
            NOW.minusSeconds(5),
            List.of("co-production", "co-learning", "partnership-working"),
            1,
            Step.CONFIRM,
            TeamLevel.GOOD,
            List.of(
                new CheckedLevel(org.pcref.framework.Level.DEVELOPING, List.of(1, 2, 3), 3),
                new CheckedLevel(org.pcref.framework.Level.GOOD, List.of(2), 4)),
            List.of(
                new CompetencyAnswer(
                    "co-production",
                    TeamLevel.DEVELOPING,
                    "We co-chair the forum — “mostly”.",
                    TeamLevel.NOT_YET_DEVELOPING)),
            false,
            7);
    ConversationState state =
        new ConversationState(
            new QaContext(
                "co-learning", org.pcref.framework.Level.OUTSTANDING, QaContext.Subject.LEVEL),
            checkIn,
            "team-1",
            NOW);

    store.save(KEY, state);

    ConversationState loaded = store.load(KEY).orElseThrow();
    assertThat(loaded).isEqualTo(state);
    assertThat(loaded.checkIn().competencyId()).isEqualTo("co-learning");
  }

  @Test
  void loadsACheckInWithASkippedAnswerAndNothingChosen() {
    CheckIn checkIn =
        new CheckIn(
            "check-in-2",
            "team-1",
            "U1",
            NOW,
            NOW,
            List.of("co-production", "co-learning"),
            1,
            Step.CHOOSE_LEVEL,
            null,
            List.of(),
            List.of(new CompetencyAnswer("co-production", null, "", null)),
            true,
            2);
    ConversationState state = ConversationState.fresh(NOW).withCheckIn(checkIn, NOW);

    store.save(KEY, state);

    assertThat(store.load(KEY)).contains(state);
  }

  @Test
  void findsATeamsPausedCheckInsInEveryConversationAndNoOthers() {
    store.save(new ConversationKey("slack", "T001", "C1", "U1"), withCheckIn("a", "team-1", true));
    store.save(new ConversationKey("slack", "T001", "C2", "U2"), withCheckIn("b", "team-1", true));
    store.save(new ConversationKey("slack", "T001", "C1", "U3"), withCheckIn("c", "team-1", false));
    store.save(new ConversationKey("slack", "T001", "C9", "U4"), withCheckIn("d", "team-10", true));
    store.save(new ConversationKey("slack", "T001", "C9", "U5"), ConversationState.fresh(NOW));

    assertThat(store.pausedCheckIns("team-1"))
        .extracting(CheckIn::id)
        .containsExactlyInAnyOrder("a", "b");
    assertThat(store.pausedCheckIns("team-10")).extracting(CheckIn::id).containsExactly("d");
    assertThat(store.pausedCheckIns("team-2")).isEmpty();
  }

  private static ConversationState withCheckIn(String id, String teamId, boolean paused) {
    CheckIn checkIn =
        new CheckIn(
            id,
            teamId,
            "U1",
            NOW,
            NOW,
            List.of("co-production", "co-learning"),
            1,
            Step.CHOOSE_LEVEL,
            null,
            List.of(),
            List.of(new CompetencyAnswer("co-production", null, "", null)),
            paused,
            2);
    return ConversationState.fresh(NOW).withCheckIn(checkIn, NOW);
  }

  @Test
  void overwritesTheStateOnEverySave() {
    store.save(KEY, ConversationState.fresh(NOW));
    ConversationState later =
        ConversationState.fresh(NOW)
            .withQa(
                new QaContext("co-production", null, QaContext.Subject.DEFINITION),
                NOW.plusSeconds(30))
            .withTeam("team-2", NOW.plusSeconds(31));

    store.save(KEY, later);

    assertThat(store.load(KEY)).contains(later);
  }

  @Test
  void keepsTheOptionsTheLastTurnNumbered() {
    ConversationState state =
        ConversationState.fresh(NOW)
            .withOffered(
                List.of(
                    Choice.ask("Good", "what does good mean for co-learning"),
                    new Choice("Skip", "checkin", "c1/0/LEVEL/skip")),
                NOW);

    store.save(KEY, state);

    assertThat(store.load(KEY)).contains(state);
    assertThat(anotherInstance().load(KEY)).contains(state);
  }

  @Test
  void keepsEachPersonAndChannelApart() {
    ConversationKey otherUser = new ConversationKey("slack", "T001", "C1", "U2");
    ConversationKey otherChannel = new ConversationKey("slack", "T001", "D7", "U1");
    ConversationKey otherPlatform = new ConversationKey("teams", "T001", "C1", "U1");
    ConversationState mine = ConversationState.fresh(NOW).withTeam("team-1", NOW);
    ConversationState theirs = ConversationState.fresh(NOW).withTeam("team-2", NOW);

    store.save(KEY, mine);
    store.save(otherUser, theirs);

    assertThat(store.load(KEY)).contains(mine);
    assertThat(store.load(otherUser)).contains(theirs);
    assertThat(store.load(otherChannel)).isEmpty();
    assertThat(store.load(otherPlatform)).isEmpty();
  }

  @Test
  void keepsOneStateWhenTwoInstancesSaveANewConversationAtOnce() throws Exception {
    ConversationStore elsewhere = anotherInstance();
    ExecutorService threads = Executors.newFixedThreadPool(2);
    try {
      for (int round = 0; round < 5; round++) {
        ConversationKey key = new ConversationKey("slack", "T001", "C-race-" + round, "U1");
        ConversationState mine = ConversationState.fresh(NOW).withTeam("mine", NOW);
        ConversationState theirs = ConversationState.fresh(NOW).withTeam("theirs", NOW);
        CountDownLatch start = new CountDownLatch(1);
        Future<?> a =
            threads.submit(
                () -> {
                  start.await();
                  store.save(key, mine);
                  return null;
                });
        Future<?> b =
            threads.submit(
                () -> {
                  start.await();
                  elsewhere.save(key, theirs);
                  return null;
                });
        start.countDown();
        a.get(30, TimeUnit.SECONDS);
        b.get(30, TimeUnit.SECONDS);

        assertThat(store.load(key).orElseThrow()).isIn(mine, theirs);
        assertThat(elsewhere.load(key).orElseThrow()).isIn(mine, theirs);
      }
    } finally {
      threads.shutdownNow();
    }
  }

  /** A check-in's summary, as the core gives it: for the channel, with a button. */
  static final List<Reply> SUMMARY =
      List.of(
          new Reply.ForChannel(
              new Reply.Summary(
                  "Check-in done — ward-7",
                  "By Alex, 10 Jun 2026",
                  List.of(
                      new Reply.Change(
                          "Co-Production",
                          null,
                          new Reply.Badge("Good", org.pcref.core.message.Tone.GOOD),
                          Reply.Trend.FIRST,
                          "মাসিক ফোরাম \"=1+1\"\n\u202eعربي"),
                      new Reply.Change(
                          "Workforce",
                          new Reply.Badge("Good", org.pcref.core.message.Tone.GOOD),
                          new Reply.Badge("Developing", org.pcref.core.message.Tone.WARNING),
                          Reply.Trend.DOWN,
                          ""),
                      new Reply.Change("Co-Learning", null, null, Reply.Trend.SKIPPED, "")),
                  List.of(
                      Reply.Section.of(
                          "Next steps for Co-Production — to reach Outstanding",
                          List.of("Services co-produce"))),
                  List.of(Choice.ask("Team assessment", "team")))),
          new Reply.ForChannel(new Reply.Text("and one more")));

  @Test
  void keepsWhatIsOwedToTheChannelExactly() {
    ConversationState owing = ConversationState.fresh(NOW).withOwed(SUMMARY, NOW);

    store.save(KEY, owing);

    assertThat(store.load(KEY)).contains(owing);
    assertThat(anotherInstance().load(KEY)).contains(owing);
  }

  @Test
  void findsTheConversationsThatOweTheirChannelOnceQuiet() {
    ConversationKey quiet = new ConversationKey("slack", "T001", "C2", "U2");
    ConversationKey busy = new ConversationKey("slack", "T001", "C3", "U3");
    store.save(KEY, ConversationState.fresh(NOW.minusSeconds(600)));
    store.save(quiet, ConversationState.fresh(NOW).withOwed(SUMMARY, NOW.minusSeconds(300)));
    store.save(busy, ConversationState.fresh(NOW).withOwed(SUMMARY, NOW));

    assertThat(store.owing(NOW.minusSeconds(120), 100))
        .extracting(ConversationStore.Owing::key)
        .containsExactly(quiet);
    assertThat(store.owing(NOW.minusSeconds(120), 100).get(0).state().owed()).isEqualTo(SUMMARY);
  }

  @Test
  void settlesADebtOnceWhicheverInstanceTriesFirst() {
    ConversationState read = ConversationState.fresh(NOW).withOwed(SUMMARY, NOW);
    store.save(KEY, read);
    ConversationState settled = read.withOwed(List.of(), NOW.plusMillis(1));
    ConversationStore other = anotherInstance();

    assertThat(store.settle(KEY, read, settled)).isTrue();
    assertThat(other.settle(KEY, read, settled)).isFalse();

    assertThat(store.load(KEY)).contains(settled);
    assertThat(other.owing(NOW.plusSeconds(600), 100)).isEmpty();
  }

  @Test
  void neverSettlesOverATurnSavedSinceTheDebtWasRead() {
    ConversationState read = ConversationState.fresh(NOW).withOwed(SUMMARY, NOW);
    store.save(KEY, read);
    ConversationState nextTurn = read.withOwed(List.of(), NOW.plusSeconds(30));
    store.save(KEY, nextTurn);

    assertThat(store.settle(KEY, read, read.withOwed(List.of(), NOW.plusMillis(1)))).isFalse();
    assertThat(store.load(KEY)).contains(nextTurn);
  }
}

package org.pcref.app.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pcref.core.checkin.CheckedLevel;
import org.pcref.core.round.Confirmation;
import org.pcref.core.round.Round;
import org.pcref.core.round.RoundAnswer;
import org.pcref.core.round.RoundStore;
import org.pcref.core.team.TeamLevel;
import org.pcref.framework.Level;

/**
 * What every {@link RoundStore} must do, on each database and on the core's in-memory store: one
 * open round per team, one answer per person per competency, a round closed and reminded once,
 * however many instances ask at the same moment.
 */
abstract class RoundStoreContract {

  static final Instant OPENED = Instant.parse("2026-11-26T10:00:00.123Z");
  static final Instant CLOSES = Instant.parse("2026-12-01T10:00:00.123Z");

  RoundStore store;
  private ExecutorService threads;

  abstract RoundStore emptyStore();

  /** Another store on the same data, as a second instance of the bot has. */
  abstract RoundStore anotherInstance();

  @BeforeEach
  void openStore() {
    store = emptyStore();
    threads = Executors.newFixedThreadPool(8);
  }

  @AfterEach
  void stopThreads() {
    threads.shutdownNow();
  }

  static Round round(String id, String teamId) {
    return new Round(
        id,
        teamId,
        List.of("co-production", "workforce"),
        "U1",
        "Alex",
        OPENED,
        CLOSES,
        false,
        "C1",
        null,
        null,
        null);
  }

  static RoundAnswer answer(String roundId, String person, String competency, TeamLevel level) {
    return new RoundAnswer(
        roundId, person, person + " name", competency, level, "", List.of(), OPENED);
  }

  @Test
  void shouldKeepARoundAsOpened() {
    Round round = round("r1", "t1");
    assertThat(store.open(round)).isEqualTo(round);
    assertThat(store.find("r1")).contains(round);
    assertThat(store.openRound("t1")).contains(round);
    assertThat(store.find("r2")).isEmpty();
  }

  @Test
  void shouldKeepOneOpenRoundPerTeam() {
    Round first = round("r1", "t1");
    store.open(first);
    assertThat(anotherInstance().open(round("r2", "t1"))).isEqualTo(first);
    assertThat(store.open(round("r3", "t2")).id()).isEqualTo("r3");
    assertThat(store.openRounds()).extracting(Round::id).containsExactlyInAnyOrder("r1", "r3");
    assertThat(store.find("r2")).isEmpty();
  }

  @Test
  void shouldOpenANewRoundOnceTheLastHasClosed() {
    store.open(round("r1", "t1"));
    store.close("r1", CLOSES, Round.Closing.LEAD_CLOSED);
    assertThat(store.open(round("r2", "t1")).id()).isEqualTo("r2");
    assertThat(store.openRound("t1")).map(Round::id).contains("r2");
    assertThat(store.rounds("t1")).extracting(Round::id).containsExactlyInAnyOrder("r1", "r2");
  }

  @Test
  void shouldCloseARoundOnceSayingWhenAndWhy() {
    store.open(round("r1", "t1"));
    Instant at = Instant.parse("2026-11-27T15:30:00Z");
    assertThat(store.close("r1", at, Round.Closing.EVERYONE_ANSWERED))
        .hasValueSatisfying(
            r -> {
              assertThat(r.closedAt()).isEqualTo(at);
              assertThat(r.closing()).isEqualTo(Round.Closing.EVERYONE_ANSWERED);
            });
    assertThat(anotherInstance().close("r1", at, Round.Closing.TIME_UP)).isEmpty();
    assertThat(store.openRound("t1")).isEmpty();
    assertThat(store.openRounds()).isEmpty();
    assertThat(store.find("r1").orElseThrow().isOpen()).isFalse();
  }

  @Test
  void shouldPostAClosedRoundsResultOnce() {
    store.open(round("r1", "t1"));
    store.open(round("r2", "t2"));
    assertThat(store.markResultPosted("r1", OPENED)).as("still open").isFalse();
    assertThat(store.closedUnposted()).isEmpty();
    store.close("r1", CLOSES, Round.Closing.EVERYONE_ANSWERED);
    assertThat(store.closedUnposted()).extracting(Round::id).containsExactly("r1");
    assertThat(store.markResultPosted("r1", CLOSES)).isTrue();
    assertThat(anotherInstance().markResultPosted("r1", CLOSES)).isFalse();
    assertThat(store.closedUnposted()).isEmpty();
  }

  @Test
  void shouldRemindOnce() {
    store.open(round("r1", "t1"));
    assertThat(store.markReminded("r1", OPENED)).isTrue();
    assertThat(anotherInstance().markReminded("r1", CLOSES)).isFalse();
    assertThat(store.find("r1").orElseThrow().remindedAt()).isEqualTo(OPENED);
  }

  @Test
  void shouldKeepOnlyAPersonsLastAnswerInTheOrderFirstGiven() {
    store.open(round("r1", "t1"));
    store.answer(answer("r1", "sam", "co-production", TeamLevel.GOOD));
    store.answer(answer("r1", "jo", "co-production", null));
    CheckedLevel developing = new CheckedLevel(Level.DEVELOPING, List.of(1), 1);
    CheckedLevel good = new CheckedLevel(Level.GOOD, List.of(2), 2);
    RoundAnswer changed =
        new RoundAnswer(
            "r1",
            "sam",
            "Sam",
            "co-production",
            TeamLevel.DEVELOPING,
            "Only one project so far",
            List.of(developing, good),
            CLOSES);
    anotherInstance().answer(changed);
    assertThat(store.answers("r1"))
        .containsExactly(changed, answer("r1", "jo", "co-production", null));
    assertThat(store.answers("r1", "sam")).containsExactly(changed);
    assertThat(store.countAnswers("r1")).isEqualTo(2);
    assertThat(store.countAnswers("r2")).isZero();
  }

  @Test
  void shouldReplaceAConfirmation() {
    store.open(round("r1", "t1"));
    Confirmation first =
        new Confirmation("r1", "workforce", TeamLevel.GOOD, "", "U1", "Alex", OPENED);
    Confirmation second =
        new Confirmation(
            "r1", "workforce", TeamLevel.OUTSTANDING, "On reflection", "U1", "Alex", CLOSES);
    store.confirm(first);
    store.confirm(second);
    assertThat(anotherInstance().confirmations("r1")).containsExactly(second);
  }

  @Test
  void shouldOpenOneRoundWhenTwoInstancesOpenAtOnce() throws Exception {
    List<Callable<Round>> opening = new ArrayList<>();
    CountDownLatch ready = new CountDownLatch(4);
    for (int i = 0; i < 4; i++) {
      RoundStore instance = i % 2 == 0 ? store : anotherInstance();
      Round mine = round("r" + i, "t1");
      opening.add(
          () -> {
            ready.countDown();
            ready.await(10, TimeUnit.SECONDS);
            return instance.open(mine);
          });
    }
    List<String> opened = new ArrayList<>();
    for (Future<Round> f : threads.invokeAll(opening)) {
      opened.add(f.get().id());
    }
    assertThat(opened).containsOnly(opened.get(0));
    assertThat(store.openRounds()).hasSize(1);
  }

  @Test
  void shouldCountEachPersonOnceWhenAnswersArriveOnTwoInstancesAtOnce() throws Exception {
    store.open(round("r1", "t1"));
    List<Callable<Void>> answering = new ArrayList<>();
    CountDownLatch ready = new CountDownLatch(8);
    for (int i = 0; i < 8; i++) {
      RoundStore instance = i % 2 == 0 ? store : anotherInstance();
      String person = "p" + (i % 4);
      TeamLevel level = i < 4 ? TeamLevel.GOOD : TeamLevel.OUTSTANDING;
      answering.add(
          () -> {
            ready.countDown();
            ready.await(10, TimeUnit.SECONDS);
            instance.answer(answer("r1", person, "co-production", level));
            return null;
          });
    }
    for (Future<Void> f : threads.invokeAll(answering)) {
      f.get();
    }
    assertThat(store.answers("r1"))
        .extracting(RoundAnswer::personId)
        .containsExactlyInAnyOrder("p0", "p1", "p2", "p3");
  }

  @Test
  void shouldListATeamsRoundsNewestFirst() {
    store.open(round("r1", "t1"));
    store.close("r1", OPENED, Round.Closing.LEAD_CLOSED);
    Round later =
        new Round(
            "r2",
            "t1",
            List.of("workforce"),
            "U2",
            "Sam",
            CLOSES,
            CLOSES.plusSeconds(86_400),
            true,
            "",
            null,
            null,
            null);
    store.open(later);
    assertThat(store.rounds("t1")).extracting(Round::id).containsExactly("r2", "r1");
    assertThat(store.rounds("t1").get(0)).isEqualTo(later);
    assertThat(store.rounds("t2")).isEmpty();
  }
}

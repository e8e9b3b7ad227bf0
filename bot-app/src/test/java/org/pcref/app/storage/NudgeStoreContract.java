package org.pcref.app.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pcref.core.message.Address;
import org.pcref.core.reminder.Cadence;
import org.pcref.core.reminder.DeliveryRecord;
import org.pcref.core.reminder.DeliveryRecord.Status;
import org.pcref.core.reminder.Nudge;
import org.pcref.core.reminder.NudgeDelivery;
import org.pcref.core.reminder.NudgeSettings;
import org.pcref.core.reminder.NudgeStore;
import org.pcref.core.reminder.NudgeStore.Planned;
import org.pcref.core.reminder.NudgeStore.TeamToPlan;
import org.pcref.core.team.Person;
import org.pcref.core.team.Role;
import org.pcref.core.team.Team;
import org.pcref.core.team.Workspace;

/**
 * What every {@link NudgeStore} must do, the database ones and the core's in-memory one the core's
 * tests use alike.
 */
abstract class NudgeStoreContract {

  static final Instant NOW = Instant.parse("2026-11-30T09:00:00Z");

  private NudgeStore store;
  private ExecutorService threads;

  /** A store with no teams, settings, plans or deliveries, for one test. */
  abstract NudgeStore emptyStore();

  /** Another instance's store on the same data. */
  abstract NudgeStore secondInstance();

  /** Makes a team exist, as the team store does. */
  abstract void addTeam(Team team);

  @BeforeEach
  void openStore() {
    store = emptyStore();
    threads = Executors.newFixedThreadPool(2);
  }

  @AfterEach
  void stopThreads() {
    threads.shutdownNow();
  }

  static NudgeDelivery delivery(String teamId, String lead) {
    return new NudgeDelivery(
        new Nudge(teamId, Nudge.Kind.CHECKIN, NOW), Address.directMessage("slack", "T001", lead));
  }

  private void addTeams(String... ids) {
    for (String id : ids) {
      addTeam(
          new Team(
              id,
              new Workspace("slack", "T001"),
              "Ward " + id,
              Map.of("u1", new Person("u1", "Amir", Role.LEAD)),
              List.of("C" + id),
              NOW));
    }
  }

  private List<String> dueForPlanning(Instant at) {
    return store.teamsToPlan(at).stream().map(TeamToPlan::teamId).toList();
  }

  private TeamToPlan toPlan(String teamId) {
    return store.teamsToPlan(NOW).stream()
        .filter(t -> t.teamId().equals(teamId))
        .findFirst()
        .orElseThrow();
  }

  private void planned(TeamToPlan team, Instant next) {
    store.planned(List.of(new Planned(team, next)));
  }

  @Test
  void aTeamWithoutSettingsHasNone() {
    assertThat(store.settings("t1")).isEmpty();
  }

  @Test
  void keepsEverySettingAndOverwritesThemOnTheNextSave() {
    NudgeSettings changed =
        new NudgeSettings(
            new Cadence(2, Cadence.Unit.MONTHS),
            DayOfWeek.FRIDAY,
            LocalTime.of(14, 30),
            ZoneId.of("Europe/Paris"),
            true,
            NudgeSettings.Digest.WEEKLY,
            60,
            Instant.parse("2026-12-07T08:00:00Z"),
            true,
            Instant.parse("2026-11-01T10:15:30.123Z"));

    store.save("t1", NudgeSettings.DEFAULTS);
    assertThat(store.settings("t1")).contains(NudgeSettings.DEFAULTS);
    store.save("t1", changed);

    assertThat(store.settings("t1")).contains(changed);
    assertThat(store.settings("t2")).isEmpty();
  }

  @Test
  void everyTeamIsDueForPlanningUntilItIsPlanned() {
    addTeams("t2", "t1");

    assertThat(dueForPlanning(NOW)).containsExactlyInAnyOrder("t1", "t2");

    planned(toPlan("t1"), NOW.plus(Duration.ofDays(7)));

    assertThat(dueForPlanning(NOW)).containsExactly("t2");
    assertThat(dueForPlanning(NOW.plus(Duration.ofDays(7)).minusMillis(1))).containsExactly("t2");
    assertThat(dueForPlanning(NOW.plus(Duration.ofDays(7)))).containsExactlyInAnyOrder("t1", "t2");
  }

  @Test
  void aTeamPlannedForNoTimeIsNotDueUntilItsSettingsChange() {
    addTeams("t1");
    planned(toPlan("t1"), null);

    assertThat(dueForPlanning(NOW.plus(Duration.ofDays(3650)))).isEmpty();

    store.save("t1", NudgeSettings.DEFAULTS);
    assertThat(dueForPlanning(NOW)).containsExactly("t1");
  }

  @Test
  void savingSettingsMakesTheTeamDueForPlanningAtOnce() {
    addTeams("t1");
    planned(toPlan("t1"), NOW.plus(Duration.ofDays(28)));

    store.save("t1", NudgeSettings.DEFAULTS);

    assertThat(dueForPlanning(NOW)).containsExactly("t1");
  }

  @Test
  void aPlanMadeBeforeTheSettingsChangedIsNotKept() {
    addTeams("t1");
    TeamToPlan readBeforeTheChange = toPlan("t1");

    store.save("t1", NudgeSettings.DEFAULTS);
    planned(readBeforeTheChange, NOW.plus(Duration.ofDays(28)));

    assertThat(dueForPlanning(NOW)).containsExactly("t1");
    planned(toPlan("t1"), NOW.plus(Duration.ofDays(28)));
    assertThat(dueForPlanning(NOW)).isEmpty();
  }

  @Test
  void ofPlansRecordedTogetherOnlyThoseMadeFromTheCurrentSettingsAreKept() {
    addTeams("t1", "t2");
    TeamToPlan first = toPlan("t1");
    TeamToPlan second = toPlan("t2");

    store.save("t1", NudgeSettings.DEFAULTS);
    store.planned(
        List.of(
            new Planned(first, NOW.plus(Duration.ofDays(28))),
            new Planned(second, NOW.plus(Duration.ofDays(28)))));

    assertThat(dueForPlanning(NOW)).containsExactly("t1");
  }

  @Test
  void planningAllAgainMakesEveryTeamDueAtOnce() {
    addTeams("t1", "t2");
    planned(toPlan("t1"), NOW.plus(Duration.ofDays(28)));
    planned(toPlan("t2"), null);
    TeamToPlan readBefore =
        new TeamToPlan("t1", store.teamsToPlan(NOW.plus(Duration.ofDays(28))).get(0).resets());

    store.planAllAgain();
    planned(readBefore, NOW.plus(Duration.ofDays(28)));

    assertThat(dueForPlanning(NOW)).containsExactlyInAnyOrder("t1", "t2");
  }

  @Test
  void keepsTheBasisOfThePlans() {
    assertThat(store.planningBasis()).isEmpty();

    store.planningBasis("framework 1, rules 1");
    store.planningBasis("framework 2, rules 1");

    assertThat(store.planningBasis()).contains("framework 2, rules 1");
    assertThat(secondInstance().planningBasis()).contains("framework 2, rules 1");
  }

  @Test
  void aDeliveryIsClaimedOnceAndThenRecordedAsSent() {
    NudgeDelivery delivery = delivery("t1", "u1");

    assertThat(store.claim(delivery, NOW, false)).isTrue();
    assertThat(store.claim(delivery, NOW, false)).isFalse();
    assertThat(store.record(delivery.key()))
        .hasValueSatisfying(
            r -> {
              assertThat(r.delivery()).isEqualTo(delivery);
              assertThat(r.status()).isEqualTo(Status.SENDING);
              assertThat(r.attempts()).isEqualTo(1);
            });

    store.sent(delivery.key(), NOW.plusSeconds(1));

    assertThat(store.record(delivery.key()))
        .contains(new DeliveryRecord(delivery, Status.SENT, 1, "", NOW.plusSeconds(1), null));
    assertThat(store.claim(delivery, NOW.plus(Duration.ofDays(30)), false)).isFalse();
    assertThat(store.claim(delivery, NOW.plus(Duration.ofDays(30)), true))
        .as("nor taken over")
        .isFalse();
  }

  @Test
  void keepsAChannelAddress() {
    NudgeDelivery toChannel =
        new NudgeDelivery(
            new Nudge("t1", Nudge.Kind.DIGEST, NOW),
            Address.channel("teams", "tenant-1", "19:abc@thread.tacv2"));

    store.claim(toChannel, NOW, false);

    assertThat(store.record(toChannel.key())).map(DeliveryRecord::delivery).contains(toChannel);
  }

  @Test
  void aFailedDeliveryIsClaimedAgainOnceWhenTheSchedulerTriesItAgain() {
    NudgeDelivery delivery = delivery("t1", "u1");
    Instant retryAt = NOW.plus(Duration.ofMinutes(1));
    store.claim(delivery, NOW, false);

    store.failed(delivery.key(), "rate limited", retryAt, NOW);

    assertThat(store.record(delivery.key()))
        .contains(new DeliveryRecord(delivery, Status.RETRY, 1, "rate limited", NOW, retryAt));
    assertThat(store.claim(delivery, retryAt, false)).isTrue();
    assertThat(store.claim(delivery, retryAt, false)).isFalse();
    assertThat(store.record(delivery.key()))
        .hasValueSatisfying(
            r -> {
              assertThat(r.status()).isEqualTo(Status.SENDING);
              assertThat(r.attempts()).isEqualTo(2);
              assertThat(r.retryAt()).isNull();
            });
  }

  @Test
  void aDeliveryGivenUpIsNeverClaimedAgain() {
    NudgeDelivery delivery = delivery("t1", "u1");
    store.claim(delivery, NOW, false);

    store.failed(delivery.key(), "bot removed from the workspace", null, NOW);

    assertThat(store.record(delivery.key())).map(DeliveryRecord::status).contains(Status.FAILED);
    assertThat(store.claim(delivery, NOW.plus(Duration.ofDays(1)), false)).isFalse();
    assertThat(store.claim(delivery, NOW.plus(Duration.ofDays(1)), true)).isFalse();
  }

  @Test
  void aClaimLeftByADeadRunIsTakenOverOnlyWhenTheSchedulerSaysSo() {
    NudgeDelivery delivery = delivery("t1", "u1");
    store.claim(delivery, NOW, false);

    assertThat(store.claim(delivery, NOW.plus(Duration.ofDays(1)), false)).isFalse();
    assertThat(store.claim(delivery, NOW.plus(Duration.ofMinutes(4)), true)).isTrue();
    assertThat(store.record(delivery.key()))
        .hasValueSatisfying(
            r -> {
              assertThat(r.status()).isEqualTo(Status.SENDING);
              assertThat(r.attempts()).isEqualTo(2);
              assertThat(r.updatedAt()).isEqualTo(NOW.plus(Duration.ofMinutes(4)));
            });
  }

  @Test
  void recentListsATeamsDeliveriesNewestFirst() {
    for (int i = 1; i <= 4; i++) {
      NudgeDelivery d =
          new NudgeDelivery(
              new Nudge("t1", Nudge.Kind.CHECKIN, NOW.plus(Duration.ofDays(7L * i))),
              Address.directMessage("slack", "T001", "u1"));
      store.claim(d, NOW.plus(Duration.ofDays(7L * i)), false);
    }
    store.claim(delivery("t2", "u1"), NOW.plus(Duration.ofDays(60)), false);

    List<DeliveryRecord> recent = store.recent("t1", 3);

    assertThat(recent)
        .extracting(r -> r.delivery().nudge().dueAt())
        .containsExactly(
            NOW.plus(Duration.ofDays(28)),
            NOW.plus(Duration.ofDays(21)),
            NOW.plus(Duration.ofDays(14)));
  }

  @Test
  void keepsALongReasonToItsFirstTwoThousandCharacters() {
    NudgeDelivery delivery = delivery("t1", "u1");
    store.claim(delivery, NOW, false);

    store.failed(delivery.key(), "x".repeat(5000), null, NOW);

    assertThat(store.record(delivery.key())).map(r -> r.reason().length()).contains(2000);
  }

  @Test
  void twoInstancesClaimingTheSameDeliveriesEachClaimEveryOneOnce() throws Exception {
    List<NudgeDelivery> deliveries = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      deliveries.add(delivery("t" + i, "lead-" + i));
    }
    Map<String, AtomicInteger> claims = new ConcurrentHashMap<>();
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Integer>> results = new ArrayList<>();
    for (NudgeStore own : List.of(store, secondInstance())) {
      Callable<Integer> claimAll =
          () -> {
            start.await();
            int won = 0;
            for (NudgeDelivery d : deliveries) {
              if (own.claim(d, NOW, false)) {
                claims.computeIfAbsent(d.key(), k -> new AtomicInteger()).incrementAndGet();
                won++;
              }
            }
            return won;
          };
      results.add(threads.submit(claimAll));
    }

    start.countDown();
    int total = results.get(0).get(30, TimeUnit.SECONDS) + results.get(1).get(30, TimeUnit.SECONDS);

    assertThat(total).isEqualTo(200);
    assertThat(claims).hasSize(200);
    assertThat(claims.values()).allSatisfy(n -> assertThat(n.get()).isEqualTo(1));
  }

  @Test
  void twoInstancesRetryingTheSameDeliveriesEachClaimEveryOneOnce() throws Exception {
    List<NudgeDelivery> deliveries = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      deliveries.add(delivery("t" + i, "lead-" + i));
      store.claim(deliveries.get(i), NOW, false);
      store.failed(deliveries.get(i).key(), "HTTP 503", NOW.plus(Duration.ofMinutes(1)), NOW);
    }
    Instant later = NOW.plus(Duration.ofMinutes(1));
    AtomicInteger won = new AtomicInteger();
    CountDownLatch start = new CountDownLatch(1);
    List<Future<?>> results = new ArrayList<>();
    for (NudgeStore own : List.of(store, secondInstance())) {
      results.add(
          threads.submit(
              () -> {
                start.await();
                deliveries.forEach(
                    d -> {
                      if (own.claim(d, later, false)) {
                        won.incrementAndGet();
                      }
                    });
                return null;
              }));
    }

    start.countDown();
    for (Future<?> result : results) {
      result.get(30, TimeUnit.SECONDS);
    }

    assertThat(won.get()).isEqualTo(200);
    assertThat(deliveries)
        .allSatisfy(
            d -> assertThat(store.record(d.key())).map(DeliveryRecord::attempts).contains(2));
  }
}

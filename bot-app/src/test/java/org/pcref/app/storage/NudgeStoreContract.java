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
import javax.sql.DataSource;
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
import org.pcref.core.team.Person;
import org.pcref.core.team.Role;
import org.pcref.core.team.Team;
import org.pcref.core.team.Workspace;

/** What every {@link NudgeStore} in the application must do, run against each database. */
abstract class NudgeStoreContract {

  static final Instant NOW = Instant.parse("2026-11-30T09:00:00Z");
  static final Duration ABANDONED = Duration.ofMinutes(5);

  private DataSource dataSource;
  private NudgeStore store;
  private ExecutorService threads;

  /** A database with the schema and no rows, for one test. */
  abstract DataSource emptyDatabase();

  @BeforeEach
  void openStore() {
    dataSource = emptyDatabase();
    store = new JdbcNudgeStore(dataSource);
    threads = Executors.newFixedThreadPool(2);
  }

  @AfterEach
  void stopThreads() {
    threads.shutdownNow();
  }

  static NudgeDelivery delivery(String teamId, String lead) {
    return new NudgeDelivery(new Nudge(teamId, Nudge.Kind.CHECKIN, NOW), Address.directMessage("slack", "T001", lead));
  }

  @Test
  void aTeamWithoutSettingsHasNone() {
    assertThat(store.settings("t1")).isEmpty();
  }

  @Test
  void keepsEverySettingAndOverwritesThemOnTheNextSave() {
    NudgeSettings changed = new NudgeSettings(
        new Cadence(2, Cadence.Unit.MONTHS), DayOfWeek.FRIDAY, LocalTime.of(14, 30), ZoneId.of("Europe/Paris"),
        true, NudgeSettings.Digest.WEEKLY, 60, Instant.parse("2026-12-07T08:00:00Z"), true, Instant.parse("2026-11-01T10:15:30.123Z"));

    store.save("t1", NudgeSettings.DEFAULTS);
    assertThat(store.settings("t1")).contains(NudgeSettings.DEFAULTS);
    store.save("t1", changed);

    assertThat(store.settings("t1")).contains(changed);
    assertThat(store.settings("t2")).isEmpty();
  }

  @Test
  void listsEveryTeam() {
    JdbcTeamStore teams = new JdbcTeamStore(dataSource);
    for (String id : List.of("t2", "t1")) {
      teams.save(new Team(id, new Workspace("slack", "T001"), "Ward " + id, Map.of("u1", new Person("u1", "Amir", Role.LEAD)), List.of("C" + id), NOW));
    }

    assertThat(store.teamIds()).containsExactly("t1", "t2");
  }

  @Test
  void aDeliveryIsClaimedOnceAndThenRecordedAsSent() {
    NudgeDelivery delivery = delivery("t1", "u1");

    assertThat(store.claim(delivery, NOW, ABANDONED)).isTrue();
    assertThat(store.claim(delivery, NOW, ABANDONED)).isFalse();
    assertThat(store.record(delivery.key())).hasValueSatisfying(r -> {
      assertThat(r.delivery()).isEqualTo(delivery);
      assertThat(r.status()).isEqualTo(Status.SENDING);
      assertThat(r.attempts()).isEqualTo(1);
    });

    store.sent(delivery.key(), NOW.plusSeconds(1));

    assertThat(store.record(delivery.key())).contains(new DeliveryRecord(delivery, Status.SENT, 1, "", NOW.plusSeconds(1), null));
    assertThat(store.claim(delivery, NOW.plus(Duration.ofDays(30)), ABANDONED)).isFalse();
  }

  @Test
  void keepsAChannelAddress() {
    NudgeDelivery toChannel = new NudgeDelivery(new Nudge("t1", Nudge.Kind.DIGEST, NOW), Address.channel("teams", "tenant-1", "19:abc@thread.tacv2"));

    store.claim(toChannel, NOW, ABANDONED);

    assertThat(store.record(toChannel.key())).map(DeliveryRecord::delivery).contains(toChannel);
  }

  @Test
  void aFailedDeliveryIsClaimedAgainOnlyWhenItsRetryIsDue() {
    NudgeDelivery delivery = delivery("t1", "u1");
    Instant retryAt = NOW.plus(Duration.ofMinutes(1));
    store.claim(delivery, NOW, ABANDONED);

    store.failed(delivery.key(), "rate limited", retryAt, NOW);

    assertThat(store.record(delivery.key())).contains(new DeliveryRecord(delivery, Status.RETRY, 1, "rate limited", NOW, retryAt));
    assertThat(store.claim(delivery, retryAt.minusMillis(1), ABANDONED)).isFalse();
    assertThat(store.unfinished(retryAt.minusMillis(1), ABANDONED)).isEmpty();
    assertThat(store.unfinished(retryAt, ABANDONED)).containsExactly(delivery);
    assertThat(store.claim(delivery, retryAt, ABANDONED)).isTrue();
    assertThat(store.claim(delivery, retryAt, ABANDONED)).isFalse();
    assertThat(store.record(delivery.key())).hasValueSatisfying(r -> {
      assertThat(r.status()).isEqualTo(Status.SENDING);
      assertThat(r.attempts()).isEqualTo(2);
      assertThat(r.retryAt()).isNull();
    });
  }

  @Test
  void aDeliveryGivenUpIsNeverClaimedAgain() {
    NudgeDelivery delivery = delivery("t1", "u1");
    store.claim(delivery, NOW, ABANDONED);

    store.failed(delivery.key(), "bot removed from the workspace", null, NOW);

    assertThat(store.record(delivery.key())).map(DeliveryRecord::status).contains(Status.FAILED);
    assertThat(store.claim(delivery, NOW.plus(Duration.ofDays(1)), ABANDONED)).isFalse();
    assertThat(store.unfinished(NOW.plus(Duration.ofDays(1)), ABANDONED)).isEmpty();
  }

  @Test
  void aClaimAbandonedForLongerThanTheLimitCanBeTakenOver() {
    NudgeDelivery delivery = delivery("t1", "u1");
    store.claim(delivery, NOW, ABANDONED);

    assertThat(store.claim(delivery, NOW.plus(ABANDONED), ABANDONED)).isFalse();
    assertThat(store.unfinished(NOW.plus(ABANDONED), ABANDONED)).isEmpty();
    assertThat(store.unfinished(NOW.plus(ABANDONED).plusMillis(1), ABANDONED)).containsExactly(delivery);
    assertThat(store.claim(delivery, NOW.plus(ABANDONED).plusMillis(1), ABANDONED)).isTrue();
    assertThat(store.record(delivery.key())).map(DeliveryRecord::attempts).contains(2);
  }

  @Test
  void recentListsATeamsDeliveriesNewestFirst() {
    for (int i = 1; i <= 4; i++) {
      NudgeDelivery d = new NudgeDelivery(new Nudge("t1", Nudge.Kind.CHECKIN, NOW.plus(Duration.ofDays(7L * i))), Address.directMessage("slack", "T001", "u1"));
      store.claim(d, NOW.plus(Duration.ofDays(7L * i)), ABANDONED);
    }
    store.claim(delivery("t2", "u1"), NOW.plus(Duration.ofDays(60)), ABANDONED);

    List<DeliveryRecord> recent = store.recent("t1", 3);

    assertThat(recent).extracting(r -> r.delivery().nudge().dueAt())
        .containsExactly(NOW.plus(Duration.ofDays(28)), NOW.plus(Duration.ofDays(21)), NOW.plus(Duration.ofDays(14)));
  }

  @Test
  void keepsALongReasonToItsFirstTwoThousandCharacters() {
    NudgeDelivery delivery = delivery("t1", "u1");
    store.claim(delivery, NOW, ABANDONED);

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
    for (int instance = 0; instance < 2; instance++) {
      NudgeStore own = new JdbcNudgeStore(dataSource);
      Callable<Integer> claimAll = () -> {
        start.await();
        int won = 0;
        for (NudgeDelivery d : deliveries) {
          if (own.claim(d, NOW, ABANDONED)) {
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
  void twoInstancesTakingOverTheSameAbandonedClaimsEachTakeEveryOneOnce() throws Exception {
    List<NudgeDelivery> deliveries = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      deliveries.add(delivery("t" + i, "lead-" + i));
      store.claim(deliveries.get(i), NOW, ABANDONED);
    }
    Instant later = NOW.plus(ABANDONED).plusSeconds(1);
    AtomicInteger won = new AtomicInteger();
    CountDownLatch start = new CountDownLatch(1);
    List<Future<?>> results = new ArrayList<>();
    for (int instance = 0; instance < 2; instance++) {
      NudgeStore own = new JdbcNudgeStore(dataSource);
      results.add(threads.submit(() -> {
        start.await();
        deliveries.forEach(d -> {
          if (own.claim(d, later, ABANDONED)) {
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
    assertThat(deliveries).allSatisfy(d -> assertThat(store.record(d.key())).map(DeliveryRecord::attempts).contains(2));
  }
}

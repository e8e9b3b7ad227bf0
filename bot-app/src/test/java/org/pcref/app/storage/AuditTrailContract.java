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
import org.junit.jupiter.api.Test;
import org.pcref.core.audit.AuditEntry;
import org.pcref.core.audit.AuditTrail;

/** What every audit trail does: appends once, reads newest first, forgets what is past its time. */
abstract class AuditTrailContract {

  /** A trail on an empty store; called again, another trail on the same store. */
  abstract AuditTrail emptyTrail();

  abstract AuditTrail sameStoreAgain();

  private static final Instant NINE = Instant.parse("2026-11-26T09:00:00Z");

  private static AuditEntry entry(String id, Instant at, String action) {
    return new AuditEntry(id, at, "slack", "T1", "UALEX", "Alex", action, "team-1", "detail");
  }

  @Test
  void shouldReadTheLatestEntriesNewestFirst() {
    AuditTrail trail = emptyTrail();
    trail.record(entry("a", NINE, "team rename"));
    trail.record(entry("b", NINE.plusSeconds(60), "correction"));
    trail.record(entry("c", NINE.plusSeconds(120), "nudge settings"));

    assertThat(trail.latest(2))
        .extracting(AuditEntry::action)
        .containsExactly("nudge settings", "correction");
    assertThat(trail.latest(10).get(2)).isEqualTo(entry("a", NINE, "team rename"));
  }

  @Test
  void shouldRecordAnEntryOnceWhoeverRecordsItAndHowOften() throws Exception {
    AuditTrail one = emptyTrail();
    AuditTrail other = sameStoreAgain();
    ExecutorService threads = Executors.newFixedThreadPool(2);
    try {
      CountDownLatch ready = new CountDownLatch(2);
      List<Callable<Void>> both = new ArrayList<>();
      for (AuditTrail trail : List.of(one, other)) {
        both.add(
            () -> {
              ready.countDown();
              ready.await(10, TimeUnit.SECONDS);
              trail.record(entry("round:r1/workforce", NINE, "round confirmation"));
              return null;
            });
      }
      for (Future<Void> done : threads.invokeAll(both)) {
        done.get();
      }
    } finally {
      threads.shutdownNow();
    }
    one.record(entry("round:r1/workforce", NINE, "round confirmation"));

    assertThat(other.latest(10)).hasSize(1);
  }

  @Test
  void shouldDeleteOnlyWhatIsPastItsTime() {
    AuditTrail trail = emptyTrail();
    trail.record(entry("old", NINE.minusSeconds(1), "team rename"));
    trail.record(entry("new", NINE, "correction"));

    assertThat(trail.deleteBefore(NINE)).isEqualTo(1);
    assertThat(trail.latest(10)).extracting(AuditEntry::id).containsExactly("new");
  }
}

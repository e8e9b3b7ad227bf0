package org.pcref.core.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pcref.core.audit.AuditEntry;
import org.pcref.core.audit.InMemoryAuditTrail;
import org.pcref.core.conversation.TestClock;

/** The daily sweep deletes each kind of data past its own time and says how much it deleted. */
class KeepingDataForItsTimeTest {

  private final TestClock clock = TestClock.at("2026-11-26T03:00:00Z");
  private final InMemoryAuditTrail audit = new InMemoryAuditTrail();
  private final Map<ExpiredData.Kind, Instant> askedBefore = new EnumMap<>(ExpiredData.Kind.class);
  private final ExpiredData data =
      (kind, before) -> {
        askedBefore.put(kind, before);
        return kind == ExpiredData.Kind.CONVERSATIONS ? 4 : 0;
      };
  private final RetentionSweep sweep =
      new RetentionSweep(data, audit, RetentionSettings.DEFAULTS, clock);

  @Test
  void shouldDeleteEachKindPastItsOwnTime() {
    sweep.run();

    Instant now = clock.instant();
    assertThat(askedBefore)
        .containsEntry(ExpiredData.Kind.NOTES, now.minus(Duration.ofDays(3 * 365)))
        .containsEntry(ExpiredData.Kind.CONVERSATIONS, now.minus(Duration.ofDays(30)))
        .containsEntry(ExpiredData.Kind.SEEN_EVENTS, now.minus(Duration.ofDays(1)))
        .containsEntry(ExpiredData.Kind.DELIVERIES, now.minus(Duration.ofDays(365)))
        .containsEntry(ExpiredData.Kind.DEPARTED_WORKSPACES, now.minus(Duration.ofDays(90)));
  }

  @Test
  void shouldRecordHowMuchItDeletedOnceADay() {
    audit.record(
        AuditEntry.bySystem(clock.instant().minus(Duration.ofDays(6 * 365 + 1)), "old", ""));
    audit.record(
        AuditEntry.bySystem(clock.instant().minus(Duration.ofDays(6 * 365 - 1)), "kept", ""));

    RetentionSweep.Swept swept = sweep.run();
    clock.advance(Duration.ofHours(1));
    sweep.run();

    assertThat(swept.total()).isEqualTo(5);
    assertThat(audit.all())
        .extracting(AuditEntry::action, AuditEntry::detail)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("kept", ""),
            org.assertj.core.groups.Tuple.tuple(
                "retention",
                "deleted 0 notes, 4 conversations, 0 seen events, 0 deliveries,"
                    + " 0 rows of departed workspaces, 1 audit entries"));

    clock.advance(Duration.ofDays(1));
    sweep.run();
    assertThat(audit.all()).filteredOn(e -> e.action().equals("retention")).hasSize(2);
  }
}

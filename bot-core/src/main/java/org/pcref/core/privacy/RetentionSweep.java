package org.pcref.core.privacy;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import org.pcref.core.audit.AuditEntry;
import org.pcref.core.audit.AuditTrail;

/**
 * The daily retention sweep: deletes what is past its time, then records how much, in the log and
 * in the audit trail (one entry per day, however often it runs).
 */
public final class RetentionSweep {

  private static final Logger LOG = System.getLogger(RetentionSweep.class.getName());

  /** What one sweep deleted. */
  public record Swept(Map<ExpiredData.Kind, Integer> rows, int auditEntries) {
    public Swept {
      rows = Map.copyOf(rows);
    }

    public int total() {
      return rows.values().stream().mapToInt(Integer::intValue).sum() + auditEntries;
    }
  }

  private final ExpiredData data;
  private final AuditTrail audit;
  private final RetentionSettings settings;
  private final Clock clock;

  public RetentionSweep(
      ExpiredData data, AuditTrail audit, RetentionSettings settings, Clock clock) {
    this.data = data;
    this.audit = audit;
    this.settings = settings;
    this.clock = clock;
  }

  public Swept run() {
    Instant now = clock.instant();
    Map<ExpiredData.Kind, Integer> rows = new EnumMap<>(ExpiredData.Kind.class);
    rows.put(
        ExpiredData.Kind.NOTES, data.delete(ExpiredData.Kind.NOTES, now.minus(settings.notes())));
    rows.put(
        ExpiredData.Kind.CONVERSATIONS,
        data.delete(ExpiredData.Kind.CONVERSATIONS, now.minus(settings.conversations())));
    rows.put(
        ExpiredData.Kind.SEEN_EVENTS,
        data.delete(ExpiredData.Kind.SEEN_EVENTS, now.minus(settings.seenEvents())));
    rows.put(
        ExpiredData.Kind.DELIVERIES,
        data.delete(ExpiredData.Kind.DELIVERIES, now.minus(settings.deliveries())));
    rows.put(
        ExpiredData.Kind.DEPARTED_WORKSPACES,
        data.delete(
            ExpiredData.Kind.DEPARTED_WORKSPACES, now.minus(settings.departedWorkspaces())));
    int auditEntries = audit.deleteBefore(now.minus(settings.audit()));
    Swept swept = new Swept(rows, auditEntries);
    String detail = describe(swept);
    LOG.log(Level.INFO, "Retention sweep: " + detail);
    LocalDate day = LocalDate.ofInstant(now, ZoneOffset.UTC);
    audit.record(AuditEntry.bySystem(now, "retention", detail).withId("retention:" + day));
    return swept;
  }

  static String describe(Swept swept) {
    StringJoiner parts = new StringJoiner(", ", "deleted ", "");
    swept.rows().entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .forEach(
            e ->
                parts.add(
                    e.getKey() == ExpiredData.Kind.DEPARTED_WORKSPACES
                        ? e.getValue() + " rows of departed workspaces"
                        : e.getValue()
                            + " "
                            + e.getKey().name().toLowerCase(Locale.ROOT).replace('_', ' ')));
    parts.add(swept.auditEntries() + " audit entries");
    return parts.toString();
  }
}

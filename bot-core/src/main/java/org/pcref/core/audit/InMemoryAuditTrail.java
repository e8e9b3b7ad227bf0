package org.pcref.core.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The audit trail in memory: for tests and the terminal, where nothing outlives the process. */
public final class InMemoryAuditTrail implements AuditTrail {

  private final Map<String, AuditEntry> entries = new LinkedHashMap<>();

  @Override
  public synchronized void record(AuditEntry entry) {
    entries.putIfAbsent(entry.id(), entry);
  }

  @Override
  public synchronized List<AuditEntry> latest(int limit) {
    List<AuditEntry> all = new ArrayList<>(entries.values());
    java.util.Collections.reverse(all);
    return all.stream()
        .sorted(Comparator.comparing(AuditEntry::at).reversed())
        .limit(limit)
        .toList();
  }

  @Override
  public synchronized int deleteBefore(Instant before) {
    int before0 = entries.size();
    entries.values().removeIf(e -> e.at().isBefore(before));
    return before0 - entries.size();
  }

  /** Every entry, in the order recorded. */
  public synchronized List<AuditEntry> all() {
    return List.copyOf(entries.values());
  }
}

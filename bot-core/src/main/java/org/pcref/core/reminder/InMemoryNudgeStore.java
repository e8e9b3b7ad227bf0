package org.pcref.core.reminder;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.pcref.core.reminder.DeliveryRecord.Status;

/** Nudge settings and deliveries in memory: for tests and for trying the bot without a database. */
public final class InMemoryNudgeStore implements NudgeStore {

  private final Supplier<List<String>> teamIds;
  private final Map<String, NudgeSettings> settings = new ConcurrentHashMap<>();
  private final Map<String, DeliveryRecord> records = new LinkedHashMap<>();

  /** @param teamIds the teams there are, for the sweep */
  public InMemoryNudgeStore(Supplier<List<String>> teamIds) {
    this.teamIds = teamIds;
  }

  @Override
  public Optional<NudgeSettings> settings(String teamId) {
    return Optional.ofNullable(settings.get(teamId));
  }

  @Override
  public void save(String teamId, NudgeSettings value) {
    settings.put(teamId, value);
  }

  @Override
  public List<String> teamIds() {
    return List.copyOf(teamIds.get());
  }

  @Override
  public synchronized boolean claim(NudgeDelivery delivery, Instant now, Duration abandonedAfter) {
    DeliveryRecord existing = records.get(delivery.key());
    boolean mine =
        existing == null
            || (existing.status() == Status.RETRY && !existing.retryAt().isAfter(now))
            || (existing.status() == Status.SENDING && existing.updatedAt().plus(abandonedAfter).isBefore(now));
    if (mine) {
      int attempts = existing == null ? 1 : existing.attempts() + 1;
      records.put(delivery.key(), new DeliveryRecord(delivery, Status.SENDING, attempts, existing == null ? "" : existing.reason(), now, null));
    }
    return mine;
  }

  @Override
  public synchronized void sent(String key, Instant at) {
    DeliveryRecord r = records.get(key);
    records.put(key, new DeliveryRecord(r.delivery(), Status.SENT, r.attempts(), "", at, null));
  }

  @Override
  public synchronized void failed(String key, String reason, Instant retryAt, Instant at) {
    DeliveryRecord r = records.get(key);
    records.put(key, new DeliveryRecord(r.delivery(), retryAt == null ? Status.FAILED : Status.RETRY, r.attempts(), reason, at, retryAt));
  }

  @Override
  public synchronized Optional<DeliveryRecord> record(String key) {
    return Optional.ofNullable(records.get(key));
  }

  @Override
  public synchronized List<NudgeDelivery> unfinished(Instant now, Duration abandonedAfter) {
    List<NudgeDelivery> due = new ArrayList<>();
    for (DeliveryRecord r : records.values()) {
      boolean retry = r.status() == Status.RETRY && !r.retryAt().isAfter(now);
      boolean abandoned = r.status() == Status.SENDING && r.updatedAt().plus(abandonedAfter).isBefore(now);
      if (retry || abandoned) {
        due.add(r.delivery());
      }
    }
    return due;
  }

  @Override
  public synchronized List<DeliveryRecord> recent(String teamId, int limit) {
    return records.values().stream()
        .filter(r -> r.delivery().nudge().teamId().equals(teamId))
        .sorted(Comparator.comparing(DeliveryRecord::updatedAt).reversed())
        .limit(limit)
        .toList();
  }
}

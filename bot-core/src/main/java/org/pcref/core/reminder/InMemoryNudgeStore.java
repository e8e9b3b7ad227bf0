package org.pcref.core.reminder;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.pcref.core.reminder.DeliveryRecord.Status;

/**
 * Nudge settings, plans and deliveries in memory: for tests and for trying the bot without a
 * database.
 */
public final class InMemoryNudgeStore implements NudgeStore {

  /**
   * A team not planned since it was made, or since its plan was reset, is due for planning at once.
   */
  private static final Instant UNPLANNED = Instant.EPOCH;

  private final Supplier<List<String>> teamIds;
  private final Map<String, NudgeSettings> settings = new HashMap<>();
  private final Map<String, Plan> plans = new HashMap<>();
  private final Map<String, DeliveryRecord> records = new LinkedHashMap<>();
  private String basis;

  /**
   * When to plan a team next (null: not until its settings change), and how often its plan was
   * reset.
   */
  private record Plan(Instant next, long resets) {}

  /**
   * @param teamIds the teams there are, for the sweep
   */
  public InMemoryNudgeStore(Supplier<List<String>> teamIds) {
    this.teamIds = teamIds;
  }

  @Override
  public synchronized Optional<NudgeSettings> settings(String teamId) {
    return Optional.ofNullable(settings.get(teamId));
  }

  @Override
  public synchronized void save(String teamId, NudgeSettings value) {
    settings.put(teamId, value);
    reset(teamId);
  }

  @Override
  public synchronized List<TeamToPlan> teamsToPlan(Instant now) {
    List<TeamToPlan> due = new ArrayList<>();
    for (String teamId : teamIds.get()) {
      Plan plan = planOf(teamId);
      if (plan.next() != null && !plan.next().isAfter(now)) {
        due.add(new TeamToPlan(teamId, plan.resets()));
      }
    }
    return due;
  }

  @Override
  public synchronized void planned(List<Planned> planned) {
    for (Planned each : planned) {
      Plan plan = planOf(each.team().teamId());
      if (plan.resets() == each.team().resets()) {
        plans.put(each.team().teamId(), new Plan(each.next(), plan.resets()));
      }
    }
  }

  @Override
  public synchronized void planAllAgain() {
    for (String teamId : teamIds.get()) {
      reset(teamId);
    }
  }

  @Override
  public synchronized Optional<String> planningBasis() {
    return Optional.ofNullable(basis);
  }

  @Override
  public synchronized void planningBasis(String value) {
    basis = value;
  }

  private Plan planOf(String teamId) {
    return plans.getOrDefault(teamId, new Plan(UNPLANNED, 0));
  }

  private void reset(String teamId) {
    plans.put(teamId, new Plan(UNPLANNED, planOf(teamId).resets() + 1));
  }

  @Override
  public synchronized boolean claim(NudgeDelivery delivery, Instant now, boolean takeOver) {
    DeliveryRecord existing = records.get(delivery.key());
    boolean mine =
        existing == null
            || existing.status() == Status.RETRY
            || (existing.status() == Status.SENDING && takeOver);
    if (mine) {
      int attempts = existing == null ? 1 : existing.attempts() + 1;
      records.put(
          delivery.key(),
          new DeliveryRecord(
              delivery,
              Status.SENDING,
              attempts,
              existing == null ? "" : existing.reason(),
              now,
              null));
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
    String text =
        reason == null
            ? ""
            : reason.length() > DeliveryRecord.MOST_REASON_CHARS
                ? reason.substring(0, DeliveryRecord.MOST_REASON_CHARS)
                : reason;
    records.put(
        key,
        new DeliveryRecord(
            r.delivery(),
            retryAt == null ? Status.FAILED : Status.RETRY,
            r.attempts(),
            text,
            at,
            retryAt));
  }

  @Override
  public synchronized Optional<DeliveryRecord> record(String key) {
    return Optional.ofNullable(records.get(key));
  }

  @Override
  public synchronized List<DeliveryRecord> recent(String teamId, int limit) {
    return records.values().stream()
        .filter(r -> r.delivery().nudge().teamId().equals(teamId))
        .sorted(
            Comparator.comparing(DeliveryRecord::updatedAt)
                .thenComparing(r -> r.delivery().key())
                .reversed())
        .limit(limit)
        .toList();
  }
}

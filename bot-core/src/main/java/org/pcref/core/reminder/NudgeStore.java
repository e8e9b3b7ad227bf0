package org.pcref.core.reminder;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Where nudge settings, each team's next planning time and the record of deliveries live (the bot's
 * database). The record is what makes a nudge go once: a delivery's key is unique, and whichever
 * caller claims it first sends it. When a delivery is tried, and tried again, is not kept here:
 * that is the scheduler's.
 */
public interface NudgeStore {

  Optional<NudgeSettings> settings(String teamId);

  /** Saves the team's settings; its nudges are planned again at the next sweep. */
  void save(String teamId, NudgeSettings settings);

  /**
   * The teams whose nudges are to be planned by {@code now}: every team not planned since it was
   * made or its settings changed, and every team whose planned time has come.
   */
  List<TeamToPlan> teamsToPlan(Instant now);

  /**
   * Records when each team is to be planned next, or for a {@code null} time not until its settings
   * change; each kept only when the team's plan has not been reset (settings saved) since it was
   * read.
   */
  void planned(List<Planned> plans);

  /** Every team is planned again at the next sweep. */
  void planAllAgain();

  /** The basis of the plans made (see {@link NudgePlanner#basis()}), or empty before any. */
  Optional<String> planningBasis();

  void planningBasis(String basis);

  /**
   * Claims a delivery for sending now. True when the caller should send it: it was never claimed,
   * or its last try failed for now; or, when {@code takeOver}, a run of it claimed it and died
   * before recording how it went (only the scheduler can tell: it keeps the heartbeats). False when
   * it is sent or given up, is claimed by a run that may still be sending it, or another caller won
   * this claim.
   */
  boolean claim(NudgeDelivery delivery, Instant now, boolean takeOver);

  void sent(String key, Instant at);

  /**
   * A failed try: to be tried again at {@code retryAt} (as the scheduler was told), or given up
   * when it is null.
   */
  void failed(String key, String reason, Instant retryAt, Instant at);

  Optional<DeliveryRecord> record(String key);

  /** The team's latest delivery records, newest first. */
  List<DeliveryRecord> recent(String teamId, int limit);

  /**
   * A team due for planning, and how many times its plan had been reset when that was read: a plan
   * made from older settings than the current ones is not kept.
   */
  record TeamToPlan(String teamId, long resets) {}

  /** When to plan a team next: {@code next}, or null for not until its settings change. */
  record Planned(TeamToPlan team, Instant next) {}
}

package org.pcref.core.reminder;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Where nudge settings and the record of deliveries live (the bot's database). A delivery's key is
 * unique: whichever instance claims it first sends it, and no other can.
 */
public interface NudgeStore {

  Optional<NudgeSettings> settings(String teamId);

  void save(String teamId, NudgeSettings settings);

  /** Every team there is, for the scheduler's sweep. */
  List<String> teamIds();

  /**
   * Claims a delivery for sending now. True when the caller should send it: it was never claimed,
   * or its retry is due, or whoever claimed it stopped without a word for longer than {@code
   * abandonedAfter}. False when it is sent, given up, or being sent by someone else.
   */
  boolean claim(NudgeDelivery delivery, Instant now, Duration abandonedAfter);

  void sent(String key, Instant at);

  /** A failed try: retried at {@code retryAt}, or given up when it is null. */
  void failed(String key, String reason, Instant retryAt, Instant at);

  Optional<DeliveryRecord> record(String key);

  /** Deliveries whose retry is due, and claims abandoned for longer than {@code abandonedAfter}. */
  List<NudgeDelivery> unfinished(Instant now, Duration abandonedAfter);

  /** The team's latest delivery records, newest first. */
  List<DeliveryRecord> recent(String teamId, int limit);
}

package org.pcref.core.reminder;

import java.time.Instant;

/**
 * What is recorded of a nudge delivery.
 *
 * @param attempts how many times it has been tried
 * @param reason why the last try failed, or empty
 * @param retryAt when the scheduler was asked to try again (status RETRY), else null
 */
public record DeliveryRecord(
    NudgeDelivery delivery,
    Status status,
    int attempts,
    String reason,
    Instant updatedAt,
    Instant retryAt) {

  /** A reason is kept to its first so many characters. */
  public static final int MOST_REASON_CHARS = 2000;

  public enum Status {
    /** Being sent now by one instance. */
    SENDING,
    SENT,
    /** Failed for now; the scheduler tries it again at {@code retryAt}. */
    RETRY,
    /** Given up: recorded with its reason, shown to the lead. */
    FAILED
  }

  public DeliveryRecord {
    reason = reason == null ? "" : reason;
  }
}

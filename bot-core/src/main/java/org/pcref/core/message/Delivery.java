package org.pcref.core.message;

import java.time.Duration;

/** What became of a message the bot started: sent, failed for now, or never deliverable again. */
public sealed interface Delivery {

  /** Delivered; {@code messageId} is the platform's id for it, where it gives one. */
  record Sent(String messageId) implements Delivery {}

  /**
   * Not delivered this time (rate limit, platform error, network): worth trying again, after {@code
   * retryAfter} when the platform said how long (otherwise zero).
   */
  record Failed(String reason, Duration retryAfter) implements Delivery {}

  /** Never deliverable again to this address (bot removed, user gone, token revoked). */
  record Unreachable(String reason) implements Delivery {}
}

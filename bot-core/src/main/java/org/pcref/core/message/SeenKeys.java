package org.pcref.core.message;

/**
 * Remembers which deliveries have been handled, so that a platform's retry or duplicate delivery of
 * the same message (a Slack event id, a Teams activity) has no second effect. Each platform names
 * its deliveries by a key of its own; instances of the bot that share one database share what they
 * have seen.
 */
@FunctionalInterface
public interface SeenKeys {

  /**
   * Records {@code key} and says whether this is the first time any instance has seen it: true
   * once, false every time after.
   *
   * @throws Unavailable when it cannot tell (the database is down, or refused the key for another
   *     reason than having it already); the delivery is then neither handled nor recorded
   */
  boolean firstTime(String key);

  /** What has been seen cannot be read or written just now. */
  final class Unavailable extends RuntimeException {
    public Unavailable(String message, Throwable cause) {
      super(message, cause);
    }
  }
}

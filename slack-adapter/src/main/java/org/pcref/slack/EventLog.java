package org.pcref.slack;

/**
 * Remembers which Slack events have been handled, so a retry ({@code X-Slack-Retry-Num}) or a
 * duplicate delivery of the same {@code event_id} has no second effect. Instances of the bot that
 * share one database share one log.
 */
public interface EventLog {

  /**
   * True the first time {@code eventId} is seen, false every time after.
   *
   * @throws Unavailable when the log cannot tell (its database is down): the event is then left
   *     for Slack to send again
   */
  boolean firstTime(String eventId);

  /** The log cannot be read or written just now. */
  final class Unavailable extends RuntimeException {
    public Unavailable(String message, Throwable cause) {
      super(message, cause);
    }
  }
}

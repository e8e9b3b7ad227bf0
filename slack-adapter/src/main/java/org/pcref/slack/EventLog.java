package org.pcref.slack;

/**
 * Remembers which Slack events have been handled, so a retry ({@code X-Slack-Retry-Num}) or a
 * duplicate delivery of the same {@code event_id} has no second effect. Instances of the bot that
 * share one database share one log.
 */
public interface EventLog {

  /** True the first time {@code eventId} is seen, false every time after. */
  boolean firstTime(String eventId);
}

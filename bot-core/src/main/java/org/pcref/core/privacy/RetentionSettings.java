package org.pcref.core.privacy;

import java.time.Duration;
import java.util.Objects;

/**
 * How long each kind of data is kept after it was last written (the README says why each default).
 *
 * @param notes evidence notes in ratings, round answers and confirmations (the levels stay)
 * @param conversations a conversation's state after its last turn
 * @param seenEvents the ids of platform events already handled (duplicates come within minutes)
 * @param deliveries the record of each nudge delivered
 * @param audit audit trail entries
 * @param departedWorkspaces every team's data of a workspace that uninstalled the bot, after it did
 */
public record RetentionSettings(
    Duration notes,
    Duration conversations,
    Duration seenEvents,
    Duration deliveries,
    Duration audit,
    Duration departedWorkspaces) {

  public static final RetentionSettings DEFAULTS =
      new RetentionSettings(
          Duration.ofDays(3 * 365),
          Duration.ofDays(30),
          Duration.ofDays(1),
          Duration.ofDays(365),
          Duration.ofDays(6 * 365),
          Duration.ofDays(90));

  public RetentionSettings {
    for (Duration each :
        new Duration[] {notes, conversations, seenEvents, deliveries, audit, departedWorkspaces}) {
      Objects.requireNonNull(each, "a retention time");
      if (each.isNegative() || each.isZero()) {
        throw new IllegalArgumentException("a retention time must be longer than zero: " + each);
      }
    }
  }
}

package org.pcref.core.reminder;

import java.time.Instant;
import java.util.Objects;

/**
 * One occurrence of a nudge: which team, which kind, and the scheduled time it belongs to. Its
 * {@link #key()} is unique per occurrence, so delivering it is recorded once whatever retries,
 * restarts or other instances do.
 */
public record Nudge(String teamId, Kind kind, Instant dueAt) {

  public enum Kind {
    /** The team's cadence has passed since its last check-in, or competencies are stale. */
    CHECKIN,
    /** What changed in the team's assessment since the last digest. */
    DIGEST,
    /**
     * Halfway through a team round, to a member who has not answered. Sent by the rounds' sweep,
     * which records it here so that it goes once; never planned by the nudge planner.
     */
    ROUND_REMINDER
  }

  public Nudge {
    Objects.requireNonNull(teamId, "teamId");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(dueAt, "dueAt");
  }

  /** The idempotency key: team, kind and due time. */
  public String key() {
    return teamId + "/" + kind.name().toLowerCase(java.util.Locale.ROOT) + "/" + dueAt;
  }
}

package org.pcref.core.team;

import java.time.Instant;
import java.util.Objects;

/**
 * One entry of a team's assessment history: the level a person gave a competency, when, with what
 * evidence note and in which check-in. Never changed once recorded; a correction is a new entry.
 *
 * @param id unique; recording the same id twice records it once
 * @param note the evidence note, or empty
 * @param checkInId the check-in it was given in, or empty for a lead's correction
 */
public record Rating(
    String id,
    String teamId,
    String competencyId,
    TeamLevel level,
    String note,
    String byId,
    String byName,
    Instant at,
    String checkInId) {

  public Rating {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(teamId, "teamId");
    Objects.requireNonNull(competencyId, "competencyId");
    Objects.requireNonNull(level, "level");
    note = note == null ? "" : note;
    Objects.requireNonNull(byId, "byId");
    byName = byName == null || byName.isBlank() ? byId : byName;
    Objects.requireNonNull(at, "at");
    checkInId = checkInId == null ? "" : checkInId;
  }

  /** How a rating confirmed after a team round names its evidence: this, then the round's id. */
  public static final String ROUND = "round:";

  public boolean isCorrection() {
    return checkInId.isEmpty();
  }

  /** Whether a lead confirmed it after a team round. */
  public boolean isFromRound() {
    return checkInId.startsWith(ROUND);
  }
}

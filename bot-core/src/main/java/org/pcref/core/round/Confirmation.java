package org.pcref.core.round;

import java.time.Instant;
import java.util.Objects;
import org.pcref.core.team.TeamLevel;

/** The level a lead confirmed for one competency after a round; one per round and competency. */
public record Confirmation(
    String roundId,
    String competencyId,
    TeamLevel level,
    String note,
    String byId,
    String byName,
    Instant at) {

  public Confirmation {
    Objects.requireNonNull(roundId, "roundId");
    Objects.requireNonNull(competencyId, "competencyId");
    Objects.requireNonNull(level, "level");
    note = note == null ? "" : note;
    Objects.requireNonNull(byId, "byId");
    byName = byName == null || byName.isBlank() ? byId : byName;
    Objects.requireNonNull(at, "at");
  }
}

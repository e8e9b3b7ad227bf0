package org.pcref.core.round;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.pcref.core.checkin.CheckedLevel;
import org.pcref.core.team.TeamLevel;

/**
 * One person's answer for one competency in a round. There is at most one per round, person and
 * competency: a later answer replaces it.
 *
 * @param level the level they gave, or null when they skipped the competency (no view)
 * @param checked the descriptor checklist behind the level, when they went through it
 */
public record RoundAnswer(
    String roundId,
    String personId,
    String personName,
    String competencyId,
    TeamLevel level,
    String note,
    List<CheckedLevel> checked,
    Instant at) {

  public RoundAnswer {
    Objects.requireNonNull(roundId, "roundId");
    Objects.requireNonNull(personId, "personId");
    personName = personName == null || personName.isBlank() ? personId : personName;
    Objects.requireNonNull(competencyId, "competencyId");
    note = note == null ? "" : note;
    checked = checked == null ? List.of() : List.copyOf(checked);
    Objects.requireNonNull(at, "at");
  }

  public boolean skipped() {
    return level == null;
  }
}

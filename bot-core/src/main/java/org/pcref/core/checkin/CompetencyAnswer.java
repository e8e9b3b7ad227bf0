package org.pcref.core.checkin;

import org.pcref.core.team.TeamLevel;

/**
 * What a check-in recorded for one competency: the level given (null when skipped), the note, and
 * the team's level before, for the summary (null when it had none).
 */
public record CompetencyAnswer(
    String competencyId, TeamLevel level, String note, TeamLevel previous) {
  public CompetencyAnswer {
    note = note == null ? "" : note;
  }

  public boolean skipped() {
    return level == null;
  }
}

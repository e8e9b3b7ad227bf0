package org.pcref.core.picture;

import java.util.Objects;
import org.pcref.core.team.Assessment;
import org.pcref.core.team.Team;

/** A team with its whole assessment: its people, and every rating in the order recorded. */
public record TeamHistory(Team team, Assessment assessment) {

  public TeamHistory {
    Objects.requireNonNull(team, "team");
    Objects.requireNonNull(assessment, "assessment");
  }
}

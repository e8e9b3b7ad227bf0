package org.pcref.core.picture;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.pcref.core.team.Rating;
import org.pcref.core.team.Team;

/**
 * A team and its current level of each competency it has rated, with who gave it and when.
 *
 * @param byCompetency the latest rating of each competency, by competency id; unrated ones are
 *     absent
 */
public record CurrentLevels(Team team, Map<String, Rating> byCompetency) {

  public CurrentLevels {
    Objects.requireNonNull(team, "team");
    byCompetency = Map.copyOf(byCompetency);
  }

  public Optional<Rating> of(String competencyId) {
    return Optional.ofNullable(byCompetency.get(competencyId));
  }
}

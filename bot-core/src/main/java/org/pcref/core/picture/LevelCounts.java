package org.pcref.core.picture;

import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.pcref.core.team.TeamLevel;

/**
 * How many teams stood at each level of each competency at one moment.
 *
 * @param teams how many teams there were: those created at or before {@code at}
 * @param byCompetency by competency id, the number of teams at each level; levels no team stood at
 *     are left out, so two counts of the same picture are equal however they were tallied
 */
public record LevelCounts(
    Instant at, int teams, Map<String, Map<TeamLevel, Integer>> byCompetency) {

  public LevelCounts {
    Objects.requireNonNull(at, "at");
    if (teams < 0) {
      throw new IllegalArgumentException("teams must not be negative");
    }
    Map<String, Map<TeamLevel, Integer>> kept = new HashMap<>();
    byCompetency.forEach(
        (competencyId, levels) -> {
          Map<TeamLevel, Integer> counted = new EnumMap<>(TeamLevel.class);
          levels.forEach(
              (level, count) -> {
                if (count < 0) {
                  throw new IllegalArgumentException("a count must not be negative");
                }
                if (count > 0) {
                  counted.put(level, count);
                }
              });
          if (counted.values().stream().mapToInt(Integer::intValue).sum() > teams) {
            throw new IllegalArgumentException(
                "more teams rated " + competencyId + " than there are teams");
          }
          if (!counted.isEmpty()) {
            kept.put(competencyId, Map.copyOf(counted));
          }
        });
    byCompetency = Map.copyOf(kept);
  }

  /** How many teams stood at this level of the competency. */
  public int count(String competencyId, TeamLevel level) {
    return byCompetency.getOrDefault(competencyId, Map.of()).getOrDefault(level, 0);
  }

  /** How many teams had rated the competency. */
  public int rated(String competencyId) {
    return byCompetency.getOrDefault(competencyId, Map.of()).values().stream()
        .mapToInt(Integer::intValue)
        .sum();
  }

  /** How many teams had not rated the competency yet. */
  public int unrated(String competencyId) {
    return teams - rated(competencyId);
  }

  /**
   * The share of all teams at this level of the competency, from 0 to 1; 0 when there were no
   * teams.
   */
  public double share(String competencyId, TeamLevel level) {
    return teams == 0 ? 0 : (double) count(competencyId, level) / teams;
  }
}

package org.pcref.core.picture;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.pcref.core.team.Assessment;
import org.pcref.core.team.InMemoryTeamStore;
import org.pcref.core.team.Rating;
import org.pcref.core.team.Team;
import org.pcref.core.team.TeamLevel;

/**
 * The trust picture read from the in-memory team store, team by team, with {@link Assessment}
 * reading each team's levels as the chat does: for tests and for trying the bot without a database.
 * Simple rather than fast; the storage contract holds the database's picture to it.
 */
public final class InMemoryTrustPicture implements TrustPicture {

  private final InMemoryTeamStore store;

  public InMemoryTrustPicture(InMemoryTeamStore store) {
    this.store = store;
  }

  @Override
  public List<CurrentLevels> currentLevels() {
    return teams().stream().map(t -> new CurrentLevels(t, current(store.ratings(t.id())))).toList();
  }

  @Override
  public Optional<TeamHistory> history(String teamId) {
    return store.find(teamId).map(t -> new TeamHistory(t, new Assessment(store.ratings(teamId))));
  }

  @Override
  public List<LevelCounts> levelCounts(List<Instant> moments) {
    List<Team> teams = teams();
    List<LevelCounts> counts = new ArrayList<>();
    for (Instant at : moments) {
      int existing = 0;
      Map<String, Map<TeamLevel, Integer>> byCompetency = new HashMap<>();
      for (Team team : teams) {
        if (team.createdAt().isAfter(at)) {
          continue;
        }
        existing++;
        for (Rating current : current(givenBy(team, at)).values()) {
          byCompetency
              .computeIfAbsent(current.competencyId(), c -> new EnumMap<>(TeamLevel.class))
              .merge(current.level(), 1, Integer::sum);
        }
      }
      counts.add(new LevelCounts(at, existing, byCompetency));
    }
    return counts;
  }

  @Override
  public List<OverdueTeam> overdue(Instant asOf, Duration reviewAfter) {
    Instant cutoff = asOf.minus(reviewAfter);
    List<OverdueTeam> overdue = new ArrayList<>();
    for (Team team : teams()) {
      if (team.createdAt().isAfter(asOf)) {
        continue;
      }
      Optional<Instant> lastRated =
          givenBy(team, asOf).stream().map(Rating::at).max(Instant::compareTo);
      if (lastRated.isEmpty() || lastRated.get().isBefore(cutoff)) {
        overdue.add(new OverdueTeam(team, lastRated));
      }
    }
    overdue.sort(OverdueTeam.LONGEST_WAITING_FIRST);
    return overdue;
  }

  private List<Team> teams() {
    return store.teamIds().stream()
        .map(store::find)
        .flatMap(Optional::stream)
        .sorted(TEAM_ORDER)
        .toList();
  }

  private List<Rating> givenBy(Team team, Instant at) {
    return store.ratings(team.id()).stream().filter(r -> !r.at().isAfter(at)).toList();
  }

  private static Map<String, Rating> current(List<Rating> ratings) {
    Assessment assessment = new Assessment(ratings);
    Set<String> competencyIds = new LinkedHashSet<>();
    ratings.forEach(r -> competencyIds.add(r.competencyId()));
    Map<String, Rating> current = new HashMap<>();
    competencyIds.forEach(id -> assessment.current(id).ifPresent(r -> current.put(id, r)));
    return current;
  }
}

package org.pcref.core.team;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Teams and ratings held in memory: for tests and for trying the bot without a database. */
public final class InMemoryTeamStore implements TeamStore {

  private final Map<String, Team> teams = new ConcurrentHashMap<>();
  private final List<Rating> ratings = new ArrayList<>();

  @Override
  public Optional<Team> find(String teamId) {
    return Optional.ofNullable(teams.get(teamId));
  }

  @Override
  public Optional<Team> findByChannel(Workspace workspace, String channel) {
    return teams.values().stream()
        .filter(t -> t.workspace().equals(workspace) && t.channels().contains(channel))
        .findFirst();
  }

  @Override
  public List<Team> findByPerson(Workspace workspace, String userId) {
    return teams.values().stream()
        .filter(t -> t.workspace().equals(workspace) && t.includes(userId))
        .sorted(Comparator.comparing(Team::name).thenComparing(Team::id))
        .toList();
  }

  @Override
  public Optional<Team> findByName(Workspace workspace, String name) {
    return teams.values().stream()
        .filter(
            t ->
                t.workspace().equals(workspace)
                    && t.name().toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT)))
        .min(Comparator.comparing(Team::createdAt).thenComparing(Team::id));
  }

  @Override
  public synchronized void save(Team team) {
    for (String channel : team.channels()) {
      findByChannel(team.workspace(), channel)
          .filter(other -> !other.id().equals(team.id()))
          .ifPresent(
              other -> {
                throw new ChannelTaken(channel);
              });
    }
    teams.put(team.id(), team);
  }

  /** Every team's id (the database's sweep reads them from its table). */
  public List<String> teamIds() {
    return List.copyOf(teams.keySet());
  }

  @Override
  public synchronized void record(Rating rating) {
    for (int i = 0; i < ratings.size(); i++) {
      if (ratings.get(i).id().equals(rating.id())) {
        ratings.set(i, rating);
        return;
      }
    }
    ratings.add(rating);
  }

  @Override
  public synchronized List<Rating> ratings(String teamId) {
    return ratings.stream().filter(r -> r.teamId().equals(teamId)).toList();
  }
}

package org.pcref.app.storage;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.pcref.core.picture.CurrentLevels;
import org.pcref.core.picture.LevelCounts;
import org.pcref.core.picture.OverdueTeam;
import org.pcref.core.picture.TeamHistory;
import org.pcref.core.picture.TrustPicture;
import org.pcref.core.team.Assessment;
import org.pcref.core.team.Rating;
import org.pcref.core.team.Team;
import org.pcref.core.team.TeamLevel;

/**
 * The trust picture read from the database the team store writes. Each query is a handful of
 * statements in one read-only transaction, so it sees one moment of the data however many teams and
 * ratings there are; the database does the counting.
 */
public final class JdbcTrustPicture implements TrustPicture {

  /**
   * Moments counted in one statement: a long run of months takes a few statements, not one huge
   * one.
   */
  static final int MOMENTS_PER_STATEMENT = 60;

  private final Transactions db;

  public JdbcTrustPicture(DataSource dataSource) {
    this.db = new Transactions(dataSource);
  }

  @Override
  public List<CurrentLevels> currentLevels() {
    return db.read(
        "read every team's levels",
        c -> {
          Map<String, Map<String, Rating>> current = PictureRows.current(c);
          return EveryTeamRows.read(c).values().stream()
              .sorted(TEAM_ORDER)
              .map(team -> new CurrentLevels(team, current.getOrDefault(team.id(), Map.of())))
              .toList();
        });
  }

  @Override
  public Optional<TeamHistory> history(String teamId) {
    return db.read(
        "read a team's history",
        c -> {
          Optional<Team> team = TeamRows.find(c, teamId);
          return team.isEmpty()
              ? Optional.<TeamHistory>empty()
              : Optional.of(
                  new TeamHistory(team.get(), new Assessment(RatingRows.ofTeam(c, teamId))));
        });
  }

  @Override
  public List<LevelCounts> levelCounts(List<Instant> moments) {
    return db.read(
        "count the teams at each level",
        c -> {
          List<LevelCounts> counts = new ArrayList<>(moments.size());
          for (int from = 0; from < moments.size(); from += MOMENTS_PER_STATEMENT) {
            List<Instant> some =
                moments.subList(from, Math.min(moments.size(), from + MOMENTS_PER_STATEMENT));
            Map<Integer, Integer> teams = PictureRows.teams(c, some);
            Map<Integer, Map<String, Map<TeamLevel, Integer>>> levels = PictureRows.levels(c, some);
            for (int n = 0; n < some.size(); n++) {
              counts.add(
                  new LevelCounts(
                      some.get(n), teams.getOrDefault(n, 0), levels.getOrDefault(n, Map.of())));
            }
          }
          return counts;
        });
  }

  @Override
  public List<OverdueTeam> overdue(Instant asOf, Duration reviewAfter) {
    return db.read(
        "find the teams overdue",
        c -> {
          Map<String, Optional<Instant>> lastRated =
              PictureRows.overdue(c, asOf, asOf.minus(reviewAfter));
          if (lastRated.isEmpty()) {
            return List.<OverdueTeam>of();
          }
          Map<String, Team> teams = EveryTeamRows.read(c);
          return lastRated.entrySet().stream()
              .map(e -> new OverdueTeam(teams.get(e.getKey()), e.getValue()))
              .sorted(OverdueTeam.LONGEST_WAITING_FIRST)
              .toList();
        });
  }
}

package org.pcref.app.storage;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.pcref.core.team.Rating;
import org.pcref.core.team.Team;
import org.pcref.core.team.TeamStore;
import org.pcref.core.team.Workspace;

/**
 * Teams and their rating history in the database, shared by every instance of the bot. Team
 * contents and ratings are read afresh every time; only a channel's link to its team, which never
 * changes once made, is remembered.
 */
public final class JdbcTeamStore implements TeamStore {

  private final Transactions db;
  private final Cache<Link, String> teamOfChannel =
      Caffeine.newBuilder().maximumSize(10_000).build();

  public JdbcTeamStore(DataSource dataSource) {
    this.db = new Transactions(dataSource);
  }

  @Override
  public Optional<Team> find(String teamId) {
    return db.read("find a team", c -> TeamRows.find(c, teamId));
  }

  @Override
  public Optional<Team> findByChannel(Workspace workspace, String channel) {
    Link link = new Link(workspace, channel);
    String known = teamOfChannel.getIfPresent(link);
    if (known != null) {
      // The team is read afresh anyway; should the link ever have been undone, ask again.
      Optional<Team> team = find(known).filter(link::belongsTo);
      if (team.isPresent()) {
        return team;
      }
      teamOfChannel.invalidate(link);
    }
    Optional<Team> team =
        db.read(
            "find a channel's team",
            c -> {
              Optional<String> teamId = TeamRows.teamOfChannel(c, workspace, channel);
              return teamId.isPresent() ? TeamRows.find(c, teamId.get()) : Optional.<Team>empty();
            });
    team.ifPresent(t -> teamOfChannel.put(link, t.id()));
    return team;
  }

  @Override
  public List<Team> findByPerson(Workspace workspace, String userId) {
    List<Team> teams =
        db.read(
            "find a person's teams",
            c -> {
              List<Team> found = new ArrayList<>();
              for (String teamId : TeamRows.teamsOfPerson(c, workspace, userId)) {
                TeamRows.find(c, teamId).ifPresent(found::add);
              }
              return found;
            });
    // Sorted here rather than by the database, whose collation differs between H2 and PostgreSQL.
    teams.sort(Comparator.comparing(Team::name).thenComparing(Team::id));
    return List.copyOf(teams);
  }

  @Override
  public Optional<Team> findByName(Workspace workspace, String name) {
    return db.read(
        "find a team by name",
        c -> {
          Optional<String> teamId = TeamRows.teamNamed(c, workspace, name);
          return teamId.isPresent() ? TeamRows.find(c, teamId.get()) : Optional.<Team>empty();
        });
  }

  @Override
  public void save(Team team) {
    try {
      saveOnce(team);
    } catch (ChannelTaken taken) {
      // The clash may be with this very team, saved at the same moment elsewhere: then save again.
      if (!linkedToThisTeam(team)) {
        throw taken;
      }
      saveOnce(team);
    } catch (StorageException e) {
      if (!Transactions.isUniqueViolation(e)) {
        throw e;
      }
      // Another instance created this same team a moment ago; now it exists, this save updates it.
      saveOnce(team);
    }
  }

  private void saveOnce(Team team) {
    db.write(
        "save a team",
        c -> {
          TeamRows.write(c, team);
          return null;
        });
    team.channels()
        .forEach(channel -> teamOfChannel.put(new Link(team.workspace(), channel), team.id()));
  }

  private boolean linkedToThisTeam(Team team) {
    return db.autoCommit(
        "find a channel's team",
        c -> {
          for (String channel : team.channels()) {
            Optional<String> holder = TeamRows.teamOfChannel(c, team.workspace(), channel);
            if (holder.isPresent() && !holder.get().equals(team.id())) {
              return false;
            }
          }
          return true;
        });
  }

  @Override
  public void record(Rating rating) {
    db.autoCommit(
        "record a rating",
        c -> {
          RatingRows.record(c, rating);
          return null;
        });
  }

  @Override
  public List<Rating> ratings(String teamId) {
    return List.copyOf(db.autoCommit("read a team's ratings", c -> RatingRows.ofTeam(c, teamId)));
  }

  private record Link(Workspace workspace, String channel) {
    boolean belongsTo(Team team) {
      return team.workspace().equals(workspace) && team.channels().contains(channel);
    }
  }
}

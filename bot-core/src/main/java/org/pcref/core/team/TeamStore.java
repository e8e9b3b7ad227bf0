package org.pcref.core.team;

import java.util.List;
import java.util.Optional;

/**
 * Where teams and their rating history live (a database in the application). Implementations must
 * make a save visible to every later read, on every instance.
 */
public interface TeamStore {

  Optional<Team> find(String teamId);

  /** The team a channel of a workspace is linked to. */
  Optional<Team> findByChannel(Workspace workspace, String channel);

  /**
   * The teams of a workspace in which this person is a lead or member (not removed), by name, then
   * by id.
   */
  List<Team> findByPerson(Workspace workspace, String userId);

  /** The team of this name in the workspace, ignoring case; of several, the one created first. */
  Optional<Team> findByName(Workspace workspace, String name);

  /**
   * Saves a new or changed team. When one of its channels is already linked to another team,
   * nothing is saved and {@link ChannelTaken} is thrown: two people starting the first check-in in
   * one channel at once end up in one team.
   */
  void save(Team team);

  /**
   * Appends a rating to the team's history. A rating whose id is already recorded replaces it, in
   * its place: the id names the check-in turn that gave it, so it is that turn given again (after
   * the bot stopped between recording the rating and saving the conversation, the person answered
   * the same question anew, and was told this answer was kept).
   */
  void record(Rating rating);

  /** Every rating of the team, in the order recorded. */
  List<Rating> ratings(String teamId);

  /** Thrown by {@link #save} when a channel is already another team's. */
  final class ChannelTaken extends RuntimeException {
    public ChannelTaken(String channel) {
      super("channel " + channel + " is already linked to a team");
    }
  }
}

package org.pcref.core.team;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.pcref.core.command.Who;
import org.pcref.core.message.Choice;
import org.pcref.core.message.Inbound;
import org.pcref.core.message.Reply;
import org.pcref.core.message.Ways;

/**
 * Finds the team a message is about. In a channel: the team linked to it (the first check-in there
 * creates one, led by whoever started it; anyone else who takes part joins as a member). In a
 * direct message: the person's team, asked once when they have several.
 */
public final class TeamDirectory {

  /** The action id of the buttons that choose a team in a direct message; the value is its id. */
  public static final String CHOOSE = "team.choose";

  /** The team found, or what to say instead. */
  public sealed interface Lookup {}

  public record Found(Team team) implements Lookup {}

  public record NotFound(List<Reply> replies) implements Lookup {}

  private final TeamStore store;
  private final Clock clock;
  private final Ways.BySurface ways;

  public TeamDirectory(TeamStore store, Clock clock) {
    this(store, clock, new Ways.BySurface());
  }

  /** A directory whose replies name each surface's own way to a team's channel. */
  public TeamDirectory(TeamStore store, Clock clock, Ways.BySurface ways) {
    this.store = store;
    this.clock = clock;
    this.ways = ways;
  }

  /**
   * The team to read or check in for; with {@code create} (a check-in), a channel without one gets
   * one, and whoever checks in joins it. Reading never enrols anyone.
   */
  public Lookup find(Inbound in, String chosenTeamId, boolean create) {
    return find(in, chosenTeamId, create, create);
  }

  /**
   * The team to read or take part in: with {@code join}, someone in the channel who is not yet in
   * its team joins it as a member (they check in, or take part in its round).
   */
  public Lookup find(Inbound in, String chosenTeamId, boolean create, boolean join) {
    Workspace workspace = workspaceOf(in);
    if (in.direct()) {
      return inDirectMessage(in, workspace, chosenTeamId);
    }
    Optional<Team> linked = store.findByChannel(workspace, in.key().channel());
    if (linked.isEmpty()) {
      if (!create) {
        return new NotFound(
            List.of(
                new Reply.Text(
                    "This channel has no team yet. Type checkin to start its first check-in: I’ll set the team up, with you as its lead.")));
      }
      return new Found(create(in, workspace));
    }
    Team team = linked.get();
    if (team.wasRemoved(in.key().user())) {
      return new NotFound(List.of(notAMember(team)));
    }
    if (join && !team.includes(in.key().user())) {
      team = team.with(new Person(in.key().user(), in.userName(), Role.MEMBER));
      store.save(team);
    }
    return new Found(team);
  }

  /** Every team the person who wrote {@code in} is in, in this workspace. */
  public List<Team> teamsOf(Inbound in) {
    return store.findByPerson(workspaceOf(in), in.key().user());
  }

  public Optional<Team> byId(String teamId) {
    return store.find(teamId);
  }

  private Lookup inDirectMessage(Inbound in, Workspace workspace, String chosenTeamId) {
    List<Team> teams = store.findByPerson(workspace, in.key().user());
    if (teams.isEmpty()) {
      return new NotFound(
          List.of(
              new Reply.Text(
                  "You’re not in a team yet. Start a check-in "
                      + ways.of(in.key()).toChannel()
                      + ", or ask one of its leads to add you.")));
    }
    if (teams.size() == 1) {
      return new Found(teams.get(0));
    }
    Optional<Team> chosen = teams.stream().filter(t -> t.id().equals(chosenTeamId)).findFirst();
    if (chosen.isPresent()) {
      return new Found(chosen.get());
    }
    List<Choice> choices = teams.stream().map(t -> new Choice(t.name(), CHOOSE, t.id())).toList();
    return new NotFound(
        List.of(
            new Reply.Choices(
                "You’re in " + teams.size() + " teams. Which one is this about?", choices)));
  }

  private Team create(Inbound in, Workspace workspace) {
    Team team =
        new Team(
            UUID.randomUUID().toString(),
            workspace,
            in.channelName(),
            Map.of(in.key().user(), new Person(in.key().user(), in.userName(), Role.LEAD)),
            List.of(in.key().channel()),
            clock.instant());
    try {
      store.save(team);
      return team;
    } catch (TeamStore.ChannelTaken raced) {
      // Someone else's first check-in in this channel created the team a moment ago: join it.
      Team theirs = store.findByChannel(workspace, in.key().channel()).orElseThrow(() -> raced);
      Team joined =
          theirs.includes(in.key().user())
              ? theirs
              : theirs.with(new Person(in.key().user(), in.userName(), Role.MEMBER));
      store.save(joined);
      return joined;
    }
  }

  static Reply notAMember(Team team) {
    return new Reply.Text(
        "You’re not a member of "
            + team.name()
            + ". Ask a lead ("
            + leadNames(team)
            + ") to add you.");
  }

  /**
   * Why this person may not use a command on {@code team} with what follows it, or empty when they
   * may: some commands are for the team's leads only.
   */
  public static Optional<Reply> refusal(Inbound in, Team team, Who who, String argument) {
    return who.needsLead(argument) && !team.isLead(in.key().user())
        ? Optional.of(onlyLeads(team, who.toDo()))
        : Optional.empty();
  }

  static Reply onlyLeads(Team team, String toDo) {
    return new Reply.Text(
        "Only a lead of " + team.name() + " can " + toDo + ". Leads: " + leadNames(team) + ".");
  }

  private static String leadNames(Team team) {
    return String.join(", ", team.leads().stream().map(Person::name).toList());
  }

  public static Workspace workspaceOf(Inbound in) {
    return new Workspace(in.key().platform(), in.key().tenant());
  }
}

package org.pcref.core.team;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.pcref.core.message.Reply;
import org.pcref.core.message.Typed;

/**
 * Which directorate (or service) a team sits in, so the trust's board can group teams by it. In
 * chat, {@code team directorate}: anyone in the team may ask; its leads set or clear it. On the
 * board, an admin sets it through {@link #set}.
 */
public final class Directorates {

  /** What clears the directorate, rather than naming one. */
  private static final Set<String> CLEAR = Set.of("none", "clear", "remove", "no directorate");

  private final TeamStore store;

  public Directorates(TeamStore store) {
    this.store = store;
  }

  /**
   * Puts the team in the directorate named (blank: in none) and returns it as saved; empty for an
   * unknown team.
   *
   * @throws IllegalArgumentException when the name is longer than {@link Team#LONGEST_DIRECTORATE}
   */
  public Optional<Team> set(String teamId, String name) {
    String named = name == null ? "" : name.strip().replaceAll("\\s+", " ");
    if (Typed.length(named) > Team.LONGEST_DIRECTORATE) {
      throw new IllegalArgumentException(
          "A directorate’s name can be up to " + Team.LONGEST_DIRECTORATE + " characters.");
    }
    Optional<Team> team = store.find(teamId).map(t -> t.inDirectorate(named));
    team.ifPresent(store::save);
    return team;
  }

  List<Reply> directorate(Team team, String rest) {
    String named = rest.strip().replaceAll("\\s+", " ");
    if (named.isEmpty()) {
      return List.of(new Reply.Text(current(team)));
    }
    if (CLEAR.contains(named.toLowerCase(Locale.ROOT))) {
      if (team.directorate().isEmpty()) {
        return List.of(new Reply.Text(Typed.isolated(team.name()) + " is in no directorate."));
      }
      store.save(team.inDirectorate(""));
      return List.of(
          new Reply.Text(
              Typed.isolated(team.name())
                  + " is no longer in a directorate: the board shows it under “No directorate”."));
    }
    if (Typed.length(named) > Team.LONGEST_DIRECTORATE) {
      return List.of(
          new Reply.Text(
              "A directorate’s name can be up to "
                  + Team.LONGEST_DIRECTORATE
                  + " characters. Type team directorate followed by its name."));
    }
    store.save(team.inDirectorate(named));
    return List.of(
        new Reply.Text(
            Typed.isolated(team.name())
                + " is now in the "
                + Typed.isolated(named)
                + " directorate. The board groups it there."));
  }

  private static String current(Team team) {
    return team.directorate()
        .map(
            d ->
                Typed.isolated(team.name())
                    + " is in the "
                    + Typed.isolated(d)
                    + " directorate. Leads change it with team directorate <name>, or clear it with team directorate none.")
        .orElse(
            Typed.isolated(team.name())
                + " is in no directorate yet. Leads set it with team directorate <name>, e.g. team directorate Tower Hamlets.");
  }
}

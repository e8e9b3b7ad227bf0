package org.pcref.core.team;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.pcref.core.message.Reply;
import org.pcref.core.message.Typed;

/**
 * {@code team directorate}: which directorate (or service) the team sits in, so the trust's board
 * can group teams by it. Anyone in the team may ask; its leads set or clear it.
 */
final class Directorates {

  /** What clears the directorate, rather than naming one. */
  private static final Set<String> CLEAR = Set.of("none", "clear", "remove", "no directorate");

  private final TeamStore store;

  Directorates(TeamStore store) {
    this.store = store;
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

package org.pcref.core.round;

import java.util.ArrayList;
import java.util.List;
import org.pcref.core.message.Reply;
import org.pcref.core.team.Team;

/** The line {@code team} adds about rounds: the open one's progress, or the last one's levels. */
final class RoundNotes {

  private final RoundStore store;
  private final Results results;
  private final RoundCards cards;

  RoundNotes(RoundStore store, Results results, RoundCards cards) {
    this.store = store;
    this.results = results;
    this.cards = cards;
  }

  /** About {@code open}, the team's open round, or when it is null, the team's last round. */
  List<Reply> teamNote(Team team, Round open) {
    if (open != null) {
      return List.of(
          new Reply.Text(
              "Team round open until "
                  + cards.time(open.closesAt())
                  + " on "
                  + String.join(", ", cards.names(open.competencyIds()))
                  + ": "
                  + results.answeredBy(open, team).size()
                  + " of "
                  + team.members().size()
                  + " have answered. Type round to take part."));
    }
    return store.rounds(team.id()).stream()
        .findFirst()
        .map(last -> List.<Reply>of(new Reply.Text(lastRound(last))))
        .orElse(List.of());
  }

  private String lastRound(Round round) {
    List<String> parts = new ArrayList<>();
    List<Confirmation> confirmed = store.confirmations(round.id());
    for (String id : round.competencyIds()) {
      Spread spread = results.spread(round, id);
      String level =
          confirmed.stream()
              .filter(c -> c.competencyId().equals(id))
              .findFirst()
              .map(c -> "confirmed " + c.level().label())
              .orElse("not confirmed yet");
      parts.add(cards.name(id) + " (" + RoundCards.answers(spread.answered()) + ", " + level + ")");
    }
    return "Last team round, "
        + cards.date(round.openedAt())
        + ": "
        + String.join("; ", parts)
        + ". Type round for its spread; export rounds for all rounds.";
  }
}

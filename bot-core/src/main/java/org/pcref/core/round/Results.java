package org.pcref.core.round;

import java.util.ArrayList;
import java.util.List;
import org.pcref.core.message.Reply;
import org.pcref.core.team.Person;
import org.pcref.core.team.Team;
import org.pcref.framework.Framework;

/** A round's result read from its answers: each competency's spread, and who has answered. */
final class Results {

  private final Framework framework;
  private final RoundStore store;
  private final RoundCards cards;

  Results(Framework framework, RoundStore store, RoundCards cards) {
    this.framework = framework;
    this.store = store;
    this.cards = cards;
  }

  Reply result(Round round, Team team) {
    List<RoundAnswer> answers = store.answers(round.id());
    List<Spread> spreads =
        round.competencyIds().stream()
            .map(id -> framework.competency(id).orElseThrow())
            .map(c -> Spread.of(c, answers, round.namesShown()))
            .toList();
    return cards.result(round, team, spreads, store.confirmations(round.id()));
  }

  Spread spread(Round round, String competencyId) {
    return Spread.of(
        framework.competency(competencyId).orElseThrow(),
        store.answers(round.id()),
        round.namesShown());
  }

  /** The people in the team who answered (a level or skipped) every competency of the round. */
  List<String> answeredBy(Round round, Team team) {
    return answeredBy(round, team, store.answers(round.id()));
  }

  /**
   * Whether every member has answered every competency: counted first, so that a big team's answers
   * are read only once they could be complete.
   */
  boolean everyoneAnswered(Round round, Team team) {
    int members = team.members().size();
    if (store.countAnswers(round.id()) < members * round.competencyIds().size()) {
      return false;
    }
    return answeredBy(round, team).size() >= members;
  }

  private static List<String> answeredBy(Round round, Team team, List<RoundAnswer> answers) {
    List<String> done = new ArrayList<>();
    for (Person person : team.members()) {
      long given = answers.stream().filter(a -> a.personId().equals(person.id())).count();
      if (given >= round.competencyIds().size()) {
        done.add(person.id());
      }
    }
    return done;
  }
}

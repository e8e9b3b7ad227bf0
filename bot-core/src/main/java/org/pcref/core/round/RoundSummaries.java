package org.pcref.core.round;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.pcref.framework.Competency;
import org.pcref.framework.Framework;

/**
 * A team's rounds as the board shows them: for each round, newest first, each competency's spread
 * (counts only; only once the round has closed, so nobody still to answer sees the others' views
 * first; and only from the fewest answers a round shows) and the level its lead confirmed. No one's
 * answer and no note leaves here: the same privacy as the chat's export of rounds.
 */
public final class RoundSummaries {

  private final Framework framework;
  private final RoundStore store;
  private final RoundSettings settings;

  public RoundSummaries(Framework framework, RoundStore store, RoundSettings settings) {
    this.framework = framework;
    this.store = store;
    this.settings = settings;
  }

  /** One round and its competencies. */
  public record Summary(Round round, List<Line> lines) {}

  /**
   * One competency of a round.
   *
   * @param answered how many gave a level
   * @param spread how the levels spread; empty while the round is open, and below the fewest
   *     answers a round shows
   * @param confirmed the level the lead confirmed, if they have
   */
  public record Line(
      Competency competency,
      int answered,
      Optional<Spread> spread,
      Optional<Confirmation> confirmed) {}

  /** The team's rounds, newest first. */
  public List<Summary> of(String teamId) {
    List<Summary> summaries = new ArrayList<>();
    for (Round round : store.rounds(teamId)) {
      List<RoundAnswer> answers = store.answers(round.id());
      List<Confirmation> confirmations = store.confirmations(round.id());
      List<Line> lines = new ArrayList<>();
      for (String id : round.competencyIds()) {
        Optional<Competency> competency = framework.competency(id);
        if (competency.isEmpty()) {
          continue; // a competency the framework file no longer has
        }
        // Counts only: no names, whatever the round showed its lead, and no notes.
        Spread full = Spread.of(competency.get(), answers, false);
        Spread spread =
            new Spread(
                full.competencyId(),
                full.answered(),
                full.counts(),
                full.median(),
                full.differ(),
                full.divergent(),
                List.of(),
                java.util.Map.of());
        lines.add(
            new Line(
                competency.get(),
                spread.answered(),
                !round.isOpen() && spread.answered() >= settings.fewestToShow()
                    ? Optional.of(spread)
                    : Optional.empty(),
                confirmations.stream().filter(c -> c.competencyId().equals(id)).findFirst()));
      }
      summaries.add(new Summary(round, lines));
    }
    return summaries;
  }
}

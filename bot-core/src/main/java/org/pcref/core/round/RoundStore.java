package org.pcref.core.round;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Where rounds, their answers and confirmations live (a database in the application). Every rule
 * here holds across instances sharing one store: one open round per team, one answer per person per
 * competency, a round closed and reminded once.
 */
public interface RoundStore {

  /**
   * Opens {@code round} unless its team already has an open round; returns the team's open round
   * either way (so two leads starting at once share one).
   */
  Round open(Round round);

  Optional<Round> find(String roundId);

  /** The team's open round, if any (its time may be up without it being closed yet). */
  Optional<Round> openRound(String teamId);

  /** The team's rounds, newest first. */
  List<Round> rounds(String teamId);

  /** Every open round, of every team (for the sweep that closes and reminds). */
  List<Round> openRounds();

  /** Keeps an answer, replacing the same person's earlier answer for the same competency. */
  void answer(RoundAnswer answer);

  /** The round's answers, one per person per competency, in the order first given. */
  List<RoundAnswer> answers(String roundId);

  /** One person's answers in the round; a database reads only theirs. */
  default List<RoundAnswer> answers(String roundId, String personId) {
    return answers(roundId).stream().filter(a -> a.personId().equals(personId)).toList();
  }

  /** How many answers the round holds (one per person per competency); a database counts them. */
  default int countAnswers(String roundId) {
    return answers(roundId).size();
  }

  /**
   * Closes the round if it is still open; returns it closed only to the one caller that closed it,
   * so its summary is posted once. Empty when it was closed already or does not exist.
   */
  Optional<Round> close(String roundId, Instant at, Round.Closing why);

  /**
   * Marks the round's result as posted in its team's channel; true only for the first caller, who
   * posts it.
   */
  boolean markResultPosted(String roundId, Instant at);

  /** Closed rounds whose result has not been posted in their channel yet (for the sweep). */
  List<Round> closedUnposted();

  /** Marks the halfway reminder as sent; true only for the first caller. */
  boolean markReminded(String roundId, Instant at);

  /** Keeps a lead's confirmation, replacing an earlier one for the same competency. */
  void confirm(Confirmation confirmation);

  List<Confirmation> confirmations(String roundId);
}

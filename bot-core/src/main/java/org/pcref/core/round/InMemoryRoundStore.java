package org.pcref.core.round;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Rounds held in memory: for tests and for trying the bot without a database. */
public final class InMemoryRoundStore implements RoundStore {

  private final Map<String, Round> rounds = new LinkedHashMap<>();
  private final Map<String, RoundAnswer> answers = new LinkedHashMap<>();
  private final Map<String, Confirmation> confirmations = new LinkedHashMap<>();
  private final java.util.Set<String> posted = new java.util.HashSet<>();

  @Override
  public synchronized Round open(Round round) {
    Optional<Round> open = openRound(round.teamId());
    if (open.isPresent()) {
      return open.get();
    }
    rounds.put(round.id(), round);
    return round;
  }

  @Override
  public synchronized Optional<Round> find(String roundId) {
    return Optional.ofNullable(rounds.get(roundId));
  }

  @Override
  public synchronized Optional<Round> openRound(String teamId) {
    return rounds.values().stream()
        .filter(r -> r.teamId().equals(teamId) && r.isOpen())
        .findFirst();
  }

  @Override
  public synchronized List<Round> rounds(String teamId) {
    List<Round> found =
        new ArrayList<>(rounds.values().stream().filter(r -> r.teamId().equals(teamId)).toList());
    java.util.Collections.reverse(found);
    found.sort(Comparator.comparing(Round::openedAt).reversed());
    return found;
  }

  @Override
  public synchronized List<Round> openRounds() {
    return rounds.values().stream().filter(Round::isOpen).toList();
  }

  @Override
  public synchronized void answer(RoundAnswer answer) {
    String key = answer.roundId() + "\n" + answer.personId() + "\n" + answer.competencyId();
    // Replaced in place, so the order stays the order first given (as the database keeps it).
    answers.put(key, answer);
  }

  @Override
  public synchronized List<RoundAnswer> answers(String roundId) {
    return answers.values().stream().filter(a -> a.roundId().equals(roundId)).toList();
  }

  @Override
  public synchronized Optional<Round> close(String roundId, Instant at, Round.Closing why) {
    Round round = rounds.get(roundId);
    if (round == null || !round.isOpen()) {
      return Optional.empty();
    }
    Round closed = round.closed(at, why);
    rounds.put(roundId, closed);
    return Optional.of(closed);
  }

  @Override
  public synchronized boolean markResultPosted(String roundId, Instant at) {
    Round round = rounds.get(roundId);
    return round != null && !round.isOpen() && posted.add(roundId);
  }

  @Override
  public synchronized List<Round> closedUnposted() {
    return rounds.values().stream().filter(r -> !r.isOpen() && !posted.contains(r.id())).toList();
  }

  @Override
  public synchronized boolean markReminded(String roundId, Instant at) {
    Round round = rounds.get(roundId);
    if (round == null || round.remindedAt() != null) {
      return false;
    }
    rounds.put(roundId, round.reminded(at));
    return true;
  }

  @Override
  public synchronized void confirm(Confirmation confirmation) {
    confirmations.put(confirmation.roundId() + "\n" + confirmation.competencyId(), confirmation);
  }

  @Override
  public synchronized List<Confirmation> confirmations(String roundId) {
    return confirmations.values().stream().filter(c -> c.roundId().equals(roundId)).toList();
  }
}

package org.pcref.core.conversation;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * Hears of every turn the {@link Assistant} takes: on which platform, what kind of turn it was, how
 * long it took and what it did to a check-in. The server counts these for its metrics; the core
 * itself keeps no counts.
 */
@FunctionalInterface
public interface TurnObserver {

  /** Hears nothing. */
  TurnObserver NONE = turn -> {};

  /** What a turn was about. */
  enum Kind {
    /** A question about the framework. */
    QUESTION,
    /** A command other than a check-in (team, history, remind, ...), or a button that runs one. */
    COMMAND,
    /** Starting, answering or steering a check-in. */
    CHECK_IN,
    /** Opening, answering or confirming a team round. */
    ROUND
  }

  /** What a turn did to the conversation's check-in. */
  enum CheckInChange {
    STARTED,
    /** Ended in the turn: every competency answered, or cancelled with the levels given kept. */
    FINISHED,
    PAUSED,
    /** Found past its time at the start of the turn, and closed. */
    EXPIRED
  }

  /**
   * One turn taken.
   *
   * @param took from the start of the turn to its replies, not counting a wait for another turn of
   *     the same conversation
   */
  record TakenTurn(String platform, Kind kind, Duration took, List<CheckInChange> changes) {
    public TakenTurn {
      Objects.requireNonNull(platform, "platform");
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(took, "took");
      changes = List.copyOf(changes);
    }
  }

  /** Called on the turn's thread once its replies are made; must not throw or block. */
  void turnTaken(TakenTurn turn);
}

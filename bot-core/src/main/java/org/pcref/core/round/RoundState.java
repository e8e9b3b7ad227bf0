package org.pcref.core.round;

import java.util.Objects;
import org.pcref.core.checkin.CheckIn;
import org.pcref.core.team.TeamLevel;

/**
 * What one conversation remembers of a round between turns: the person's own questions while they
 * answer, or the competency and level a lead is confirming while they add a note.
 *
 * @param answering the person's questions (the check-in's), or null
 * @param confirming the competency whose level the lead chose and is adding a note to, or null
 * @param level the level chosen for {@code confirming}, or null
 */
public record RoundState(String roundId, CheckIn answering, String confirming, TeamLevel level) {

  public RoundState {
    Objects.requireNonNull(roundId, "roundId");
  }

  static RoundState answering(String roundId, CheckIn questions) {
    return new RoundState(roundId, questions, null, null);
  }

  static RoundState confirming(String roundId, String competencyId, TeamLevel level) {
    return new RoundState(roundId, null, competencyId, level);
  }

  /** Whether typed text belongs to the round (an answer or a note), not to anything else. */
  public boolean takesText() {
    return (answering != null && !answering.paused()) || confirming != null;
  }
}

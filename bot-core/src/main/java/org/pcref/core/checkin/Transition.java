package org.pcref.core.checkin;

import java.util.List;
import org.pcref.core.message.Reply;
import org.pcref.core.team.Rating;

/**
 * The result of one check-in turn: the next state (null when the check-in has ended), the replies,
 * and the rating to record, if the turn completed a competency.
 *
 * @param given the answer the turn completed (a level, or skipped), or null: what a team round
 *     keeps instead of a rating
 * @param checked the descriptor checklist behind {@code given}, when the detailed path was used
 * @param finished whether the turn answered the last competency (rather than cancelled)
 */
record Transition(
    CheckIn next,
    List<Reply> replies,
    Rating recorded,
    CompetencyAnswer given,
    List<CheckedLevel> checked,
    boolean finished) {
  Transition {
    replies = List.copyOf(replies);
    checked = checked == null ? List.of() : List.copyOf(checked);
  }

  Transition(CheckIn next, List<Reply> replies, Rating recorded) {
    this(next, replies, recorded, null, List.of(), false);
  }
}

package org.pcref.core.checkin;

import java.util.List;
import org.pcref.core.message.Reply;
import org.pcref.core.team.Rating;

/**
 * The result of one check-in turn: the next state (null when the check-in has ended), the replies,
 * and the rating to record, if the turn completed a competency.
 */
record Transition(CheckIn next, List<Reply> replies, Rating recorded) {
  Transition {
    replies = List.copyOf(replies);
  }
}

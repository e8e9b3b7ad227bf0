package org.pcref.app.storage;

import java.util.Objects;
import org.pcref.core.conversation.ConversationState;

/**
 * Tells a turn that only asked a question from one that told the bot something. The first changes
 * nothing but the follow-up context (what the last question was about, the options just offered),
 * which the stores may write a moment later; the second is written before the turn returns.
 */
final class FollowUps {

  private FollowUps() {}

  /** Whether only the follow-up context (and the time) differs: nothing the person told the bot. */
  static boolean sameAnswers(ConversationState before, ConversationState after) {
    return Objects.equals(before.checkIn(), after.checkIn())
        && Objects.equals(before.teamId(), after.teamId())
        && Objects.equals(before.round(), after.round())
        && before.owed().equals(after.owed());
  }
}

package org.pcref.core.conversation;

import java.util.List;
import java.util.Optional;
import org.pcref.core.checkin.CheckIn;
import org.pcref.core.checkin.PausedCheckIns;
import org.pcref.core.message.ConversationKey;

/** Where conversation state lives between turns (a database in the application). */
public interface ConversationStore extends PausedCheckIns {

  Optional<ConversationState> load(ConversationKey key);

  /**
   * The state if the store holds it in memory, so that reading it and saving a new follow-up
   * context waits on nothing; empty when it would have to be read from storage. By default, always
   * empty.
   */
  default Optional<ConversationState> peek(ConversationKey key) {
    return Optional.empty();
  }

  void save(ConversationKey key, ConversationState state);

  /** The team's check-ins left paused, in any conversation (for the leads' digest). */
  @Override
  List<CheckIn> pausedCheckIns(String teamId);
}

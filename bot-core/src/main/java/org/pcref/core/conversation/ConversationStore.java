package org.pcref.core.conversation;

import java.util.List;
import java.util.Optional;
import org.pcref.core.checkin.CheckIn;

/** Where conversation state lives between turns (a database in the application). */
public interface ConversationStore {

  Optional<ConversationState> load(ConversationKey key);

  void save(ConversationKey key, ConversationState state);

  /** The team's check-ins left paused, in any conversation (for the leads' digest). */
  List<CheckIn> pausedCheckIns(String teamId);
}

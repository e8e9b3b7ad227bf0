package org.pcref.core.conversation;

import java.util.Optional;

/** Where conversation state lives between turns (a database in the application). */
public interface ConversationStore {

  Optional<ConversationState> load(ConversationKey key);

  void save(ConversationKey key, ConversationState state);
}

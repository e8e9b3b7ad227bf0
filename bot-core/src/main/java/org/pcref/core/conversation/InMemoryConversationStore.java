package org.pcref.core.conversation;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.Optional;

/**
 * Conversation state held in memory, bounded: for one-shot answers, scripting and tests, where
 * nothing has to survive the process.
 */
public final class InMemoryConversationStore implements ConversationStore {

  private final Cache<ConversationKey, ConversationState> states =
      Caffeine.newBuilder().maximumSize(10_000).build();

  @Override
  public Optional<ConversationState> load(ConversationKey key) {
    return Optional.ofNullable(states.getIfPresent(key));
  }

  @Override
  public void save(ConversationKey key, ConversationState state) {
    states.put(key, state);
  }
}

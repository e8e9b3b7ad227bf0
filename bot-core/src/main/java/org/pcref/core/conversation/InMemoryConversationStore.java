package org.pcref.core.conversation;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.pcref.core.checkin.CheckIn;
import org.pcref.core.message.ConversationKey;

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
  public Optional<ConversationState> peek(ConversationKey key) {
    return load(key);
  }

  @Override
  public void save(ConversationKey key, ConversationState state) {
    states.put(key, state);
  }

  @Override
  public List<Owing> owing(Instant quietSince, int limit) {
    return states.asMap().entrySet().stream()
        .filter(e -> !e.getValue().owed().isEmpty())
        .filter(e -> e.getValue().updatedAt().isBefore(quietSince))
        .limit(limit)
        .map(e -> new Owing(e.getKey(), e.getValue()))
        .toList();
  }

  @Override
  public boolean settle(ConversationKey key, ConversationState read, ConversationState settled) {
    return states.asMap().replace(key, read, settled);
  }

  @Override
  public List<CheckIn> pausedCheckIns(String teamId) {
    return states.asMap().values().stream()
        .map(ConversationState::checkIn)
        .filter(c -> c != null && c.paused() && c.teamId().equals(teamId))
        .toList();
  }
}

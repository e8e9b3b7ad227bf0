package org.pcref.core.conversation;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.pcref.core.checkin.CheckIn;
import org.pcref.core.checkin.PausedCheckIns;
import org.pcref.core.message.ConversationKey;
import org.pcref.core.message.SeenKeys;

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

  /**
   * Records {@code delivery} in {@code seen} and, the first time only, {@link #peek}s: the state if
   * it can be had without waiting. A store whose conversations share a database with {@code seen}
   * may do both in one round trip, and then reads the conversation from the database: no longer
   * than recording the delivery alone would take. By default, one after the other.
   *
   * @throws SeenKeys.Unavailable when the delivery cannot be recorded; then nothing is read
   */
  default FirstLook peekOnce(ConversationKey key, SeenKeys seen, String delivery) {
    return seen.firstTime(delivery) ? new FirstLook(true, peek(key)) : FirstLook.SEEN_BEFORE;
  }

  /**
   * What {@link #peekOnce} found: whether the delivery is new and, when it is, the state as {@link
   * #peek} gives it.
   */
  record FirstLook(boolean firstTime, Optional<ConversationState> state) {

    /** A delivery seen before: nothing read. */
    public static final FirstLook SEEN_BEFORE = new FirstLook(false, Optional.empty());
  }

  void save(ConversationKey key, ConversationState state);

  /**
   * Up to {@code limit} conversations that owe their channel replies ({@link
   * ConversationState#owed()}) and have had no turn since {@code quietSince}, as read. By default,
   * none: a store that keeps nothing across a crash owes nothing after one.
   */
  default List<Owing> owing(Instant quietSince, int limit) {
    return List.of();
  }

  /**
   * Saves {@code settled} in place of {@code read}, only if nothing was saved in the conversation
   * since {@code read} was (on any instance); returns whether it did. Whoever settles a debt is the
   * one who pays it, so two instances never post the same summary.
   */
  default boolean settle(ConversationKey key, ConversationState read, ConversationState settled) {
    return false;
  }

  /** A conversation that owes its channel replies, and its state as read. */
  record Owing(ConversationKey key, ConversationState state) {}

  /** The team's check-ins left paused, in any conversation (for the leads' digest). */
  @Override
  List<CheckIn> pausedCheckIns(String teamId);
}

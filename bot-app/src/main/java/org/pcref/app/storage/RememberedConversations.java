package org.pcref.app.storage;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import org.pcref.core.checkin.CheckIn;
import org.pcref.core.conversation.ConversationState;
import org.pcref.core.conversation.ConversationStore;
import org.pcref.core.message.ConversationKey;
import org.pcref.core.privacy.PersonKey;

/**
 * The conversations of the one server that owns the database (the embedded H2 file, held by a
 * {@link ServerLock}), remembered in memory and written to the database, so a turn reads nothing
 * from the database and a plain question waits on no write.
 *
 * <ul>
 *   <li>Whatever a person told the bot (a check-in's answers and notes, the team they chose) is
 *       written before the turn returns, exactly as without this class: a crash a moment later
 *       loses none of it.
 *   <li>A turn that changes only what the last question was about (for "and Outstanding?") is
 *       written within {@link #WRITE_BEHIND}, with the others of those seconds in one transaction.
 *       A crash loses at most those seconds' follow-up contexts, never an answer.
 * </ul>
 *
 * <p>Only correct while no other process writes these conversations, hence the lock; with several
 * instances on one database, the bot reads and writes every turn through {@link
 * JdbcConversationStore}.
 */
public final class RememberedConversations implements ConversationStore, AutoCloseable {

  /** How long a follow-up context waits to be written, at most (plus the write itself). */
  static final Duration WRITE_BEHIND = Duration.ofSeconds(5);

  private final JdbcConversationStore database;
  private final Cache<ConversationKey, ConversationState> remembered;

  /**
   * States saved but not yet written, newer than what {@code remembered} holds for them: only their
   * follow-up context differs from the database's.
   */
  private final Map<ConversationKey, ConversationState> unwritten = new ConcurrentHashMap<>();

  /** Writes one at a time, so that an older state can never overwrite a newer one. */
  private final ReentrantLock writing = new ReentrantLock();

  private final WriteBehind writer;

  public RememberedConversations(JdbcConversationStore database) {
    this(database, WRITE_BEHIND);
  }

  /**
   * Writes follow-up contexts every {@code writeEvery}, or only on {@link #flush()} when it is
   * null.
   */
  RememberedConversations(JdbcConversationStore database, Duration writeEvery) {
    this.database = database;
    this.remembered =
        Caffeine.newBuilder().maximumSize(50_000).expireAfterAccess(Duration.ofHours(12)).build();
    this.writer =
        new WriteBehind("pcref-conversation-writer", writeEvery, this::flush, unwritten::size);
  }

  @Override
  public Optional<ConversationState> peek(ConversationKey key) {
    ConversationState state = unwritten.get(key);
    return Optional.ofNullable(state != null ? state : remembered.getIfPresent(key));
  }

  @Override
  public Optional<ConversationState> load(ConversationKey key) {
    Optional<ConversationState> inMemory = peek(key);
    if (inMemory.isPresent()) {
      return inMemory;
    }
    Optional<ConversationState> stored = database.load(key);
    // Never over a state another turn of this conversation saved meanwhile.
    stored.ifPresent(s -> remembered.asMap().putIfAbsent(key, s));
    return stored;
  }

  @Override
  public void save(ConversationKey key, ConversationState state) {
    ConversationState before = unwritten.get(key);
    if (before == null) {
      before = remembered.getIfPresent(key);
    }
    // Nothing in memory: the turn found no row either (load() keeps what it reads), so a first turn
    // that only asked a question waits for the batch like any other follow-up context. Written at
    // once, each would be one commit, and on the H2 file one chunk kept for the retention time: 200
    // new conversations a second grew the file to hundreds of MB.
    if (FollowUps.sameAnswers(
        before != null ? before : ConversationState.fresh(state.updatedAt()), state)) {
      // Only here until written: the writer moves it into memory proper, once per batch.
      unwritten.put(key, state);
      return;
    }
    writing.lock();
    try {
      database.save(key, state);
      unwritten.remove(key);
      remembered.put(key, state);
    } finally {
      writing.unlock();
    }
  }

  /** What is owed is written with the turn that owes it, so the database has it all. */
  @Override
  public List<Owing> owing(Instant quietSince, int limit) {
    return database.owing(quietSince, limit);
  }

  @Override
  public boolean settle(ConversationKey key, ConversationState read, ConversationState settled) {
    writing.lock();
    try {
      if (unwritten.containsKey(key) || !database.settle(key, read, settled)) {
        return false;
      }
      remembered.put(key, settled);
      return true;
    } finally {
      writing.unlock();
    }
  }

  /** Paused check-ins are written when they pause, so the database has them all. */
  @Override
  public List<CheckIn> pausedCheckIns(String teamId) {
    return database.pausedCheckIns(teamId);
  }

  /**
   * Runs {@code erasure} of {@code person}'s data with every conversation written first, then
   * forgets what memory held: the erasure changed other people's conversations too (it replaces the
   * person's name where they are quoted), and nothing held from before may be written over it.
   */
  public void forgetting(PersonKey person, Runnable erasure) {
    writing.lock();
    try {
      flush();
      erasure.run();
      database.forget(person);
      unwritten.keySet().removeIf(key -> PersonKey.of(key).equals(person));
      remembered.invalidateAll();
    } finally {
      writing.unlock();
    }
  }

  /** Writes the follow-up contexts saved since the last write, in one transaction. */
  public void flush() {
    writing.lock();
    try {
      if (unwritten.isEmpty()) {
        return;
      }
      Map<ConversationKey, ConversationState> batch = new LinkedHashMap<>(unwritten);
      database.saveAll(batch);
      // Keep any state saved again while the batch was written; it goes with the next batch.
      batch.forEach(
          (key, state) -> {
            remembered.put(key, state);
            unwritten.remove(key, state);
          });
    } finally {
      writing.unlock();
    }
  }

  /** Writes what is left and stops writing in the background. */
  @Override
  public void close() {
    writer.close();
  }
}

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
import org.pcref.core.message.SeenKeys;
import org.pcref.core.privacy.PersonKey;

/**
 * The conversations of servers that share one database (PostgreSQL, several instances): every turn
 * reads its conversation from the database, as another instance may have taken the last one, but a
 * turn that changed only what the last question was about (for "and Outstanding?") does not wait
 * for its own durable commit.
 *
 * <ul>
 *   <li>Whatever a person told the bot (a check-in's answers and notes, the team they chose, a
 *       round's answers, replies owed to a channel) is written before the turn returns, exactly as
 *       by {@link JdbcConversationStore}: a crash a moment later loses none of it.
 *   <li>A follow-up context is written within {@link #WRITE_BEHIND}, with the others of that moment
 *       in one transaction, and only over the row it was read from: if any instance wrote the
 *       conversation meanwhile, that write wins and the context is dropped. A crash, or a turn on
 *       another instance, costs at most the "and Outstanding?" context, never an answer.
 * </ul>
 *
 * <p>Until it is written, this server answers the conversation's next turn from the context it
 * holds, as long as the database still has the row that context was read from.
 */
public final class SharedConversations implements ConversationStore, AutoCloseable {

  /** How long a follow-up context waits to be written, at most (plus the write itself). */
  static final Duration WRITE_BEHIND = Duration.ofSeconds(1);

  private final JdbcConversationStore database;

  /** Follow-up contexts not yet written, each with the state of the row it goes over. */
  private final Map<ConversationKey, FollowUp> unwritten = new ConcurrentHashMap<>();

  /** Writes one batch at a time. */
  private final ReentrantLock writing = new ReentrantLock();

  /**
   * What each conversation's last turn read, until it saves: turns of one conversation take turns
   * on this server (the assistant's lock), so this is the read of the turn now saving.
   */
  private final Cache<ConversationKey, Read> reads =
      Caffeine.newBuilder().maximumSize(10_000).expireAfterWrite(Duration.ofMinutes(1)).build();

  private final WriteBehind writer;

  public SharedConversations(JdbcConversationStore database) {
    this(database, WRITE_BEHIND);
  }

  /** Writes every {@code writeEvery}, or only on {@link #flush()} when it is null. */
  SharedConversations(JdbcConversationStore database, Duration writeEvery) {
    this.database = database;
    this.writer =
        new WriteBehind("pcref-follow-up-writer", writeEvery, this::flush, unwritten::size);
  }

  /**
   * A context not yet written, and the row it goes over: {@code over} is the state read from the
   * database (null when it had no row).
   */
  private record FollowUp(ConversationState over, ConversationState state) {}

  /**
   * What a turn's {@link #load} found: the row ({@code null}: none), the context held over it, if
   * any, and the state the turn was given.
   */
  private record Read(ConversationState row, FollowUp pending, ConversationState seen) {}

  @Override
  public Optional<ConversationState> load(ConversationKey key) {
    return Optional.ofNullable(read(key, database.load(key).orElse(null)));
  }

  /**
   * With keys in this database, the conversation is read in the same round trip as the delivery is
   * recorded: it waits on nothing the record does not.
   */
  @Override
  public FirstLook peekOnce(ConversationKey key, SeenKeys seen, String delivery) {
    if (seen instanceof JdbcSeenKeys keys && database.readsAlong(keys)) {
      FirstLook look = database.loadRecording(key, keys, delivery);
      return look.firstTime()
          ? new FirstLook(true, Optional.ofNullable(read(key, look.state().orElse(null))))
          : look;
    }
    return ConversationStore.super.peekOnce(key, seen, delivery);
  }

  /** The state a turn is given, from the conversation's {@code row} (null: none). */
  private ConversationState read(ConversationKey key, ConversationState row) {
    FollowUp pending = unwritten.get(key);
    if (pending != null && !sameRow(pending.over(), row)) {
      // Another instance (or a settled debt) wrote the conversation since: its row wins.
      unwritten.remove(key, pending);
      pending = null;
    }
    ConversationState seen = pending != null ? pending.state() : row;
    reads.put(key, new Read(row, pending, seen));
    return seen;
  }

  @Override
  public void save(ConversationKey key, ConversationState state) {
    Read read = reads.asMap().remove(key);
    if (read != null
        && FollowUps.sameAnswers(
            read.seen() != null ? read.seen() : ConversationState.fresh(state.updatedAt()),
            state)) {
      unwritten.compute(
          key,
          (k, now) -> {
            if (read.pending() == null || now == read.pending()) {
              return new FollowUp(
                  read.pending() == null ? read.row() : read.pending().over(), state);
            }
            // The context this turn read was written meanwhile: the row is now that context.
            return new FollowUp(read.pending().state(), state);
          });
      return;
    }
    // Something the person told the bot, or a state this server did not read: written now.
    database.save(key, state);
    unwritten.remove(key);
  }

  /** What is owed is written with the turn that owes it, so the database has it all. */
  @Override
  public List<Owing> owing(Instant quietSince, int limit) {
    return database.owing(quietSince, limit);
  }

  @Override
  public boolean settle(ConversationKey key, ConversationState read, ConversationState settled) {
    return database.settle(key, read, settled);
  }

  /** Paused check-ins are written when they pause, so the database has them all. */
  @Override
  public List<CheckIn> pausedCheckIns(String teamId) {
    return database.pausedCheckIns(teamId);
  }

  /**
   * Runs {@code erasure} of {@code person} with no follow-up context of theirs left to write after
   * it: what is held is written first (so the erasure finds it), and anything of theirs held
   * meanwhile is dropped.
   */
  public void forgetting(PersonKey person, Runnable erasure) {
    writing.lock();
    try {
      flush();
      erasure.run();
      database.forget(person);
      unwritten.keySet().removeIf(key -> PersonKey.of(key).equals(person));
      reads.asMap().keySet().removeIf(key -> PersonKey.of(key).equals(person));
    } finally {
      writing.unlock();
    }
  }

  /** Writes the follow-up contexts held, in one transaction, each only over its own row. */
  public void flush() {
    writing.lock();
    try {
      if (unwritten.isEmpty()) {
        return;
      }
      Map<ConversationKey, FollowUp> batch = new LinkedHashMap<>(unwritten);
      Map<ConversationKey, ConversationState> over = new LinkedHashMap<>();
      Map<ConversationKey, ConversationState> states = new LinkedHashMap<>();
      batch.forEach(
          (key, pending) -> {
            over.put(key, pending.over());
            states.put(key, pending.state());
          });
      database.saveOver(over, states);
      batch.forEach(
          (key, written) ->
              unwritten.computeIfPresent(
                  key,
                  (k, now) ->
                      now == written
                          ? null
                          // Saved again while the batch was written: it now goes over this one.
                          : new FollowUp(written.state(), now.state())));
    } finally {
      writing.unlock();
    }
  }

  /** Writes what is left and stops writing in the background. */
  @Override
  public void close() {
    writer.close();
  }

  /** Whether two reads are of the same row: both absent, or saved at the same moment. */
  private static boolean sameRow(ConversationState a, ConversationState b) {
    if (a == null || b == null) {
      return a == b;
    }
    return a.updatedAt().equals(b.updatedAt());
  }
}

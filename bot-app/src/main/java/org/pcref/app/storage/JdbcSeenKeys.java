package org.pcref.app.storage;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.pcref.core.message.SeenKeys;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The keys seen, in a table of the bot's database whose primary key is the key: of two instances
 * recording the same key only the first insert succeeds, and a duplicate key is the one refusal
 * that means "seen before". Each platform keeps its own table, created by its adapter's migration.
 * Rows older than a day are removed now and then; platforms stop redelivering within the hour.
 */
public final class JdbcSeenKeys implements SeenKeys {

  /**
   * A table of seen keys.
   *
   * @param name the table
   * @param keyColumn its primary key, the key seen
   * @param seenAtColumn when the key was first seen
   */
  public record Table(String name, String keyColumn, String seenAtColumn) {}

  static final Duration KEPT = Duration.ofDays(1);
  private static final int PURGE_EVERY = 500;

  private static final Logger log = LoggerFactory.getLogger(JdbcSeenKeys.class);

  private final Transactions db;
  private final Clock clock;
  private final Table table;
  private final String insert;
  private final String insertRelaxed;
  private final String recordingThen;
  private final String purge;
  private final AtomicLong inserts = new AtomicLong();
  private final Runnable seenBefore;

  public JdbcSeenKeys(DataSource dataSource, Clock clock, Table table) {
    this(dataSource, clock, table, () -> {});
  }

  /**
   * @param seenBefore told of every key seen before (a metric)
   */
  public JdbcSeenKeys(DataSource dataSource, Clock clock, Table table, Runnable seenBefore) {
    this.db = new Transactions(dataSource);
    this.clock = clock;
    this.table = table;
    this.seenBefore = seenBefore;
    this.insert =
        "INSERT INTO "
            + table.name()
            + " ("
            + table.keyColumn()
            + ", "
            + table.seenAtColumn()
            + ") VALUES (?, ?)";
    // One statement, one round trip: the setting lasts as long as the statement's own transaction.
    this.insertRelaxed =
        "INSERT INTO "
            + table.name()
            + " ("
            + table.keyColumn()
            + ", "
            + table.seenAtColumn()
            + ") SELECT ?, ? WHERE set_config('synchronous_commit', 'off', true) IS NOT NULL";
    this.recordingThen =
        "WITH recorded AS ("
            + insertRelaxed
            + " ON CONFLICT DO NOTHING RETURNING 1) SELECT EXISTS (SELECT 1 FROM recorded), (";
    this.purge = "DELETE FROM " + table.name() + " WHERE " + table.seenAtColumn() + " < ?";
  }

  @Override
  public boolean firstTime(String key) {
    Instant now = clock.instant();
    try {
      // Seen by every instance once committed; a crash of the database itself could forget the
      // last moment's keys, and with them only the chance to refuse a delivery made again.
      String sql = db.isPostgres() ? insertRelaxed : insert;
      db.autoCommit(
          "record " + key + " in " + table.name(),
          c -> {
            try (PreparedStatement statement = c.prepareStatement(sql)) {
              bind(statement, key, now);
              return statement.executeUpdate();
            }
          });
    } catch (StorageException e) {
      if (Transactions.isUniqueViolation(e)) {
        seenBefore.run();
        return false;
      }
      throw unavailable(e);
    }
    recorded(now);
    return true;
  }

  /**
   * The statement that records a key, as {@link #firstTime} does on PostgreSQL (a key recorded
   * before is left as it is), and then runs {@code select}: its row holds whether the key was new,
   * then {@code select}'s one value. Its parameters: those of {@link #bind}, then {@code select}'s.
   */
  String recordingThen(String select) {
    return recordingThen + select + ")";
  }

  /** Binds {@code key} and the time it is recorded at to a statement's first two parameters. */
  Instant bind(PreparedStatement statement, String key) throws SQLException {
    Instant now = clock.instant();
    bind(statement, key, now);
    return now;
  }

  private static void bind(PreparedStatement statement, String key, Instant now)
      throws SQLException {
    statement.setString(1, key);
    // As a timestamp of this zone, as the purge reads it; faster to send than a Timestamp.
    statement.setObject(2, LocalDateTime.ofInstant(now, ZoneId.systemDefault()));
  }

  static SeenKeys.Unavailable unavailable(StorageException e) {
    return new SeenKeys.Unavailable(e.getMessage() + ": " + e.getCause().getMessage(), e);
  }

  /** Whether these keys are in the database {@code other} works on. */
  boolean isIn(Transactions other) {
    return db.sameDatabaseAs(other);
  }

  /**
   * A key was recorded at {@code now}, here or along with other work ({@link
   * JdbcConversationStore#loadRecording}); now and then, old rows are removed.
   */
  void recorded(Instant now) {
    if (inserts.incrementAndGet() % PURGE_EVERY == 0) {
      purgeQuietly(now.minus(KEPT));
    }
  }

  /** A key was found recorded before, here or along with other work. */
  void seenBefore() {
    seenBefore.run();
  }

  /**
   * The key is recorded by then: a failed clean-up is for the next one to do, not the caller's
   * problem.
   */
  private void purgeQuietly(Instant before) {
    try {
      purge(before);
    } catch (StorageException e) {
      log.warn("Could not remove old rows from {}: {}", table.name(), e.getCause().getMessage());
    }
  }

  void purge(Instant before) {
    db.autoCommit(
        "remove old rows from " + table.name(),
        c -> {
          try (PreparedStatement statement = c.prepareStatement(purge)) {
            statement.setTimestamp(1, Timestamp.from(before));
            return statement.executeUpdate();
          }
        });
  }
}

package org.pcref.msteams;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;

/**
 * Seen activities in the bot's database (table {@code teams_seen_activity}), shared by every
 * instance: the primary key makes the second insert of the same activity fail. Rows older than a
 * day are deleted now and then; Teams redelivers within minutes.
 */
public final class JdbcSeenActivities implements SeenActivities {

  static final Duration KEPT = Duration.ofDays(1);
  private static final int CLEAN_EVERY = 500;

  private final DataSource dataSource;
  private final Clock clock;
  private final AtomicLong inserts = new AtomicLong();

  public JdbcSeenActivities(DataSource dataSource, Clock clock) {
    this.dataSource = dataSource;
    this.clock = clock;
  }

  @Override
  public boolean firstTime(String activityKey) {
    try (Connection c = dataSource.getConnection()) {
      try (PreparedStatement insert =
          c.prepareStatement("INSERT INTO teams_seen_activity (activity_key, seen_at) VALUES (?, ?)")) {
        insert.setString(1, activityKey);
        insert.setTimestamp(2, Timestamp.from(clock.instant()));
        insert.executeUpdate();
      } catch (SQLException e) {
        if (isDuplicate(e)) {
          return false;
        }
        throw e;
      }
      if (inserts.incrementAndGet() % CLEAN_EVERY == 0) {
        try (PreparedStatement clean = c.prepareStatement("DELETE FROM teams_seen_activity WHERE seen_at < ?")) {
          clean.setTimestamp(1, Timestamp.from(clock.instant().minus(KEPT)));
          clean.executeUpdate();
        }
      }
      return true;
    } catch (SQLException e) {
      throw new IllegalStateException("Could not record a Teams activity", e);
    }
  }

  /** SQL state class 23 is an integrity constraint violation, here the primary key. */
  private static boolean isDuplicate(SQLException e) {
    return e.getSQLState() != null && e.getSQLState().startsWith("23");
  }
}

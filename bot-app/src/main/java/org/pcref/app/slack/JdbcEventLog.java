package org.pcref.app.slack;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.pcref.slack.EventLog;

/**
 * The Slack events handled, in the database ({@code slack_event}, see {@code V3__slack.sql}): the
 * event id is the primary key, so of two instances receiving the same event only the first insert
 * wins. Rows older than a day are removed now and then; Slack stops retrying within the hour.
 */
public final class JdbcEventLog implements EventLog {

  static final Duration KEPT = Duration.ofDays(1);
  private static final int PURGE_EVERY = 1_000;

  private final DataSource dataSource;
  private final Clock clock;
  private final AtomicLong inserts = new AtomicLong();

  public JdbcEventLog(DataSource dataSource, Clock clock) {
    this.dataSource = dataSource;
    this.clock = clock;
  }

  @Override
  public boolean firstTime(String eventId) {
    Instant now = clock.instant();
    try (Connection connection = dataSource.getConnection();
        PreparedStatement insert = connection.prepareStatement("INSERT INTO slack_event (event_id, received_at) VALUES (?, ?)")) {
      insert.setString(1, eventId);
      insert.setTimestamp(2, Timestamp.from(now));
      insert.executeUpdate();
    } catch (SQLException e) {
      if (e.getSQLState() != null && e.getSQLState().startsWith("23")) {
        return false;
      }
      throw new EventLog.Unavailable("Could not record Slack event " + eventId + ": " + e.getMessage(), e);
    }
    if (inserts.incrementAndGet() % PURGE_EVERY == 0) {
      purge(now.minus(KEPT));
    }
    return true;
  }

  void purge(Instant before) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement delete = connection.prepareStatement("DELETE FROM slack_event WHERE received_at < ?")) {
      delete.setTimestamp(1, Timestamp.from(before));
      delete.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("Could not remove old Slack events", e);
    }
  }
}

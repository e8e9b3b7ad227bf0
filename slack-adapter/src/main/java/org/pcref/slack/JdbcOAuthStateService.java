package org.pcref.slack;

import com.slack.api.bolt.service.OAuthStateService;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import javax.sql.DataSource;

/**
 * The states of OAuth installs in progress ({@code slack_oauth_state}), so that the person may come
 * back from Slack to any instance of the bot. Each state is good once, for ten minutes.
 */
final class JdbcOAuthStateService implements OAuthStateService {

  private final DataSource dataSource;
  private final Clock clock;

  JdbcOAuthStateService(DataSource dataSource, Clock clock) {
    this.dataSource = dataSource;
    this.clock = clock;
  }

  @Override
  public void addNewStateToDatastore(String state) throws SQLException {
    Instant now = clock.instant();
    try (Connection c = dataSource.getConnection();
        PreparedStatement purge =
            c.prepareStatement("DELETE FROM slack_oauth_state WHERE expires_at < ?");
        PreparedStatement insert =
            c.prepareStatement("INSERT INTO slack_oauth_state (state, expires_at) VALUES (?, ?)")) {
      purge.setTimestamp(1, Timestamp.from(now));
      purge.executeUpdate();
      insert.setString(1, state);
      insert.setTimestamp(2, Timestamp.from(now.plusSeconds(getExpirationInSeconds())));
      insert.executeUpdate();
    }
  }

  @Override
  public boolean isAvailableInDatabase(String state) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement select =
            c.prepareStatement("SELECT expires_at FROM slack_oauth_state WHERE state = ?")) {
      select.setString(1, state);
      try (ResultSet rs = select.executeQuery()) {
        return rs.next() && rs.getTimestamp(1).toInstant().isAfter(clock.instant());
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Could not read an OAuth state", e);
    }
  }

  @Override
  public void deleteStateFromDatastore(String state) throws SQLException {
    try (Connection c = dataSource.getConnection();
        PreparedStatement delete =
            c.prepareStatement("DELETE FROM slack_oauth_state WHERE state = ?")) {
      delete.setString(1, state);
      delete.executeUpdate();
    }
  }
}

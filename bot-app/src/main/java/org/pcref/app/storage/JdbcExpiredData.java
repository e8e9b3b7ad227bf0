package org.pcref.app.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import javax.sql.DataSource;
import org.pcref.core.privacy.ExpiredData;

/** Data past its retention time, deleted from the bot's database. */
public final class JdbcExpiredData implements ExpiredData {

  private final Transactions transactions;

  public JdbcExpiredData(DataSource dataSource) {
    this.transactions = new Transactions(dataSource);
  }

  @Override
  public int delete(Kind kind, Instant before) {
    return transactions.write(
        "delete " + kind.name().toLowerCase(java.util.Locale.ROOT) + " past their time",
        connection ->
            switch (kind) {
              case NOTES ->
                  // The level and the fact and date it was given stay: the team's record.
                  zoned(
                          connection,
                          "UPDATE ratings SET note = '' WHERE given_at < ? AND note <> ''",
                          before)
                      + zoned(
                          connection,
                          "UPDATE round_answers SET note = '' WHERE answered_at < ? AND note <> ''",
                          before)
                      + zoned(
                          connection,
                          "UPDATE round_confirmations SET note = ''"
                              + " WHERE confirmed_at < ? AND note <> ''",
                          before);
              case CONVERSATIONS ->
                  zoned(connection, "DELETE FROM conversations WHERE updated_at < ?", before);
              case SEEN_EVENTS ->
                  // These two tables' columns have no time zone: they hold the server's local time,
                  // as JdbcSeenKeys writes and purges them.
                  plain(connection, "DELETE FROM slack_event WHERE received_at < ?", before)
                      + plain(
                          connection, "DELETE FROM teams_seen_activity WHERE seen_at < ?", before);
              case DELIVERIES ->
                  // Only finished ones: a delivery being sent or waiting to be tried again stays.
                  zoned(
                      connection,
                      "DELETE FROM nudge_deliveries WHERE updated_at < ? AND status IN ('SENT', 'FAILED')",
                      before);
              case DEPARTED_WORKSPACES -> JdbcDepartures.deleteLeftBefore(connection, before);
            });
  }

  private static int zoned(Connection connection, String sql, Instant before) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setObject(1, OffsetDateTime.ofInstant(before, ZoneOffset.UTC));
      return statement.executeUpdate();
    }
  }

  private static int plain(Connection connection, String sql, Instant before) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setTimestamp(1, Timestamp.from(before));
      return statement.executeUpdate();
    }
  }
}

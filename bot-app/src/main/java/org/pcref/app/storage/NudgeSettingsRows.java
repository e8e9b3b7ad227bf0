package org.pcref.app.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Optional;
import org.pcref.core.reminder.Cadence;
import org.pcref.core.reminder.NudgeSettings;

/** A team's nudge settings as one row of {@code nudge_settings}. */
final class NudgeSettingsRows {

  private static final String COLUMNS =
      "cadence_every, cadence_unit, nudge_day, nudge_time, zone_id, to_channel, digest, stale_after_days, snoozed_until, stopped, digest_since";
  private static final String UPDATE =
      "UPDATE nudge_settings SET cadence_every = ?, cadence_unit = ?, nudge_day = ?, nudge_time = ?, zone_id = ?, to_channel = ?,"
          + " digest = ?, stale_after_days = ?, snoozed_until = ?, stopped = ?, digest_since = ? WHERE team_id = ?";
  private static final String INSERT =
      "INSERT INTO nudge_settings ("
          + COLUMNS
          + ", team_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

  private NudgeSettingsRows() {}

  static Optional<NudgeSettings> find(Connection c, String teamId) throws SQLException {
    try (PreparedStatement statement =
        c.prepareStatement("SELECT " + COLUMNS + " FROM nudge_settings WHERE team_id = ?")) {
      statement.setString(1, teamId);
      try (ResultSet row = statement.executeQuery()) {
        if (!row.next()) {
          return Optional.empty();
        }
        return Optional.of(
            new NudgeSettings(
                new Cadence(row.getInt(1), Cadence.Unit.valueOf(row.getString(2))),
                DayOfWeek.valueOf(row.getString(3)),
                row.getObject(4, LocalTime.class),
                ZoneId.of(row.getString(5)),
                row.getBoolean(6),
                NudgeSettings.Digest.valueOf(row.getString(7)),
                row.getInt(8),
                JdbcNudgeStore.instant(row, 9),
                row.getBoolean(10),
                JdbcNudgeStore.instant(row, 11)));
      }
    }
  }

  /**
   * Writes the settings over the team's row, or inserts it; a concurrent first save is overwritten.
   */
  static void save(Connection c, String teamId, NudgeSettings settings) throws SQLException {
    if (write(c, UPDATE, teamId, settings) == 1) {
      return;
    }
    try {
      write(c, INSERT, teamId, settings);
    } catch (SQLException e) {
      if (!Transactions.isUniqueViolation(e)) {
        throw e;
      }
      write(c, UPDATE, teamId, settings);
    }
  }

  private static int write(Connection c, String sql, String teamId, NudgeSettings s)
      throws SQLException {
    try (PreparedStatement statement = c.prepareStatement(sql)) {
      statement.setInt(1, s.cadence().every());
      statement.setString(2, s.cadence().unit().name());
      statement.setString(3, s.day().name());
      statement.setObject(4, s.time());
      statement.setString(5, s.zone().getId());
      statement.setBoolean(6, s.toChannel());
      statement.setString(7, s.digest().name());
      statement.setInt(8, s.staleAfterDays());
      statement.setObject(
          9, s.snoozedUntil() == null ? null : JdbcNudgeStore.timestamp(s.snoozedUntil()));
      statement.setBoolean(10, s.stopped());
      statement.setObject(
          11, s.digestSince() == null ? null : JdbcNudgeStore.timestamp(s.digestSince()));
      statement.setString(12, teamId);
      return statement.executeUpdate();
    }
  }
}

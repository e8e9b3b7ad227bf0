package org.pcref.app.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.pcref.core.message.Address;
import org.pcref.core.reminder.DeliveryRecord;
import org.pcref.core.reminder.DeliveryRecord.Status;
import org.pcref.core.reminder.Nudge;
import org.pcref.core.reminder.NudgeDelivery;
import org.pcref.core.reminder.NudgeSettings;
import org.pcref.core.reminder.NudgeStore;

/**
 * Nudge settings and the record of deliveries in {@code nudge_settings} and {@code
 * nudge_deliveries}. A claim is one statement that only one instance can win: the insert of the
 * delivery's row (its key is the primary key), or an update whose condition only the first of
 * several concurrent updates still meets.
 */
public final class JdbcNudgeStore implements NudgeStore {

  private static final int MOST_REASON_CHARS = 2000;

  private static final String RECORD_COLUMNS =
      "team_id, kind, due_at, platform, tenant, channel, user_id, status, attempts, reason, updated_at, retry_at";
  private static final String INSERT_CLAIM =
      "INSERT INTO nudge_deliveries (delivery_key, " + RECORD_COLUMNS + ")"
          + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'SENDING', 1, '', ?, NULL)";
  private static final String TAKE_OVER =
      "UPDATE nudge_deliveries SET status = 'SENDING', attempts = attempts + 1, updated_at = ?, retry_at = NULL"
          + " WHERE delivery_key = ? AND ((status = 'RETRY' AND retry_at <= ?) OR (status = 'SENDING' AND updated_at < ?))";
  private static final String UNFINISHED =
      "SELECT " + RECORD_COLUMNS + " FROM nudge_deliveries"
          + " WHERE (status = 'RETRY' AND retry_at <= ?) OR (status = 'SENDING' AND updated_at < ?)"
          + " ORDER BY due_at, delivery_key";

  private final Transactions db;

  public JdbcNudgeStore(DataSource dataSource) {
    this.db = new Transactions(dataSource);
  }

  @Override
  public Optional<NudgeSettings> settings(String teamId) {
    return db.autoCommit("read a team's nudge settings", c -> NudgeSettingsRows.find(c, teamId));
  }

  @Override
  public void save(String teamId, NudgeSettings settings) {
    db.autoCommit("save a team's nudge settings", c -> {
      NudgeSettingsRows.save(c, teamId, settings);
      return null;
    });
  }

  @Override
  public List<String> teamIds() {
    return db.autoCommit("list the teams", c -> {
      List<String> ids = new ArrayList<>();
      try (PreparedStatement statement = c.prepareStatement("SELECT id FROM teams ORDER BY id");
          ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          ids.add(rows.getString(1));
        }
      }
      return List.copyOf(ids);
    });
  }

  @Override
  public boolean claim(NudgeDelivery delivery, Instant now, Duration abandonedAfter) {
    return db.autoCommit("claim a nudge delivery", c -> insertClaim(c, delivery, now) || takeOver(c, delivery.key(), now, abandonedAfter));
  }

  private static boolean insertClaim(Connection c, NudgeDelivery delivery, Instant now) throws SQLException {
    try (PreparedStatement statement = c.prepareStatement(INSERT_CLAIM)) {
      Nudge nudge = delivery.nudge();
      Address to = delivery.to();
      statement.setString(1, delivery.key());
      statement.setString(2, nudge.teamId());
      statement.setString(3, nudge.kind().name());
      statement.setObject(4, timestamp(nudge.dueAt()));
      statement.setString(5, to.platform());
      statement.setString(6, to.tenant());
      statement.setString(7, to.channel());
      statement.setString(8, to.user());
      statement.setObject(9, timestamp(now));
      statement.executeUpdate();
      return true;
    } catch (SQLException e) {
      if (Transactions.isUniqueViolation(e)) {
        return false;
      }
      throw e;
    }
  }

  /** Takes over a due retry or an abandoned claim; the update count says whether this caller won. */
  private static boolean takeOver(Connection c, String key, Instant now, Duration abandonedAfter) throws SQLException {
    try (PreparedStatement statement = c.prepareStatement(TAKE_OVER)) {
      statement.setObject(1, timestamp(now));
      statement.setString(2, key);
      statement.setObject(3, timestamp(now));
      statement.setObject(4, timestamp(now.minus(abandonedAfter)));
      return statement.executeUpdate() == 1;
    }
  }

  @Override
  public void sent(String key, Instant at) {
    update("record a nudge as sent", key, Status.SENT, "", at, null);
  }

  @Override
  public void failed(String key, String reason, Instant retryAt, Instant at) {
    update("record a failed nudge", key, retryAt == null ? Status.FAILED : Status.RETRY, reason, at, retryAt);
  }

  private void update(String what, String key, Status status, String reason, Instant at, Instant retryAt) {
    String text = reason == null ? "" : reason.length() > MOST_REASON_CHARS ? reason.substring(0, MOST_REASON_CHARS) : reason;
    db.autoCommit(what, c -> {
      String sql = "UPDATE nudge_deliveries SET status = ?, reason = ?, updated_at = ?, retry_at = ? WHERE delivery_key = ?";
      try (PreparedStatement statement = c.prepareStatement(sql)) {
        statement.setString(1, status.name());
        statement.setString(2, text);
        statement.setObject(3, timestamp(at));
        statement.setObject(4, retryAt == null ? null : timestamp(retryAt));
        statement.setString(5, key);
        return statement.executeUpdate();
      }
    });
  }

  @Override
  public Optional<DeliveryRecord> record(String key) {
    return db.autoCommit("read a nudge delivery", c -> {
      List<DeliveryRecord> found = records(c, "SELECT " + RECORD_COLUMNS + " FROM nudge_deliveries WHERE delivery_key = ?", key);
      return found.stream().findFirst();
    });
  }

  @Override
  public List<NudgeDelivery> unfinished(Instant now, Duration abandonedAfter) {
    return db.autoCommit("find unfinished nudges", c ->
        records(c, UNFINISHED, timestamp(now), timestamp(now.minus(abandonedAfter))).stream().map(DeliveryRecord::delivery).toList());
  }

  @Override
  public List<DeliveryRecord> recent(String teamId, int limit) {
    String sql = "SELECT " + RECORD_COLUMNS + " FROM nudge_deliveries WHERE team_id = ?"
        + " ORDER BY updated_at DESC, delivery_key DESC LIMIT ?";
    return db.autoCommit("read a team's nudge deliveries", c -> records(c, sql, teamId, limit));
  }

  private static List<DeliveryRecord> records(Connection c, String sql, Object... parameters) throws SQLException {
    List<DeliveryRecord> records = new ArrayList<>();
    try (PreparedStatement statement = c.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        statement.setObject(i + 1, parameters[i]);
      }
      try (ResultSet row = statement.executeQuery()) {
        while (row.next()) {
          Nudge nudge = new Nudge(row.getString(1), Nudge.Kind.valueOf(row.getString(2)), instant(row, 3));
          Address to = new Address(row.getString(4), row.getString(5), row.getString(6), row.getString(7));
          records.add(new DeliveryRecord(
              new NudgeDelivery(nudge, to), Status.valueOf(row.getString(8)), row.getInt(9), row.getString(10), instant(row, 11), instant(row, 12)));
        }
      }
    }
    return records;
  }

  static OffsetDateTime timestamp(Instant instant) {
    return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
  }

  static Instant instant(ResultSet row, int column) throws SQLException {
    OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }
}

package org.pcref.app.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
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
import org.pcref.core.reminder.NudgeStore.Planned;
import org.pcref.core.reminder.NudgeStore.TeamToPlan;

/**
 * Nudge settings, each team's next planning time and the record of deliveries, in {@code
 * nudge_settings}, two columns of {@code teams} (and {@code nudge_plan_basis}) and {@code
 * nudge_deliveries}. A claim is won by one statement that only one caller can win: the insert of
 * the delivery's row (its key is the primary key), or an update conditional on the status and
 * attempts its caller read, which only the first of several concurrent updates still meets.
 */
public final class JdbcNudgeStore implements NudgeStore {

  /**
   * The planning time of a team never planned (the column's default), or whose plan was reset: due
   * at once.
   */
  private static final OffsetDateTime UNPLANNED = timestamp(Instant.EPOCH);

  private static final String RECORD_COLUMNS =
      "team_id, kind, due_at, platform, tenant, channel, user_id, status, attempts, reason, updated_at, retry_at";
  private static final String INSERT_CLAIM =
      "INSERT INTO nudge_deliveries (delivery_key, "
          + RECORD_COLUMNS
          + ")"
          + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'SENDING', 1, '', ?, NULL)";
  private static final String CLAIM_AGAIN =
      "UPDATE nudge_deliveries SET status = 'SENDING', attempts = attempts + 1, updated_at = ?, retry_at = NULL"
          + " WHERE delivery_key = ? AND status = ? AND attempts = ?";
  private static final String RESET_PLAN =
      "UPDATE teams SET nudge_plan_at = ?, nudge_plan_resets = nudge_plan_resets + 1";

  private final Transactions db;

  public JdbcNudgeStore(DataSource dataSource) {
    this.db = new Transactions(dataSource);
  }

  @Override
  public Optional<NudgeSettings> settings(String teamId) {
    return db.autoCommit("read a team's nudge settings", c -> NudgeSettingsRows.find(c, teamId));
  }

  /**
   * The settings first, then the reset of the plan: a sweep that read the plan before the reset
   * cannot keep a plan made from the old settings, and one that reads it after reads the new ones.
   */
  @Override
  public void save(String teamId, NudgeSettings settings) {
    db.autoCommit(
        "save a team's nudge settings",
        c -> {
          NudgeSettingsRows.save(c, teamId, settings);
          try (PreparedStatement statement = c.prepareStatement(RESET_PLAN + " WHERE id = ?")) {
            statement.setObject(1, UNPLANNED);
            statement.setString(2, teamId);
            return statement.executeUpdate();
          }
        });
  }

  @Override
  public List<TeamToPlan> teamsToPlan(Instant now) {
    return db.autoCommit(
        "find the teams to plan",
        c -> {
          List<TeamToPlan> due = new ArrayList<>();
          try (PreparedStatement statement =
              c.prepareStatement(
                  "SELECT id, nudge_plan_resets FROM teams WHERE nudge_plan_at <= ?")) {
            statement.setObject(1, timestamp(now));
            try (ResultSet rows = statement.executeQuery()) {
              while (rows.next()) {
                due.add(new TeamToPlan(rows.getString(1), rows.getLong(2)));
              }
            }
          }
          return List.copyOf(due);
        });
  }

  /**
   * One batch: each update is a team's own, and one lost to a reset in between changes nothing
   * else.
   */
  @Override
  public void planned(List<Planned> plans) {
    if (plans.isEmpty()) {
      return;
    }
    db.autoCommit(
        "record the teams' next planning times",
        c -> {
          try (PreparedStatement statement =
              c.prepareStatement(
                  "UPDATE teams SET nudge_plan_at = ? WHERE id = ? AND nudge_plan_resets = ?")) {
            for (Planned plan : plans) {
              statement.setObject(1, plan.next() == null ? null : timestamp(plan.next()));
              statement.setString(2, plan.team().teamId());
              statement.setLong(3, plan.team().resets());
              statement.addBatch();
            }
            return statement.executeBatch();
          }
        });
  }

  @Override
  public void planAllAgain() {
    db.autoCommit(
        "plan every team again",
        c -> {
          try (PreparedStatement statement = c.prepareStatement(RESET_PLAN)) {
            statement.setObject(1, UNPLANNED);
            return statement.executeUpdate();
          }
        });
  }

  @Override
  public Optional<String> planningBasis() {
    return db.autoCommit(
        "read the basis of the nudge plans",
        c -> {
          try (PreparedStatement statement =
                  c.prepareStatement("SELECT basis FROM nudge_plan_basis");
              ResultSet row = statement.executeQuery()) {
            return row.next() ? Optional.of(row.getString(1)) : Optional.<String>empty();
          }
        });
  }

  @Override
  public void planningBasis(String basis) {
    db.write(
        "record the basis of the nudge plans",
        c -> {
          try (PreparedStatement delete = c.prepareStatement("DELETE FROM nudge_plan_basis");
              PreparedStatement insert =
                  c.prepareStatement("INSERT INTO nudge_plan_basis (basis) VALUES (?)")) {
            delete.executeUpdate();
            insert.setString(1, basis);
            return insert.executeUpdate();
          }
        });
  }

  @Override
  public boolean claim(NudgeDelivery delivery, Instant now, boolean takeOver) {
    return db.autoCommit(
        "claim a nudge delivery",
        c -> insertClaim(c, delivery, now) || claimAgain(c, delivery.key(), now, takeOver));
  }

  private static boolean insertClaim(Connection c, NudgeDelivery delivery, Instant now)
      throws SQLException {
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

  /**
   * A retry, or the claim of a dead run taken over: only a caller whose update finds what it read
   * wins.
   */
  private static boolean claimAgain(Connection c, String key, Instant now, boolean takeOver)
      throws SQLException {
    Status status;
    int attempts;
    try (PreparedStatement statement =
        c.prepareStatement(
            "SELECT status, attempts FROM nudge_deliveries WHERE delivery_key = ?")) {
      statement.setString(1, key);
      try (ResultSet row = statement.executeQuery()) {
        if (!row.next()) {
          return false;
        }
        status = Status.valueOf(row.getString(1));
        attempts = row.getInt(2);
      }
    }
    if (status != Status.RETRY && !(status == Status.SENDING && takeOver)) {
      return false;
    }
    try (PreparedStatement statement = c.prepareStatement(CLAIM_AGAIN)) {
      statement.setObject(1, timestamp(now));
      statement.setString(2, key);
      statement.setString(3, status.name());
      statement.setInt(4, attempts);
      return statement.executeUpdate() == 1;
    }
  }

  @Override
  public void sent(String key, Instant at) {
    update("record a nudge as sent", key, Status.SENT, "", at, null);
  }

  @Override
  public void failed(String key, String reason, Instant retryAt, Instant at) {
    update(
        "record a failed nudge",
        key,
        retryAt == null ? Status.FAILED : Status.RETRY,
        reason,
        at,
        retryAt);
  }

  private void update(
      String what, String key, Status status, String reason, Instant at, Instant retryAt) {
    int most = DeliveryRecord.MOST_REASON_CHARS;
    String text = reason == null ? "" : reason.length() > most ? reason.substring(0, most) : reason;
    db.autoCommit(
        what,
        c -> {
          String sql =
              "UPDATE nudge_deliveries SET status = ?, reason = ?, updated_at = ?, retry_at = ? WHERE delivery_key = ?";
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
    return db.autoCommit(
        "read a nudge delivery",
        c -> {
          List<DeliveryRecord> found =
              records(
                  c,
                  "SELECT " + RECORD_COLUMNS + " FROM nudge_deliveries WHERE delivery_key = ?",
                  key);
          return found.stream().findFirst();
        });
  }

  @Override
  public List<DeliveryRecord> recent(String teamId, int limit) {
    String sql =
        "SELECT "
            + RECORD_COLUMNS
            + " FROM nudge_deliveries WHERE team_id = ?"
            + " ORDER BY updated_at DESC, delivery_key DESC LIMIT ?";
    return db.autoCommit("read a team's nudge deliveries", c -> records(c, sql, teamId, limit));
  }

  private static List<DeliveryRecord> records(Connection c, String sql, Object... parameters)
      throws SQLException {
    List<DeliveryRecord> records = new ArrayList<>();
    try (PreparedStatement statement = c.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        statement.setObject(i + 1, parameters[i]);
      }
      try (ResultSet row = statement.executeQuery()) {
        while (row.next()) {
          Nudge nudge =
              new Nudge(row.getString(1), Nudge.Kind.valueOf(row.getString(2)), instant(row, 3));
          Address to =
              new Address(row.getString(4), row.getString(5), row.getString(6), row.getString(7));
          records.add(
              new DeliveryRecord(
                  new NudgeDelivery(nudge, to),
                  Status.valueOf(row.getString(8)),
                  row.getInt(9),
                  row.getString(10),
                  instant(row, 11),
                  instant(row, 12)));
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

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
import javax.sql.DataSource;
import org.pcref.core.privacy.Departures;
import org.pcref.core.team.Workspace;

/**
 * The workspaces that uninstalled the bot ({@code departed_workspaces}), and the deletion of
 * everything kept about their teams once they have been gone long enough.
 */
public final class JdbcDepartures implements Departures {

  private static final String TEAMS_OF = PersonRows.IN_WORKSPACE;
  private static final String ROUNDS_OF =
      "SELECT id FROM rounds WHERE team_id IN (" + TEAMS_OF + ")";

  private final Transactions transactions;

  public JdbcDepartures(DataSource dataSource) {
    this.transactions = new Transactions(dataSource);
  }

  @Override
  public void left(Workspace workspace, Instant when) {
    try {
      transactions.autoCommit(
          "record that a workspace left",
          connection -> {
            try (PreparedStatement insert =
                connection.prepareStatement(
                    "INSERT INTO departed_workspaces (platform, tenant, left_at) VALUES (?, ?, ?)")) {
              insert.setString(1, workspace.platform());
              insert.setString(2, workspace.tenant());
              insert.setObject(3, OffsetDateTime.ofInstant(when, ZoneOffset.UTC));
              return insert.executeUpdate();
            }
          });
    } catch (StorageException e) {
      if (!Transactions.isUniqueViolation(e)) {
        throw e;
      }
      // Left already (Slack sends tokens_revoked and app_uninstalled): the first time counts.
    }
  }

  @Override
  public void returned(Workspace workspace) {
    transactions.autoCommit(
        "record that a workspace came back",
        connection ->
            update(
                connection,
                "DELETE FROM departed_workspaces WHERE platform = ? AND tenant = ?",
                workspace.platform(),
                workspace.tenant()));
  }

  /**
   * Deletes every team of each workspace that left before {@code before}, with all kept about it
   * and about the workspace, and the record that it left; returns how many rows went. The audit
   * trail stays: it has a retention time of its own.
   */
  static int deleteLeftBefore(Connection connection, Instant before) throws SQLException {
    List<Workspace> gone = new ArrayList<>();
    try (PreparedStatement select =
        connection.prepareStatement(
            "SELECT platform, tenant FROM departed_workspaces WHERE left_at < ?")) {
      select.setObject(1, OffsetDateTime.ofInstant(before, ZoneOffset.UTC));
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          gone.add(new Workspace(rows.getString(1), rows.getString(2)));
        }
      }
    }
    int deleted = 0;
    for (Workspace workspace : gone) {
      deleted += delete(connection, workspace);
    }
    return deleted;
  }

  private static int delete(Connection connection, Workspace w) throws SQLException {
    String p = w.platform();
    String t = w.tenant();
    int deleted =
        update(connection, "DELETE FROM round_answers WHERE round_id IN (" + ROUNDS_OF + ")", p, t)
            + update(
                connection,
                "DELETE FROM round_confirmations WHERE round_id IN (" + ROUNDS_OF + ")",
                p,
                t)
            + update(connection, "DELETE FROM rounds WHERE team_id IN (" + TEAMS_OF + ")", p, t)
            + update(connection, "DELETE FROM ratings WHERE team_id IN (" + TEAMS_OF + ")", p, t)
            + update(
                connection, "DELETE FROM nudge_settings WHERE team_id IN (" + TEAMS_OF + ")", p, t);
    // A nudge waiting to be sent to one of its teams (its key starts with the team's id); one
    // being sent now fails for want of a token.
    for (String teamId : teamIds(connection, w)) {
      deleted +=
          update(
              connection,
              "DELETE FROM scheduled_tasks WHERE picked = FALSE AND POSITION(? IN task_instance) = 1",
              teamId + "/");
    }
    deleted +=
        update(
                connection,
                "DELETE FROM nudge_deliveries WHERE team_id IN ("
                    + TEAMS_OF
                    + ") OR (platform = ? AND tenant = ?)",
                p,
                t,
                p,
                t)
            + update(
                connection, "DELETE FROM team_people WHERE team_id IN (" + TEAMS_OF + ")", p, t)
            + update(
                connection,
                "DELETE FROM team_channels WHERE team_id IN ("
                    + TEAMS_OF
                    + ") OR (platform = ? AND tenant = ?)",
                p,
                t,
                p,
                t)
            + update(connection, "DELETE FROM teams WHERE platform = ? AND tenant = ?", p, t)
            + update(
                connection, "DELETE FROM conversations WHERE platform = ? AND tenant = ?", p, t);
    if (p.equals(PersonErasure.TEAMS)) {
      deleted +=
          update(connection, "DELETE FROM teams_conversation_reference WHERE tenant_id = ?", t);
    }
    if (p.equals(PersonErasure.SLACK)) {
      deleted += update(connection, "DELETE FROM slack_installation WHERE team_id = ?", t);
    }
    return deleted
        + update(
            connection, "DELETE FROM departed_workspaces WHERE platform = ? AND tenant = ?", p, t);
  }

  private static List<String> teamIds(Connection connection, Workspace w) throws SQLException {
    List<String> ids = new ArrayList<>();
    try (PreparedStatement select = connection.prepareStatement(TEAMS_OF)) {
      select.setString(1, w.platform());
      select.setString(2, w.tenant());
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          ids.add(rows.getString(1));
        }
      }
    }
    return ids;
  }

  private static int update(Connection connection, String sql, String... values)
      throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < values.length; i++) {
        statement.setString(i + 1, values[i]);
      }
      return statement.executeUpdate();
    }
  }
}

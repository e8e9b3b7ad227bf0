package org.pcref.app.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.pcref.core.team.Person;
import org.pcref.core.team.Role;
import org.pcref.core.team.Team;
import org.pcref.core.team.TeamStore;
import org.pcref.core.team.Workspace;

/** A team as rows of {@code teams}, {@code team_people} and {@code team_channels}. */
final class TeamRows {

  private TeamRows() {}

  static Optional<Team> find(Connection c, String teamId) throws SQLException {
    String sql = "SELECT platform, tenant, name, created_at, directorate FROM teams WHERE id = ?";
    try (PreparedStatement statement = c.prepareStatement(sql)) {
      statement.setString(1, teamId);
      try (ResultSet row = statement.executeQuery()) {
        if (!row.next()) {
          return Optional.empty();
        }
        Workspace workspace = new Workspace(row.getString(1), row.getString(2));
        String name = row.getString(3);
        OffsetDateTime createdAt = row.getObject(4, OffsetDateTime.class);
        return Optional.of(
            new Team(
                teamId,
                workspace,
                name,
                people(c, teamId),
                channels(c, teamId),
                createdAt.toInstant(),
                Optional.ofNullable(row.getString(5))));
      }
    }
  }

  static Optional<String> teamOfChannel(Connection c, Workspace workspace, String channel)
      throws SQLException {
    String sql =
        "SELECT team_id FROM team_channels WHERE platform = ? AND tenant = ? AND channel = ?";
    List<String> ids = strings(c, sql, workspace.platform(), workspace.tenant(), channel);
    return ids.stream().findFirst();
  }

  static List<String> teamsOfPerson(Connection c, Workspace workspace, String userId)
      throws SQLException {
    String sql =
        "SELECT t.id FROM teams t JOIN team_people p ON p.team_id = t.id"
            + " WHERE t.platform = ? AND t.tenant = ? AND p.user_id = ? AND p.role <> ?";
    return strings(c, sql, workspace.platform(), workspace.tenant(), userId, Role.REMOVED.name());
  }

  static Optional<String> teamNamed(Connection c, Workspace workspace, String name)
      throws SQLException {
    String sql =
        "SELECT id FROM teams WHERE platform = ? AND tenant = ? AND LOWER(name) = LOWER(?) ORDER BY created_at, id";
    return strings(c, sql, workspace.platform(), workspace.tenant(), name).stream().findFirst();
  }

  /**
   * Writes the team over whatever was stored for it. Throws {@link TeamStore.ChannelTaken} when a
   * channel's row already exists for another team, which the caller's transaction then rolls back.
   */
  static void write(Connection c, Team team) throws SQLException {
    writeTeam(c, team);
    writePeople(c, team);
    writeChannels(c, team);
  }

  private static void writeTeam(Connection c, Team team) throws SQLException {
    Workspace workspace = team.workspace();
    String directorate = team.directorate().orElse(null);
    String update =
        "UPDATE teams SET platform = ?, tenant = ?, name = ?, directorate = ? WHERE id = ?";
    if (update(
            c,
            update,
            workspace.platform(),
            workspace.tenant(),
            team.name(),
            directorate,
            team.id())
        == 0) {
      String insert =
          "INSERT INTO teams (id, platform, tenant, name, created_at, directorate)"
              + " VALUES (?, ?, ?, ?, ?, ?)";
      OffsetDateTime createdAt = OffsetDateTime.ofInstant(team.createdAt(), ZoneOffset.UTC);
      update(
          c,
          insert,
          team.id(),
          workspace.platform(),
          workspace.tenant(),
          team.name(),
          createdAt,
          directorate);
    }
  }

  private static void writePeople(Connection c, Team team) throws SQLException {
    try (PreparedStatement statement =
        c.prepareStatement("DELETE FROM team_people WHERE team_id = ?")) {
      statement.setString(1, team.id());
      statement.executeUpdate();
    }
    if (team.people().isEmpty()) {
      return;
    }
    String insert =
        "INSERT INTO team_people (team_id, user_id, name, role, sort_order) VALUES (?, ?, ?, ?, ?)";
    try (PreparedStatement statement = c.prepareStatement(insert)) {
      int order = 0;
      for (Person person : team.people().values()) {
        statement.setString(1, team.id());
        statement.setString(2, person.id());
        statement.setString(3, person.name());
        statement.setString(4, person.role().name());
        statement.setInt(5, order++);
        statement.addBatch();
      }
      statement.executeBatch();
    }
  }

  /**
   * Inserts only the channels newly linked: the primary key on the channel is what refuses a
   * channel that another team holds, even one linked by another instance a moment ago. Rows are
   * written in channel order so that two saves never wait on each other in a cycle.
   */
  private static void writeChannels(Connection c, Team team) throws SQLException {
    Workspace workspace = team.workspace();
    Set<String> stored =
        new HashSet<>(strings(c, "SELECT channel FROM team_channels WHERE team_id = ?", team.id()));
    for (String gone : stored) {
      if (!team.channels().contains(gone)) {
        update(c, "DELETE FROM team_channels WHERE team_id = ? AND channel = ?", team.id(), gone);
      }
    }
    List<String> inOrder = new ArrayList<>(team.channels());
    inOrder.sort(Comparator.naturalOrder());
    for (String channel : inOrder) {
      int order = team.channels().indexOf(channel);
      if (stored.contains(channel)) {
        String sql = "UPDATE team_channels SET sort_order = ? WHERE team_id = ? AND channel = ?";
        update(c, sql, order, team.id(), channel);
      } else {
        insertChannel(c, workspace, channel, team.id(), order);
      }
    }
  }

  private static void insertChannel(
      Connection c, Workspace workspace, String channel, String teamId, int order)
      throws SQLException {
    String sql =
        "INSERT INTO team_channels (platform, tenant, channel, team_id, sort_order) VALUES (?, ?, ?, ?, ?)";
    try {
      update(c, sql, workspace.platform(), workspace.tenant(), channel, teamId, order);
    } catch (SQLException e) {
      if (Transactions.isUniqueViolation(e)) {
        throw new TeamStore.ChannelTaken(channel);
      }
      throw e;
    }
  }

  private static Map<String, Person> people(Connection c, String teamId) throws SQLException {
    String sql =
        "SELECT user_id, name, role FROM team_people WHERE team_id = ? ORDER BY sort_order";
    Map<String, Person> people = new LinkedHashMap<>();
    try (PreparedStatement statement = c.prepareStatement(sql)) {
      statement.setString(1, teamId);
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          Person person =
              new Person(rows.getString(1), rows.getString(2), Role.valueOf(rows.getString(3)));
          people.put(person.id(), person);
        }
      }
    }
    return people;
  }

  private static List<String> channels(Connection c, String teamId) throws SQLException {
    return strings(
        c,
        "SELECT channel FROM team_channels WHERE team_id = ? ORDER BY sort_order, channel",
        teamId);
  }

  private static List<String> strings(Connection c, String sql, Object... parameters)
      throws SQLException {
    try (PreparedStatement statement = c.prepareStatement(sql)) {
      bind(statement, parameters);
      List<String> values = new ArrayList<>();
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          values.add(rows.getString(1));
        }
      }
      return values;
    }
  }

  private static int update(Connection c, String sql, Object... parameters) throws SQLException {
    try (PreparedStatement statement = c.prepareStatement(sql)) {
      bind(statement, parameters);
      return statement.executeUpdate();
    }
  }

  private static void bind(PreparedStatement statement, Object... parameters) throws SQLException {
    for (int i = 0; i < parameters.length; i++) {
      if (parameters[i] == null) {
        statement.setNull(i + 1, java.sql.Types.VARCHAR); // a directorate not named
      } else {
        statement.setObject(i + 1, parameters[i]);
      }
    }
  }
}

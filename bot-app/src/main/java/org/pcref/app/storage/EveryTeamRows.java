package org.pcref.app.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.pcref.core.team.Person;
import org.pcref.core.team.Role;
import org.pcref.core.team.Team;
import org.pcref.core.team.Workspace;

/**
 * Every team at once, people and channels included, in three statements whatever their number: the
 * board reads them all, where a chat turn reads one team with {@link TeamRows}.
 */
final class EveryTeamRows {

  private EveryTeamRows() {}

  /** Every team by id. Run it in one read transaction, so that the three reads see one snapshot. */
  static Map<String, Team> read(Connection c) throws SQLException {
    Map<String, Map<String, Person>> people = people(c);
    Map<String, List<String>> channels = channels(c);
    Map<String, Team> teams = new HashMap<>();
    String sql = "SELECT id, platform, tenant, name, created_at, directorate FROM teams";
    try (PreparedStatement statement = c.prepareStatement(sql);
        ResultSet row = statement.executeQuery()) {
      while (row.next()) {
        String id = row.getString(1);
        Workspace workspace = new Workspace(row.getString(2), row.getString(3));
        Instant createdAt = row.getObject(5, OffsetDateTime.class).toInstant();
        teams.put(
            id,
            new Team(
                id,
                workspace,
                row.getString(4),
                people.getOrDefault(id, Map.of()),
                channels.getOrDefault(id, List.of()),
                createdAt,
                Optional.ofNullable(row.getString(6))));
      }
    }
    return teams;
  }

  private static Map<String, Map<String, Person>> people(Connection c) throws SQLException {
    String sql =
        "SELECT team_id, user_id, name, role FROM team_people ORDER BY team_id, sort_order";
    Map<String, Map<String, Person>> people = new HashMap<>();
    try (PreparedStatement statement = c.prepareStatement(sql);
        ResultSet row = statement.executeQuery()) {
      while (row.next()) {
        Person person =
            new Person(row.getString(2), row.getString(3), Role.valueOf(row.getString(4)));
        people
            .computeIfAbsent(row.getString(1), id -> new LinkedHashMap<>())
            .put(person.id(), person);
      }
    }
    return people;
  }

  private static Map<String, List<String>> channels(Connection c) throws SQLException {
    String sql = "SELECT team_id, channel FROM team_channels ORDER BY team_id, sort_order, channel";
    Map<String, List<String>> channels = new HashMap<>();
    try (PreparedStatement statement = c.prepareStatement(sql);
        ResultSet row = statement.executeQuery()) {
      while (row.next()) {
        channels.computeIfAbsent(row.getString(1), id -> new ArrayList<>()).add(row.getString(2));
      }
    }
    return channels;
  }
}

package org.pcref.app.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.pcref.core.team.Rating;
import org.pcref.core.team.TeamLevel;

/**
 * The trust picture's questions to {@code ratings}, each one statement that the database answers
 * for every team at once. The latest rating of a competency is the last by {@code given_at}, then
 * by {@code seq}, the order recorded, as the core reads a team's history.
 */
final class PictureRows {

  /**
   * A team's ratings of one competency in the order they hold, the order of the index {@code
   * ratings_in_time_order_idx}.
   */
  private static final String IN_TIME_ORDER =
      "PARTITION BY team_id, competency_id ORDER BY given_at, seq";

  private PictureRows() {}

  /**
   * Each team's latest rating of each competency it has rated, by team id, then competency id: the
   * rating no other of its team and competency follows.
   */
  static Map<String, Map<String, Rating>> current(Connection c) throws SQLException {
    String sql =
        "SELECT "
            + RatingRows.COLUMNS
            + " FROM ("
            + " SELECT r.*, LEAD(r.seq) OVER ("
            + IN_TIME_ORDER
            + ") AS followed_by"
            + " FROM ratings r JOIN teams t ON t.id = r.team_id) rated"
            + " WHERE followed_by IS NULL";
    Map<String, Map<String, Rating>> current = new HashMap<>();
    try (PreparedStatement statement = c.prepareStatement(sql);
        ResultSet row = statement.executeQuery()) {
      while (row.next()) {
        Rating rating = RatingRows.read(row);
        current
            .computeIfAbsent(rating.teamId(), id -> new HashMap<>())
            .put(rating.competencyId(), rating);
      }
    }
    return current;
  }

  /**
   * How many teams there were at each moment: those created at or before it. Keyed by the moment's
   * place in the list, since the database may keep an instant less precisely than Java does.
   */
  static Map<Integer, Integer> teams(Connection c, List<Instant> moments) throws SQLException {
    String sql =
        moments(moments.size())
            + " SELECT m.n, COUNT(t.id) FROM moments m LEFT JOIN teams t ON t.created_at <= m.moment GROUP BY m.n";
    Map<Integer, Integer> teams = new HashMap<>();
    try (PreparedStatement statement = c.prepareStatement(sql)) {
      bindMoments(statement, moments);
      try (ResultSet row = statement.executeQuery()) {
        while (row.next()) {
          teams.put(row.getInt(1), row.getInt(2));
        }
      }
    }
    return teams;
  }

  /**
   * How many teams stood at each level of each competency at each moment, keyed by the moment's
   * place in the list. Each rating holds from when it was given until the next one of the same team
   * and competency; a moment counts the ratings holding then, of the teams created by then.
   */
  static Map<Integer, Map<String, Map<TeamLevel, Integer>>> levels(
      Connection c, List<Instant> moments) throws SQLException {
    String sql =
        moments(moments.size())
            + ", spans AS ("
            + " SELECT team_id, competency_id, level, given_at,"
            + " LEAD(given_at) OVER ("
            + IN_TIME_ORDER
            + ") AS replaced_at"
            + " FROM ratings)"
            + " SELECT m.n, s.competency_id, s.level, COUNT(*) FROM moments m"
            + " JOIN spans s ON s.given_at <= m.moment AND (s.replaced_at IS NULL OR s.replaced_at > m.moment)"
            + " JOIN teams t ON t.id = s.team_id AND t.created_at <= m.moment"
            + " GROUP BY m.n, s.competency_id, s.level";
    Map<Integer, Map<String, Map<TeamLevel, Integer>>> levels = new HashMap<>();
    try (PreparedStatement statement = c.prepareStatement(sql)) {
      bindMoments(statement, moments);
      try (ResultSet row = statement.executeQuery()) {
        while (row.next()) {
          levels
              .computeIfAbsent(row.getInt(1), n -> new HashMap<>())
              .computeIfAbsent(row.getString(2), id -> new EnumMap<>(TeamLevel.class))
              .put(TeamLevel.valueOf(row.getString(3)), row.getInt(4));
        }
      }
    }
    return levels;
  }

  /**
   * The teams created by {@code asOf} whose latest rating given by then is older than {@code
   * cutoff}, or who have none: by team id, when they were last rated.
   */
  static Map<String, Optional<Instant>> overdue(Connection c, Instant asOf, Instant cutoff)
      throws SQLException {
    String sql =
        "SELECT t.id, MAX(r.given_at) FROM teams t"
            + " LEFT JOIN ratings r ON r.team_id = t.id AND r.given_at <= ?"
            + " WHERE t.created_at <= ?"
            + " GROUP BY t.id"
            + " HAVING MAX(r.given_at) IS NULL OR MAX(r.given_at) < ?";
    Map<String, Optional<Instant>> overdue = new HashMap<>();
    try (PreparedStatement statement = c.prepareStatement(sql)) {
      statement.setObject(1, utc(asOf));
      statement.setObject(2, utc(asOf));
      statement.setObject(3, utc(cutoff));
      try (ResultSet row = statement.executeQuery()) {
        while (row.next()) {
          OffsetDateTime lastRated = row.getObject(2, OffsetDateTime.class);
          overdue.put(
              row.getString(1), Optional.ofNullable(lastRated).map(OffsetDateTime::toInstant));
        }
      }
    }
    return overdue;
  }

  /**
   * {@code WITH moments (n, moment) AS (VALUES ...)}: one row per moment, n its place in the list.
   */
  private static String moments(int count) {
    StringBuilder sql = new StringBuilder("WITH moments (n, moment) AS (VALUES ");
    for (int n = 0; n < count; n++) {
      sql.append(n == 0 ? "" : ", ")
          .append("(")
          .append(n)
          .append(", CAST(? AS TIMESTAMP WITH TIME ZONE))");
    }
    return sql.append(")").toString();
  }

  private static void bindMoments(PreparedStatement statement, List<Instant> moments)
      throws SQLException {
    for (int n = 0; n < moments.size(); n++) {
      statement.setObject(n + 1, utc(moments.get(n)));
    }
  }

  private static OffsetDateTime utc(Instant instant) {
    return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
  }
}

package org.pcref.app.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.pcref.core.team.Rating;
import org.pcref.core.team.TeamLevel;

/** A team's assessment history as rows of {@code ratings}, in the order recorded. */
final class RatingRows {

  private RatingRows() {}

  /**
   * Records the rating; one whose id is already recorded replaces it in its place in the history. A
   * rating's id names the check-in turn that gave it, so an id seen again is that turn given again:
   * the bot stopped after recording it and before the conversation moved on, and the person
   * answered the same question anew (the answer they were then told was kept).
   */
  static void record(Connection c, Rating rating) throws SQLException {
    if (update(c, rating) == 1) {
      return;
    }
    String sql =
        "INSERT INTO ratings (level, note, by_id, by_name, given_at, check_in_id, team_id, competency_id, id)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";
    try (PreparedStatement statement = c.prepareStatement(sql)) {
      bind(statement, rating);
      statement.executeUpdate();
    } catch (SQLException e) {
      if (!Transactions.isUniqueViolation(e)) {
        throw e;
      }
      // Recorded a moment ago by another instance: the turn given again, as above.
      update(c, rating);
    }
  }

  private static int update(Connection c, Rating rating) throws SQLException {
    String sql =
        "UPDATE ratings SET level = ?, note = ?, by_id = ?, by_name = ?, given_at = ?, check_in_id = ?"
            + " WHERE team_id = ? AND competency_id = ? AND id = ?";
    try (PreparedStatement statement = c.prepareStatement(sql)) {
      bind(statement, rating);
      return statement.executeUpdate();
    }
  }

  /** The parameters of both statements, which take them in the same order. */
  private static void bind(PreparedStatement statement, Rating rating) throws SQLException {
    statement.setString(1, rating.level().name());
    statement.setString(2, rating.note());
    statement.setString(3, rating.byId());
    statement.setString(4, rating.byName());
    statement.setObject(5, OffsetDateTime.ofInstant(rating.at(), ZoneOffset.UTC));
    statement.setString(6, rating.checkInId());
    statement.setString(7, rating.teamId());
    statement.setString(8, rating.competencyId());
    statement.setString(9, rating.id());
  }

  /** The columns {@link #read} takes, in its order. */
  static final String COLUMNS =
      "id, team_id, competency_id, level, note, by_id, by_name, given_at, check_in_id";

  static List<Rating> ofTeam(Connection c, String teamId) throws SQLException {
    String sql = "SELECT " + COLUMNS + " FROM ratings WHERE team_id = ? ORDER BY seq";
    List<Rating> ratings = new ArrayList<>();
    try (PreparedStatement statement = c.prepareStatement(sql)) {
      statement.setString(1, teamId);
      try (ResultSet row = statement.executeQuery()) {
        while (row.next()) {
          ratings.add(read(row));
        }
      }
    }
    return ratings;
  }

  /** The rating on the current row, selected as {@link #COLUMNS}. */
  static Rating read(ResultSet row) throws SQLException {
    return new Rating(
        row.getString(1),
        row.getString(2),
        row.getString(3),
        TeamLevel.valueOf(row.getString(4)),
        row.getString(5),
        row.getString(6),
        row.getString(7),
        row.getObject(8, OffsetDateTime.class).toInstant(),
        row.getString(9));
  }
}

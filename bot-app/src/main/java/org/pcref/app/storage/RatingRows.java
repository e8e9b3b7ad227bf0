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

  /** Inserts the rating; returns false, having changed nothing, when its id is already recorded. */
  static boolean insert(Connection c, Rating rating) throws SQLException {
    String sql =
        "INSERT INTO ratings (id, team_id, competency_id, level, note, by_id, by_name, given_at, check_in_id)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";
    try (PreparedStatement statement = c.prepareStatement(sql)) {
      statement.setString(1, rating.id());
      statement.setString(2, rating.teamId());
      statement.setString(3, rating.competencyId());
      statement.setString(4, rating.level().name());
      statement.setString(5, rating.note());
      statement.setString(6, rating.byId());
      statement.setString(7, rating.byName());
      statement.setObject(8, OffsetDateTime.ofInstant(rating.at(), ZoneOffset.UTC));
      statement.setString(9, rating.checkInId());
      statement.executeUpdate();
      return true;
    } catch (SQLException e) {
      if (Transactions.isUniqueViolation(e)) {
        return false;
      }
      throw e;
    }
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

package org.pcref.app.storage;

import static org.pcref.app.storage.JdbcRoundStore.instant;
import static org.pcref.app.storage.JdbcRoundStore.time;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.pcref.core.round.RoundAnswer;
import org.pcref.core.team.TeamLevel;

/**
 * Round answers as rows of {@code round_answers}: one per person per competency, a later answer
 * replacing the earlier in place (so the order stays the order first given).
 */
final class RoundAnswerRows {

  private RoundAnswerRows() {}

  /** Keeps the answer, replacing the same person's earlier one for the same competency. */
  static Void keep(Connection c, RoundAnswer a) throws SQLException {
    if (update(c, a) == 0) {
      try {
        insert(c, a);
      } catch (SQLException e) {
        if (!Transactions.isUniqueViolation(e)) {
          throw e;
        }
        // The same person's answer arrived on another instance a moment ago: the later wins.
        update(c, a);
      }
    }
    return null;
  }

  private static int update(Connection c, RoundAnswer a) throws SQLException {
    String sql =
        "UPDATE round_answers SET person_name = ?, level = ?, note = ?, checked = ?, answered_at = ?"
            + " WHERE round_id = ? AND person_id = ? AND competency_id = ?";
    try (PreparedStatement s = c.prepareStatement(sql)) {
      bind(s, a);
      return s.executeUpdate();
    }
  }

  private static void insert(Connection c, RoundAnswer a) throws SQLException {
    String sql =
        "INSERT INTO round_answers (person_name, level, note, checked, answered_at, round_id,"
            + " person_id, competency_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)";
    try (PreparedStatement s = c.prepareStatement(sql)) {
      bind(s, a);
      s.executeUpdate();
    }
  }

  /** The same eight parameters, in the same order, for the update and the insert. */
  private static void bind(PreparedStatement s, RoundAnswer a) throws SQLException {
    s.setString(1, a.personName());
    s.setString(2, a.level() == null ? null : a.level().name());
    s.setString(3, a.note());
    s.setString(4, Checklists.write(a.checked()));
    s.setObject(5, time(a.at()));
    s.setString(6, a.roundId());
    s.setString(7, a.personId());
    s.setString(8, a.competencyId());
  }

  static int count(Connection c, String roundId) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement("SELECT COUNT(*) FROM round_answers WHERE round_id = ?")) {
      s.setString(1, roundId);
      try (ResultSet row = s.executeQuery()) {
        row.next();
        return row.getInt(1);
      }
    }
  }

  static List<RoundAnswer> read(Connection c, String where, String roundId, String personId)
      throws SQLException {
    String sql =
        "SELECT round_id, person_id, person_name, competency_id, level, note, checked, answered_at"
            + " FROM round_answers "
            + where
            + " ORDER BY seq";
    try (PreparedStatement s = c.prepareStatement(sql)) {
      s.setString(1, roundId);
      if (personId != null) {
        s.setString(2, personId);
      }
      List<RoundAnswer> answers = new ArrayList<>();
      try (ResultSet row = s.executeQuery()) {
        while (row.next()) {
          String level = row.getString(5);
          answers.add(
              new RoundAnswer(
                  row.getString(1),
                  row.getString(2),
                  row.getString(3),
                  row.getString(4),
                  level == null ? null : TeamLevel.valueOf(level),
                  row.getString(6),
                  Checklists.read(row.getString(7)),
                  instant(row, 8)));
        }
      }
      return answers;
    }
  }
}

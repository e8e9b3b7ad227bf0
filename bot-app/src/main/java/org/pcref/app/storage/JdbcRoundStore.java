package org.pcref.app.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.pcref.core.round.Confirmation;
import org.pcref.core.round.Round;
import org.pcref.core.round.RoundAnswer;
import org.pcref.core.round.RoundStore;
import org.pcref.core.team.TeamLevel;

/**
 * Rounds in the {@code rounds}, {@code round_answers} and {@code round_confirmations} tables. The
 * rules every instance must keep are the database's: one open round per team (a unique key on the
 * open team), one answer per person per competency (the primary key), a round closed and reminded
 * once (updates that only change a row still open, or not yet reminded).
 */
public final class JdbcRoundStore implements RoundStore {

  private static final String COLUMNS =
      "id, team_id, competencies, opened_by_id, opened_by_name, opened_at, closes_at, names_shown,"
          + " channel, closed_at, closing, reminded_at";

  private final Transactions db;

  public JdbcRoundStore(DataSource dataSource) {
    this.db = new Transactions(dataSource);
  }

  @Override
  public Round open(Round round) {
    boolean opened =
        db.autoCommit(
            "open a round",
            c -> {
              try {
                insert(c, round);
                return true;
              } catch (SQLException e) {
                if (Transactions.isUniqueViolation(e)) {
                  return false;
                }
                throw e;
              }
            });
    if (opened) {
      return round;
    }
    // The team's other open round won; it is there to read, unless it closed in between.
    return openRound(round.teamId()).orElseGet(() -> open(round));
  }

  private static void insert(Connection c, Round r) throws SQLException {
    String sql =
        "INSERT INTO rounds ("
            + COLUMNS
            + ", open_team_id, result_posted) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, FALSE)";
    try (PreparedStatement s = c.prepareStatement(sql)) {
      s.setString(1, r.id());
      s.setString(2, r.teamId());
      s.setString(3, String.join(",", r.competencyIds()));
      s.setString(4, r.openedById());
      s.setString(5, r.openedByName());
      s.setObject(6, time(r.openedAt()));
      s.setObject(7, time(r.closesAt()));
      s.setBoolean(8, r.namesShown());
      s.setString(9, r.channel());
      s.setObject(10, time(r.closedAt()));
      s.setString(11, r.closing() == null ? null : r.closing().name());
      s.setObject(12, time(r.remindedAt()));
      s.setString(13, r.isOpen() ? r.teamId() : null);
      s.executeUpdate();
    }
  }

  @Override
  public Optional<Round> find(String roundId) {
    return rounds("find a round", "WHERE id = ?", roundId).stream().findFirst();
  }

  @Override
  public Optional<Round> openRound(String teamId) {
    return rounds("find a team's open round", "WHERE open_team_id = ?", teamId).stream()
        .findFirst();
  }

  @Override
  public List<Round> rounds(String teamId) {
    return rounds("list a team's rounds", "WHERE team_id = ? ORDER BY opened_at DESC", teamId);
  }

  @Override
  public List<Round> openRounds() {
    return rounds("list open rounds", "WHERE open_team_id IS NOT NULL ORDER BY closes_at", null);
  }

  private List<Round> rounds(String what, String where, String parameter) {
    return db.autoCommit(
        what,
        c -> {
          try (PreparedStatement s =
              c.prepareStatement("SELECT " + COLUMNS + " FROM rounds " + where)) {
            if (parameter != null) {
              s.setString(1, parameter);
            }
            List<Round> found = new ArrayList<>();
            try (ResultSet row = s.executeQuery()) {
              while (row.next()) {
                found.add(read(row));
              }
            }
            return found;
          }
        });
  }

  private static Round read(ResultSet row) throws SQLException {
    String closing = row.getString(11);
    return new Round(
        row.getString(1),
        row.getString(2),
        Arrays.asList(row.getString(3).split(",")),
        row.getString(4),
        row.getString(5),
        instant(row, 6),
        instant(row, 7),
        row.getBoolean(8),
        row.getString(9),
        instant(row, 10),
        closing == null ? null : Round.Closing.valueOf(closing),
        instant(row, 12));
  }

  @Override
  public void answer(RoundAnswer a) {
    db.autoCommit("keep a round answer", c -> RoundAnswerRows.keep(c, a));
  }

  @Override
  public List<RoundAnswer> answers(String roundId) {
    return db.autoCommit(
        "read a round's answers",
        c -> RoundAnswerRows.read(c, "WHERE round_id = ?", roundId, null));
  }

  @Override
  public List<RoundAnswer> answers(String roundId, String personId) {
    return db.autoCommit(
        "read a person's round answers",
        c -> RoundAnswerRows.read(c, "WHERE round_id = ? AND person_id = ?", roundId, personId));
  }

  @Override
  public int countAnswers(String roundId) {
    return db.autoCommit("count a round's answers", c -> RoundAnswerRows.count(c, roundId));
  }

  @Override
  public Optional<Round> close(String roundId, Instant at, Round.Closing why) {
    String sql =
        "UPDATE rounds SET closed_at = ?, closing = ?, open_team_id = NULL"
            + " WHERE id = ? AND closed_at IS NULL";
    int closed =
        db.autoCommit(
            "close a round",
            c -> {
              try (PreparedStatement s = c.prepareStatement(sql)) {
                s.setObject(1, time(at));
                s.setString(2, why.name());
                s.setString(3, roundId);
                return s.executeUpdate();
              }
            });
    return closed == 1 ? find(roundId) : Optional.empty();
  }

  @Override
  public boolean markResultPosted(String roundId, Instant at) {
    String sql =
        "UPDATE rounds SET result_posted = TRUE WHERE id = ? AND result_posted = FALSE"
            + " AND closed_at IS NOT NULL";
    return db.autoCommit(
            "mark a round's result posted",
            c -> {
              try (PreparedStatement s = c.prepareStatement(sql)) {
                s.setString(1, roundId);
                return s.executeUpdate();
              }
            })
        == 1;
  }

  @Override
  public List<Round> closedUnposted() {
    return rounds(
        "list rounds whose result is not posted",
        "WHERE result_posted = FALSE AND closed_at IS NOT NULL ORDER BY closed_at",
        null);
  }

  @Override
  public boolean markReminded(String roundId, Instant at) {
    String sql = "UPDATE rounds SET reminded_at = ? WHERE id = ? AND reminded_at IS NULL";
    return db.autoCommit(
            "mark a round reminded",
            c -> {
              try (PreparedStatement s = c.prepareStatement(sql)) {
                s.setObject(1, time(at));
                s.setString(2, roundId);
                return s.executeUpdate();
              }
            })
        == 1;
  }

  @Override
  public void confirm(Confirmation k) {
    db.write(
        "confirm a round's level",
        c -> {
          try (PreparedStatement s =
              c.prepareStatement(
                  "DELETE FROM round_confirmations WHERE round_id = ? AND competency_id = ?")) {
            s.setString(1, k.roundId());
            s.setString(2, k.competencyId());
            s.executeUpdate();
          }
          try (PreparedStatement s =
              c.prepareStatement(
                  "INSERT INTO round_confirmations (round_id, competency_id, level, note, by_id,"
                      + " by_name, confirmed_at) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            s.setString(1, k.roundId());
            s.setString(2, k.competencyId());
            s.setString(3, k.level().name());
            s.setString(4, k.note());
            s.setString(5, k.byId());
            s.setString(6, k.byName());
            s.setObject(7, time(k.at()));
            s.executeUpdate();
          }
          return null;
        });
  }

  @Override
  public List<Confirmation> confirmations(String roundId) {
    String sql =
        "SELECT round_id, competency_id, level, note, by_id, by_name, confirmed_at"
            + " FROM round_confirmations WHERE round_id = ? ORDER BY confirmed_at, competency_id";
    return db.autoCommit(
        "read a round's confirmations",
        c -> {
          try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, roundId);
            List<Confirmation> found = new ArrayList<>();
            try (ResultSet row = s.executeQuery()) {
              while (row.next()) {
                found.add(
                    new Confirmation(
                        row.getString(1),
                        row.getString(2),
                        TeamLevel.valueOf(row.getString(3)),
                        row.getString(4),
                        row.getString(5),
                        row.getString(6),
                        instant(row, 7)));
              }
            }
            return found;
          }
        });
  }

  static OffsetDateTime time(Instant at) {
    return at == null ? null : OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
  }

  static Instant instant(ResultSet row, int column) throws SQLException {
    OffsetDateTime at = row.getObject(column, OffsetDateTime.class);
    return at == null ? null : at.toInstant();
  }
}

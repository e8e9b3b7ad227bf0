package org.pcref.app.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.pcref.core.privacy.PersonKey;

/**
 * Other people's words in an erased person's workspace (notes, the audit trail's details, saved
 * conversations) that name them: each name is replaced where it stands as a whole word.
 */
final class OthersWords {

  private static final String TEAMS_OF = PersonErasure.TEAMS_OF;
  private static final String ROUNDS_OF = PersonErasure.ROUNDS_OF;

  /** Where people's own words are kept: notes, and the audit trail's details. */
  private static final String[][] WORDS = {
    {"ratings", "note", "team_id IN (" + TEAMS_OF + ")"},
    {"round_confirmations", "note", "round_id IN (" + ROUNDS_OF + ")"},
    {"round_answers", "note", "round_id IN (" + ROUNDS_OF + ")"},
    {"audit_entries", "detail", "platform = ? AND tenant = ?"},
  };

  /** The same, and saved conversations (JSON, in which a name is a value's words). */
  private static final String[][] WORDS_AND_CONVERSATIONS = {
    WORDS[0],
    WORDS[1],
    WORDS[2],
    WORDS[3],
    {"conversations", "state", "platform = ? AND tenant = ?"},
  };

  private final Connection connection;
  private final PersonKey person;
  private final Map<String, Integer> changed;

  /**
   * @param changed rows changed per table, added to as rows are rewritten
   */
  OthersWords(Connection connection, PersonKey person, Map<String, Integer> changed) {
    this.connection = connection;
    this.person = person;
    this.changed = changed;
  }

  /**
   * Other people's words in this workspace that quote the person's name: as a whole word, in any
   * case ("sam ran the mapping", "thanks to SAM"), never inside another name ("Samira").
   */
  void replace(String name, String with) throws SQLException {
    replace(name, with, WORDS_AND_CONVERSATIONS);
  }

  /**
   * The same in people's words only: for a user name that is also the person's id, which saved
   * conversations hold as a key's part (replaced there with the tombstone already), not as words.
   */
  void replaceInWords(String name, String with) throws SQLException {
    replace(name, with, WORDS);
  }

  private void replace(String name, String with, String[][] columns) throws SQLException {
    Pattern word =
        Pattern.compile(
            "(?<![\\p{L}\\p{N}_])" + Pattern.quote(name) + "(?![\\p{L}\\p{N}_])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    String replacement = Matcher.quoteReplacement(with);
    for (String[] column : columns) {
      Map<String, String> rewritten = new LinkedHashMap<>();
      String select =
          "SELECT DISTINCT "
              + column[1]
              + " FROM "
              + column[0]
              + " WHERE LOWER("
              + column[1]
              + ") LIKE ? ESCAPE '!' AND "
              + column[2];
      try (PreparedStatement statement = connection.prepareStatement(select)) {
        statement.setString(1, "%" + PersonErasure.literally(name.toLowerCase(Locale.ROOT)) + "%");
        statement.setString(2, person.platform());
        statement.setString(3, person.tenant());
        try (ResultSet rows = statement.executeQuery()) {
          while (rows.next()) {
            String before = rows.getString(1);
            String after = word.matcher(before).replaceAll(replacement);
            if (!after.equals(before)) {
              rewritten.put(before, after);
            }
          }
        }
      }
      for (Map.Entry<String, String> each : rewritten.entrySet()) {
        PersonErasure.count(
            connection,
            changed,
            column[0],
            "UPDATE "
                + column[0]
                + " SET "
                + column[1]
                + " = ? WHERE "
                + column[1]
                + " = ? AND "
                + column[2],
            each.getValue(),
            each.getKey(),
            person.platform(),
            person.tenant());
      }
    }
  }
}

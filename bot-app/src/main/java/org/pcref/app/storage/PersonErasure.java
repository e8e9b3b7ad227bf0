package org.pcref.app.storage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.pcref.core.privacy.Erasure;
import org.pcref.core.privacy.PersonKey;
import org.pcref.core.privacy.PersonalData;
import org.pcref.core.reminder.NudgeDelivery;

/**
 * Erases one person in one transaction. In each history their id becomes a tombstone (one per
 * erasure, so that two former members' answers to one round stay two) and their name "former
 * member"; their notes are emptied; their memberships, conversations, nudge deliveries and stored
 * Teams chats are deleted. Their name and id are then replaced wherever other people's words or
 * conversations quote them (a lead's confirmation lists the answers; a summary names who rated).
 */
final class PersonErasure {

  static final String SLACK = "slack";
  static final String TEAMS = "teams";

  private static final ObjectMapper JSON = new ObjectMapper();

  static final String TEAMS_OF = PersonRows.IN_WORKSPACE;
  static final String ROUNDS_OF = "SELECT id FROM rounds WHERE team_id IN (" + TEAMS_OF + ")";

  private final Connection connection;
  private final PersonKey person;
  private final String tombstone = "former-" + UUID.randomUUID();
  private final Map<String, Integer> changed = new LinkedHashMap<>();

  PersonErasure(Connection connection, PersonKey person) {
    this.connection = connection;
    this.person = person;
  }

  Erasure erase() throws SQLException {
    Set<String> names = names();
    String former = PersonalData.FORMER_MEMBER;
    count(
        "ratings",
        "UPDATE ratings SET by_id = ?, by_name = ?, note = '' WHERE by_id = ? AND team_id IN ("
            + TEAMS_OF
            + ")",
        tombstone,
        former,
        person.user(),
        person.platform(),
        person.tenant());
    count(
        "round_answers",
        "UPDATE round_answers SET person_id = ?, person_name = ?, note = ''"
            + " WHERE person_id = ? AND round_id IN ("
            + ROUNDS_OF
            + ")",
        tombstone,
        former,
        person.user(),
        person.platform(),
        person.tenant());
    count(
        "round_confirmations",
        "UPDATE round_confirmations SET by_id = ?, by_name = ?, note = ''"
            + " WHERE by_id = ? AND round_id IN ("
            + ROUNDS_OF
            + ")",
        tombstone,
        former,
        person.user(),
        person.platform(),
        person.tenant());
    count(
        "rounds",
        "UPDATE rounds SET opened_by_id = ?, opened_by_name = ? WHERE opened_by_id = ?"
            + " AND team_id IN ("
            + TEAMS_OF
            + ")",
        tombstone,
        former,
        person.user(),
        person.platform(),
        person.tenant());
    count(
        "team_people",
        "DELETE FROM team_people WHERE user_id = ? AND team_id IN (" + TEAMS_OF + ")",
        person.user(),
        person.platform(),
        person.tenant());
    count(
        "audit_entries",
        "UPDATE audit_entries SET by_id = ?, by_name = ?"
            + " WHERE platform = ? AND tenant = ? AND by_id = ?",
        tombstone,
        former,
        person.platform(),
        person.tenant(),
        person.user());
    count(
        "conversations",
        "DELETE FROM conversations WHERE platform = ? AND tenant = ? AND user_id = ?",
        person.platform(),
        person.tenant(),
        person.user());
    count(
        "nudge_deliveries",
        "DELETE FROM nudge_deliveries WHERE platform = ? AND tenant = ? AND user_id = ?",
        person.platform(),
        person.tenant(),
        person.user());
    // A retry of a nudge to them, not yet taken by any instance, goes too.
    count(
        "scheduled_tasks",
        "DELETE FROM scheduled_tasks WHERE picked = FALSE AND task_instance LIKE ? ESCAPE '!'",
        "%" + literally(NudgeDelivery.toPerson(person.user())));
    if (person.platform().equals(TEAMS)) {
      count(
          "teams_conversation_reference",
          "DELETE FROM teams_conversation_reference WHERE tenant_id = ? AND user_id = ?",
          person.tenant(),
          person.user());
      channelReferences();
    }
    if (person.platform().equals(SLACK)) {
      count(
          "slack_installation",
          "UPDATE slack_installation SET installer_user_id = NULL"
              + " WHERE team_id = ? AND installer_user_id = ?",
          person.tenant(),
          person.user());
    }
    // An admin's entry about them names their key; its id part becomes the tombstone.
    replaceEverywhere(
        "audit_entries",
        "detail",
        person.asString(),
        new PersonKey(person.platform(), person.tenant(), tombstone).asString(),
        false);
    replaceEverywhere("audit_entries", "detail", person.user(), tombstone, true);
    // Other people's words name them by their display name or, where the platform's id is the
    // person's user name (the terminal's login), by that: each as a whole word, in any case.
    OthersWords othersWords = new OthersWords(connection, person, changed);
    for (String name : names) {
      othersWords.replace(name, former);
    }
    othersWords.replaceInWords(person.user(), former);
    replaceEverywhere("conversations", "state", person.user(), tombstone, true);
    return new Erasure(changed);
  }

  /** The names the person is known by in this workspace's histories. */
  private Set<String> names() throws SQLException {
    Set<String> names = new LinkedHashSet<>();
    String[] queries = {
      "SELECT name FROM team_people WHERE user_id = ? AND team_id IN (" + TEAMS_OF + ")",
      "SELECT by_name FROM ratings WHERE by_id = ? AND team_id IN (" + TEAMS_OF + ")",
      "SELECT person_name FROM round_answers WHERE person_id = ? AND round_id IN ("
          + ROUNDS_OF
          + ")",
      "SELECT by_name FROM round_confirmations WHERE by_id = ? AND round_id IN (" + ROUNDS_OF + ")",
      "SELECT opened_by_name FROM rounds WHERE opened_by_id = ? AND team_id IN (" + TEAMS_OF + ")",
    };
    for (String query : queries) {
      try (PreparedStatement select = connection.prepareStatement(query)) {
        select.setString(1, person.user());
        select.setString(2, person.platform());
        select.setString(3, person.tenant());
        try (ResultSet rows = select.executeQuery()) {
          while (rows.next()) {
            names.add(rows.getString(1));
          }
        }
      }
    }
    try (PreparedStatement select =
        connection.prepareStatement(
            "SELECT by_name FROM audit_entries WHERE platform = ? AND tenant = ? AND by_id = ?")) {
      select.setString(1, person.platform());
      select.setString(2, person.tenant());
      select.setString(3, person.user());
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          names.add(rows.getString(1));
        }
      }
    }
    // A name that is the id, or blank, is replaced as the id is.
    names.removeIf(n -> n == null || n.isBlank() || n.equals(person.user()));
    return names;
  }

  private void replaceEverywhere(
      String table, String column, String text, String with, boolean inWorkspace)
      throws SQLException {
    String sql =
        "UPDATE "
            + table
            + " SET "
            + column
            + " = REPLACE("
            + column
            + ", ?, ?) WHERE POSITION(? IN "
            + column
            + ") > 0"
            + (inWorkspace ? " AND platform = ? AND tenant = ?" : "");
    if (inWorkspace) {
      count(table, sql, text, with, text, person.platform(), person.tenant());
    } else {
      count(table, sql, text, with, text);
    }
  }

  /**
   * A channel's stored reference names whoever wrote there last (Bot Framework's "user"); nudges
   * need only the channel, so that part goes.
   */
  private void channelReferences() throws SQLException {
    Map<String, String> rewritten = new LinkedHashMap<>();
    try (PreparedStatement select =
        connection.prepareStatement(
            "SELECT conversation_id, reference_json FROM teams_conversation_reference"
                + " WHERE tenant_id = ? AND user_id = '' AND POSITION(? IN reference_json) > 0")) {
      select.setString(1, person.tenant());
      select.setString(2, person.user());
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          rewritten.put(rows.getString(1), withoutUser(rows.getString(2)));
        }
      }
    }
    for (Map.Entry<String, String> reference : rewritten.entrySet()) {
      count(
          "teams_conversation_reference",
          "UPDATE teams_conversation_reference SET reference_json = ?"
              + " WHERE tenant_id = ? AND conversation_id = ? AND user_id = ''",
          reference.getValue(),
          person.tenant(),
          reference.getKey());
    }
  }

  private static String withoutUser(String json) {
    try {
      JsonNode tree = JSON.readTree(json);
      if (tree instanceof ObjectNode object) {
        object.remove("user");
      }
      return JSON.writeValueAsString(tree);
    } catch (IOException e) {
      // Unreadable, so of no use to a nudge either: keep nothing of it.
      return "{}";
    }
  }

  private void count(String table, String sql, String... values) throws SQLException {
    count(connection, changed, table, sql, values);
  }

  /** Runs an update of {@code table} and adds the rows it changed to {@code changed}. */
  static void count(
      Connection connection,
      Map<String, Integer> changed,
      String table,
      String sql,
      String... values)
      throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < values.length; i++) {
        statement.setString(i + 1, values[i]);
      }
      int rows = statement.executeUpdate();
      if (rows > 0) {
        changed.merge(table, rows, Integer::sum);
      }
    }
  }

  /** {@code text} as a LIKE pattern that matches only itself (escape character {@code !}). */
  static String literally(String text) {
    return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
  }
}

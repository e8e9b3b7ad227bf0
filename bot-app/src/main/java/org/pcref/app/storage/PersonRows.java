package org.pcref.app.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.pcref.core.privacy.PersonKey;
import org.pcref.core.privacy.PersonRecord;

/** Everything the database holds about one person, read on one connection for an export. */
final class PersonRows {

  /** The teams of the person's workspace: people are known by id within one. */
  static final String IN_WORKSPACE = "SELECT id FROM teams WHERE platform = ? AND tenant = ?";

  private final Connection connection;
  private final PersonKey person;

  PersonRows(Connection connection, PersonKey person) {
    this.connection = connection;
    this.person = person;
  }

  PersonRecord record() throws SQLException {
    List<PersonRecord.Table> tables = new ArrayList<>();
    tables.add(
        table(
            "memberships",
            "SELECT t.name, p.name, p.role FROM team_people p JOIN teams t ON t.id = p.team_id"
                + " WHERE t.platform = ? AND t.tenant = ? AND p.user_id = ? ORDER BY t.name",
            List.of("team", "your name", "role"),
            true));
    tables.add(
        table(
            "ratings",
            "SELECT t.name, r.competency_id, r.level, r.note, r.by_name, r.given_at, r.check_in_id"
                + " FROM ratings r JOIN teams t ON t.id = r.team_id"
                + " WHERE t.platform = ? AND t.tenant = ? AND r.by_id = ? ORDER BY r.given_at, r.seq",
            List.of("team", "competency", "level", "note", "your name", "given at", "check-in"),
            true));
    tables.add(
        table(
            "round answers",
            "SELECT t.name, a.round_id, a.competency_id, a.level, a.note, a.checked,"
                + " a.answered_at FROM round_answers a JOIN rounds r ON r.id = a.round_id"
                + " JOIN teams t ON t.id = r.team_id"
                + " WHERE t.platform = ? AND t.tenant = ? AND a.person_id = ? ORDER BY a.seq",
            List.of("team", "round", "competency", "level", "note", "checklist", "answered at"),
            true));
    tables.add(
        table(
            "round confirmations",
            "SELECT t.name, c.round_id, c.competency_id, c.level, c.note, c.confirmed_at"
                + " FROM round_confirmations c JOIN rounds r ON r.id = c.round_id"
                + " JOIN teams t ON t.id = r.team_id"
                + " WHERE t.platform = ? AND t.tenant = ? AND c.by_id = ? ORDER BY c.confirmed_at",
            List.of("team", "round", "competency", "level", "note", "confirmed at"),
            true));
    tables.add(
        table(
            "rounds opened",
            "SELECT t.name, r.id, r.competencies, r.opened_at, r.closes_at FROM rounds r"
                + " JOIN teams t ON t.id = r.team_id"
                + " WHERE t.platform = ? AND t.tenant = ? AND r.opened_by_id = ? ORDER BY r.opened_at",
            List.of("team", "round", "competencies", "opened at", "closes at"),
            true));
    tables.add(
        table(
            "changes you made",
            "SELECT made_at, action, detail FROM audit_entries"
                + " WHERE platform = ? AND tenant = ? AND by_id = ? ORDER BY made_at, seq",
            List.of("at", "what", "detail"),
            true));
    tables.add(
        table(
            "conversations",
            "SELECT channel, updated_at, state FROM conversations"
                + " WHERE platform = ? AND tenant = ? AND user_id = ? ORDER BY updated_at",
            List.of("channel", "last turn", "state (what the bot remembers between turns)"),
            true));
    tables.add(
        table(
            "nudges sent to you",
            "SELECT team_id, kind, due_at, status, updated_at FROM nudge_deliveries"
                + " WHERE platform = ? AND tenant = ? AND user_id = ? ORDER BY due_at",
            List.of("team id", "kind", "due at", "status", "updated at"),
            true));
    if (person.platform().equals(PersonErasure.TEAMS)) {
      tables.add(
          table(
              "teams chats with you",
              "SELECT conversation_id, updated_at FROM teams_conversation_reference"
                  + " WHERE tenant_id = ? AND user_id = ?",
              List.of("conversation", "updated at"),
              false));
    }
    if (person.platform().equals(PersonErasure.SLACK)) {
      tables.add(
          table(
              "slack installations by you",
              "SELECT team_id, installed_at FROM slack_installation"
                  + " WHERE team_id = ? AND installer_user_id = ?",
              List.of("workspace", "installed at"),
              false));
    }
    return new PersonRecord(person, tables);
  }

  private PersonRecord.Table table(
      String name, String sql, List<String> columns, boolean withPlatform) throws SQLException {
    try (PreparedStatement select = connection.prepareStatement(sql)) {
      int i = 1;
      if (withPlatform) {
        select.setString(i++, person.platform());
      }
      select.setString(i++, person.tenant());
      select.setString(i, person.user());
      try (ResultSet rows = select.executeQuery()) {
        List<List<String>> read = new ArrayList<>();
        while (rows.next()) {
          List<String> row = new ArrayList<>();
          for (int c = 1; c <= columns.size(); c++) {
            Object value = rows.getObject(c);
            row.add(value == null ? "" : text(value));
          }
          read.add(row);
        }
        return new PersonRecord.Table(name, columns, read);
      }
    }
  }

  private static String text(Object value) {
    if (value instanceof java.time.OffsetDateTime time) {
      return time.toInstant().toString();
    }
    if (value instanceof java.sql.Timestamp time) {
      return time.toInstant().toString();
    }
    return value.toString();
  }
}

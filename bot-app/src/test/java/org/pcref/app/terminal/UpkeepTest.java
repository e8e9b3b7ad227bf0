package org.pcref.app.terminal;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pcref.app.storage.Database;
import org.pcref.app.storage.DatabaseSettings;
import org.pcref.core.checkin.CheckInSettings;
import org.pcref.core.conversation.Assistant;
import org.pcref.core.message.ConversationKey;
import org.pcref.core.message.Inbound;
import org.pcref.core.privacy.Admins;
import org.pcref.core.privacy.DataProtection;
import org.pcref.core.privacy.Handover;
import org.pcref.core.round.RoundSettings;
import org.pcref.framework.FrameworkLoader;

/**
 * The embedded database's upkeep from the terminal: {@code migrate --to} a real PostgreSQL (every
 * table's rows the same there), and {@code backup} / {@code restore}.
 */
class UpkeepTest {

  @TempDir Path dir;

  @Test
  void shouldCopyEveryTableToAnEmptyPostgresAndRefuseOneThatIsNot() throws Exception {
    Path data = dir.resolve("data");
    try (Database h2 = Database.open(DatabaseSettings.embedded(data))) {
      talk(h2);
      fillThePlatformTables(h2.dataSource());
      h2.secrets().secret("download-links", 32);
    }
    try (EmbeddedPostgres postgres = EmbeddedPostgres.start()) {
      String url = postgres.getJdbcUrl("postgres", "postgres");
      Map<String, String> environment = Map.of("PCREF_DATABASE_USER", "postgres");

      TerminalRun run =
          TerminalRun.withSettings(
              Map.of(), environment, "migrate", "--data", data.toString(), "--to", url);

      assertThat(run.err()).isEmpty();
      assertThat(run.status()).isZero();
      assertThat(run.out()).contains("every table holds as many rows in both");
      Map<String, List<String>> before =
          rows("jdbc:h2:file:" + data.toAbsolutePath() + "/pcref", data);
      Map<String, List<String>> after = rows(postgres.getPostgresDatabase());
      assertThat(before.keySet())
          .contains(
              "teams",
              "ratings",
              "conversations",
              "nudge_settings",
              "nudge_deliveries",
              "scheduled_tasks",
              "slack_installation",
              "teams_conversation_reference");
      assertThat(before).allSatisfy((table, rows) -> assertThat(rows).as(table).isNotEmpty());
      assertThat(after).isEqualTo(before);

      TerminalRun again =
          TerminalRun.withSettings(
              Map.of(), environment, "migrate", "--data", data.toString(), "--to", url);

      assertThat(again.status()).isEqualTo(1);
      assertThat(again.err()).contains("the target database is not empty");
      assertThat(rows(postgres.getPostgresDatabase())).isEqualTo(before);
    }
  }

  @Test
  void shouldBackUpWhileTheServerRunsAndRestoreOnlyOnceItHasStopped() throws Exception {
    Path data = dir.resolve("data");
    Path backup = dir.resolve("pcref-backup.zip");
    Database server = Database.openForServer(DatabaseSettings.embedded(data));
    try {
      talk(server);

      TerminalRun backedUp = TerminalRun.of("backup", "--data", data.toString(), backup.toString());

      assertThat(backedUp.err()).isEmpty();
      assertThat(backedUp.status()).isZero();
      assertThat(Files.getPosixFilePermissions(backup))
          .containsExactlyInAnyOrder(
              java.nio.file.attribute.PosixFilePermission.OWNER_READ,
              java.nio.file.attribute.PosixFilePermission.OWNER_WRITE);
      say(server, "ward-9", "checkin co-production");
      say(server, "ward-9", "outstanding");
      say(server, "ward-9", "no note");
      assertThat(ratings(server)).isEqualTo(2);

      TerminalRun refused = TerminalRun.of("restore", "--data", data.toString(), backup.toString());

      assertThat(refused.status()).isEqualTo(1);
      assertThat(refused.err())
          .contains("Another PCREF Bot server is already using the data folder");
    } finally {
      server.close();
    }

    TerminalRun restored = TerminalRun.of("restore", "--data", data.toString(), backup.toString());

    assertThat(restored.err()).isEmpty();
    assertThat(restored.status()).isZero();
    assertThat(restored.out()).contains("Restored", "is kept as");
    try (Database again = Database.openForServer(DatabaseSettings.embedded(data))) {
      assertThat(ratings(again)).isEqualTo(1);
    }
  }

  /** A check-in with a level and a note, and a lead's nudge settings: the core's tables. */
  private static void talk(Database database) {
    say(database, "ward-7", "checkin workforce");
    say(database, "ward-7", "good");
    say(database, "ward-7", "we hold monthly reviews");
    say(database, "ward-7", "remind every 2 weeks on monday at 09:00");
    say(database, "ward-7", "team directorate Tower Hamlets");
  }

  private static void say(Database database, String channel, String text) {
    Assistant bot =
        new Assistant(
            FrameworkLoader.bundled(),
            database.conversations(),
            database.teams(),
            database.nudges(),
            database.rounds(),
            CheckInSettings.DEFAULTS,
            RoundSettings.DEFAULTS,
            Clock.systemUTC(),
            new DataProtection(
                database.audit(), database.personalData(), Admins.NONE, Handover.AS_FILES));
    bot.handle(Inbound.text(new ConversationKey("slack", "T1", channel, "U1"), "Alex", text));
  }

  private static long ratings(Database database) throws SQLException {
    try (Connection c = database.dataSource().getConnection();
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT COUNT(*) FROM ratings")) {
      r.next();
      return r.getLong(1);
    }
  }

  /** Rows in the tables the platforms and the scheduler keep, as they would be in use. */
  private static void fillThePlatformTables(DataSource dataSource) throws SQLException {
    OffsetDateTime now = OffsetDateTime.of(2026, 11, 2, 9, 0, 0, 0, ZoneOffset.UTC);
    try (Connection c = dataSource.getConnection()) {
      insert(
          c,
          "INSERT INTO nudge_deliveries VALUES (?, 't1', 'CHECKIN', ?, 'slack', 'T1', 'C1', NULL,"
              + " 'SENT', 1, '', ?, NULL)",
          "t1|CHECKIN|2026-11-02T09:00:00Z|channel:C1",
          now,
          now);
      insert(
          c,
          "INSERT INTO scheduled_tasks VALUES ('nudge-delivery', ?, ?, ?, FALSE, NULL, NULL, NULL, 0,"
              + " NULL, 1, 0)",
          "t1|CHECKIN|2026-11-02T09:00:00Z|dm:U1",
          "{\"team\":\"t1\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8),
          now);
      insert(c, "INSERT INTO nudge_plan_basis VALUES (?)", "basis-1");
      insert(c, "INSERT INTO slack_event VALUES (?, ?)", "Ev01", now.toLocalDateTime());
      insert(
          c,
          "INSERT INTO slack_installation VALUES ('T1', NULL, 'T1', 'A1', 'B1', 'UB1', ?, 'chat:write',"
              + " 'U1', ?)",
          "sealed-token",
          now.toLocalDateTime());
      insert(c, "INSERT INTO slack_oauth_state VALUES (?, ?)", "state-1", now.toLocalDateTime());
      insert(c, "INSERT INTO departed_workspaces VALUES ('slack', 'T9', ?)", now);
      insert(
          c,
          "INSERT INTO teams_conversation_reference VALUES ('tenant', 'a:1', 'aad-1', ?, TRUE, ?)",
          "{\"serviceUrl\":\"https://smba.trafficmanager.net/uk/\"}",
          now.toLocalDateTime());
      insert(
          c, "INSERT INTO teams_seen_activity VALUES (?, ?)", "activity-1", now.toLocalDateTime());
      insert(
          c,
          "INSERT INTO rounds (id, team_id, competencies, opened_by_id, opened_by_name, opened_at,"
              + " closes_at, names_shown, channel, closed_at, closing, reminded_at, result_posted,"
              + " open_team_id) VALUES ('round-1', 't1', 'workforce', 'U1', 'Alex', ?, ?, FALSE,"
              + " 'ward-7', ?, 'LEAD', NULL, TRUE, NULL)",
          now,
          now.plusDays(3),
          now.plusDays(1));
      insert(
          c,
          "INSERT INTO round_answers (round_id, person_id, competency_id, person_name, level, note,"
              + " checked, answered_at) VALUES ('round-1', 'U2', 'workforce', 'Bea', 'GOOD',"
              + " 'staff survey', '', ?)",
          now.plusHours(2));
      insert(
          c,
          "INSERT INTO round_confirmations VALUES ('round-1', 'workforce', 'GOOD', '', 'U1',"
              + " 'Alex', ?)",
          now.plusDays(1));
    }
  }

  private static void insert(Connection c, String sql, Object... values) throws SQLException {
    try (PreparedStatement statement = c.prepareStatement(sql)) {
      for (int i = 0; i < values.length; i++) {
        statement.setObject(i + 1, values[i]);
      }
      statement.executeUpdate();
    }
  }

  /** Every table's rows of the embedded database, which the data folder's password opens. */
  private static Map<String, List<String>> rows(String url, Path data) throws Exception {
    String password = Files.readString(data.resolve("db.password")).strip();
    try (Connection c = DriverManager.getConnection(url + ";AUTO_SERVER=TRUE", "sa", password)) {
      return rows(c);
    }
  }

  private static Map<String, List<String>> rows(DataSource dataSource) throws SQLException {
    try (Connection c = dataSource.getConnection()) {
      return rows(c);
    }
  }

  /** Each table's rows, every value written the same on either database, sorted. */
  private static Map<String, List<String>> rows(Connection c) throws SQLException {
    Map<String, List<String>> tables = new TreeMap<>();
    List<String> names = new ArrayList<>();
    try (ResultSet t =
        c.getMetaData().getTables(null, c.getSchema(), "%", new String[] {"TABLE"})) {
      while (t.next()) {
        names.add(t.getString("TABLE_NAME").toLowerCase(Locale.ROOT));
      }
    }
    names.remove("flyway_schema_history");
    for (String table : names) {
      List<String> rows = new ArrayList<>();
      try (Statement s = c.createStatement();
          ResultSet r = s.executeQuery("SELECT * FROM " + table)) {
        int columns = r.getMetaData().getColumnCount();
        while (r.next()) {
          StringBuilder row = new StringBuilder();
          for (int i = 1; i <= columns; i++) {
            row.append(r.getMetaData().getColumnName(i).toLowerCase(Locale.ROOT))
                .append('=')
                .append(
                    written(withZone(r, i) ? r.getObject(i, OffsetDateTime.class) : r.getObject(i)))
                .append(' ');
          }
          rows.add(row.toString());
        }
      }
      rows.sort(null);
      tables.put(table, rows);
    }
    return tables;
  }

  /** PostgreSQL's driver reads a timestamp with time zone as a plain Timestamp unless asked. */
  private static boolean withZone(ResultSet r, int column) throws SQLException {
    String type = r.getMetaData().getColumnTypeName(column).toLowerCase(Locale.ROOT);
    return type.equals("timestamptz") || type.equals("timestamp with time zone");
  }

  private static String written(Object value) {
    if (value instanceof OffsetDateTime time) {
      return time.toInstant().toString();
    }
    if (value instanceof java.sql.Timestamp time) {
      return time.toLocalDateTime().toString();
    }
    if (value instanceof Instant time) {
      return time.toString();
    }
    if (value instanceof byte[] bytes) {
      return Arrays.toString(bytes);
    }
    if (value instanceof Number number && !(value instanceof java.math.BigDecimal)) {
      return Long.toString(number.longValue());
    }
    return String.valueOf(value);
  }
}

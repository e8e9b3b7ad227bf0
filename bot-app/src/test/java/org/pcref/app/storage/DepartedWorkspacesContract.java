package org.pcref.app.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pcref.core.checkin.CheckInSettings;
import org.pcref.core.conversation.Assistant;
import org.pcref.core.privacy.Admins;
import org.pcref.core.privacy.DataProtection;
import org.pcref.core.privacy.Handover;
import org.pcref.core.privacy.RetentionSettings;
import org.pcref.core.privacy.RetentionSweep;
import org.pcref.core.round.RoundSettings;
import org.pcref.core.team.Workspace;
import org.pcref.framework.FrameworkLoader;

/**
 * A workspace that uninstalls the bot keeps its teams' data for the retention time, in case it
 * comes back; then the daily sweep deletes all of it (every table is scanned for its id), and
 * nothing of any other workspace.
 */
abstract class DepartedWorkspacesContract {

  private static final String LEAVING = "TLEAVING01";
  private static final String STAYING = "TSTAYING02";
  private static final String LEAVING_TENANT = "tid-leaving-03";
  private static final Duration KEPT = RetentionSettings.DEFAULTS.departedWorkspaces();

  abstract DataSource emptyDatabase();

  private final MovedClock clock = new MovedClock(Instant.parse("2026-11-26T10:00:00Z"));
  private DataSource database;
  private Assistant bot;
  private JdbcDepartures departures;
  private RetentionSweep sweep;

  @BeforeEach
  void openBot() {
    database = emptyDatabase();
    JdbcAuditTrail audit = new JdbcAuditTrail(database);
    bot =
        new Assistant(
            FrameworkLoader.bundled(),
            new JdbcConversationStore(database),
            new JdbcTeamStore(database),
            new JdbcNudgeStore(database),
            new JdbcRoundStore(database),
            CheckInSettings.DEFAULTS,
            RoundSettings.DEFAULTS,
            clock,
            new DataProtection(
                audit, new JdbcPersonalData(database), Admins.NONE, Handover.AS_FILES));
    departures = new JdbcDepartures(database);
    sweep =
        new RetentionSweep(new JdbcExpiredData(database), audit, RetentionSettings.DEFAULTS, clock);
  }

  @Test
  void shouldDeleteADepartedWorkspacesTeamsOnceItHasBeenGoneLongEnough() throws SQLException {
    aTeamIn("slack", LEAVING);
    aTeamIn("slack", STAYING);
    aTeamIn("teams", LEAVING_TENANT);
    assertThat(valuesHolding(LEAVING)).isNotEmpty();
    assertThat(valuesHolding(LEAVING_TENANT)).isNotEmpty();
    assertThat(
            rows(
                "SELECT (SELECT COUNT(*) FROM rounds), (SELECT COUNT(*) FROM round_answers),"
                    + " (SELECT COUNT(*) FROM nudge_settings), (SELECT COUNT(*) FROM team_people),"
                    + " (SELECT COUNT(*) FROM team_channels)"))
        .as("rounds, answers, nudge settings, members and channels of three teams")
        .containsExactly("3 | 3 | 3 | 6 | 3");
    Instant left = clock.instant();
    departures.left(new Workspace("slack", LEAVING), left);
    departures.left(new Workspace("teams", LEAVING_TENANT), left);
    clock.advance(Duration.ofDays(1));
    departures.left(new Workspace("slack", LEAVING), clock.instant());

    clock.advance(KEPT.minus(Duration.ofDays(2)));
    sweep.run();
    assertThat(
            rows(
                "SELECT tenant, COUNT(*) FROM ratings r JOIN teams t ON t.id = r.team_id"
                    + " GROUP BY tenant ORDER BY tenant"))
        .as("within the retention time (counted from the first departure) every level stays")
        .containsExactly("TLEAVING01 | 2", "TSTAYING02 | 2", "tid-leaving-03 | 2");

    clock.advance(Duration.ofDays(2));
    sweep.run();
    assertThat(valuesHolding(LEAVING)).isEmpty();
    assertThat(valuesHolding(LEAVING_TENANT)).isEmpty();
    assertThat(rows("SELECT COUNT(*) FROM departed_workspaces")).containsExactly("0");
    assertThat(
            rows(
                "SELECT tenant, COUNT(*) FROM ratings r JOIN teams t ON t.id = r.team_id"
                    + " GROUP BY tenant"))
        .as("the workspace that stayed keeps its teams")
        .containsExactly("TSTAYING02 | 2");
    assertThat(
            rows(
                "SELECT (SELECT COUNT(*) FROM rounds), (SELECT COUNT(*) FROM round_answers),"
                    + " (SELECT COUNT(*) FROM nudge_settings), (SELECT COUNT(*) FROM team_people),"
                    + " (SELECT COUNT(*) FROM team_channels)"))
        .containsExactly("1 | 1 | 1 | 2 | 1");
    assertThat(rows("SELECT COUNT(*) FROM nudge_deliveries")).containsExactly("1");
    assertThat(rows("SELECT COUNT(*) FROM scheduled_tasks WHERE task_name = 'nudge-delivery'"))
        .containsExactly("1");
    assertThat(
            rows("SELECT detail FROM audit_entries WHERE action = 'retention'"
                    + " ORDER BY made_at DESC")
                .get(0))
        .as("the sweep says how much it deleted")
        .matches(".* [1-9][0-9]* rows of departed workspaces, .*");
  }

  @Test
  void shouldKeepEverythingOfAWorkspaceThatInstalledTheBotAgainInTime() throws SQLException {
    aTeamIn("slack", LEAVING);
    List<String> before = valuesHolding(LEAVING);
    departures.left(new Workspace("slack", LEAVING), clock.instant());
    clock.advance(Duration.ofDays(10));
    departures.returned(new Workspace("slack", LEAVING));

    clock.advance(KEPT.plus(Duration.ofDays(1)));
    sweep.run();

    assertThat(rows("SELECT COUNT(*) FROM ratings")).containsExactly("2");
    assertThat(rows("SELECT COUNT(*) FROM round_answers")).containsExactly("1");
    assertThat(valuesHolding(LEAVING))
        .as("only conversations, past their own time, have gone")
        .isNotEmpty()
        .allMatch(before::contains)
        .noneMatch(value -> value.startsWith("conversations."));
  }

  /**
   * A team in {@code tenant}: a lead checks in with a note and renames it, a member answers a
   * round, and a nudge to the channel waits to be sent again; Teams also keeps the channel's
   * conversation reference.
   */
  private void aTeamIn(String platform, String tenant) throws SQLException {
    String channel = "C-" + tenant;
    Talker lead = Talker.inChannel(bot, platform, tenant, channel, "U1-" + tenant, "Alex", "ward");
    Talker member = Talker.inChannel(bot, platform, tenant, channel, "U2-" + tenant, "Sam", "ward");
    lead.says("checkin workforce").says("good").says("Rota shared in " + tenant);
    lead.says("team rename Ward of " + tenant);
    lead.says("remind every 2 weeks on Monday at 09:00");
    lead.says("checkin team co-production");
    member.press(lead.button("Take part")).presses("Good").says("Seen in " + tenant);
    member.says("checkin cultural awareness").says("developing").says("Sam's note");
    String teamId = rows("SELECT id FROM teams WHERE tenant = '" + tenant + "'").get(0);
    OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    String key = teamId + "/check_in/" + now.toInstant() + "|ch:" + channel;
    try (Connection c = database.getConnection();
        PreparedStatement delivery =
            c.prepareStatement(
                "INSERT INTO nudge_deliveries (delivery_key, team_id, kind, due_at, platform,"
                    + " tenant, channel, user_id, status, attempts, reason, updated_at)"
                    + " VALUES (?, ?, 'CHECK_IN', ?, ?, ?, ?, NULL, 'RETRY', 1, '', ?)");
        PreparedStatement task =
            c.prepareStatement(
                "INSERT INTO scheduled_tasks (task_name, task_instance, execution_time, picked,"
                    + " version) VALUES ('nudge-delivery', ?, ?, FALSE, 1)")) {
      delivery.setString(1, key);
      delivery.setString(2, teamId);
      delivery.setObject(3, now);
      delivery.setString(4, platform);
      delivery.setString(5, tenant);
      delivery.setString(6, channel);
      delivery.setObject(7, now);
      delivery.executeUpdate();
      task.setString(1, key);
      task.setObject(2, now);
      task.executeUpdate();
    }
    if (platform.equals("teams")) {
      execute(
          "INSERT INTO teams_conversation_reference VALUES ('"
              + tenant
              + "', '"
              + channel
              + "', '', '{\"conversation\":{\"id\":\""
              + channel
              + "\"}}', TRUE, CURRENT_TIMESTAMP)");
    }
  }

  /**
   * Every value, in every column of every table but the audit trail (the trust's record of who
   * changed what, kept for its own time), that holds {@code text}.
   */
  private List<String> valuesHolding(String text) throws SQLException {
    assertThat(new TableRows(database).tables()).contains("departed_workspaces");
    return new TableRows(database)
        .everyValue("audit_entries").stream()
            .filter(value -> value.substring(value.indexOf(" = ") + 3).contains(text))
            .toList();
  }

  private List<String> rows(String sql) throws SQLException {
    return new TableRows(database).rows(sql);
  }

  private void execute(String sql) throws SQLException {
    new TableRows(database).execute(sql);
  }
}

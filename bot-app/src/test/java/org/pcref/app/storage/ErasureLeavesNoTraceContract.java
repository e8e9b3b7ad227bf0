package org.pcref.app.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pcref.core.checkin.CheckInSettings;
import org.pcref.core.conversation.Assistant;
import org.pcref.core.privacy.Admins;
import org.pcref.core.privacy.DataProtection;
import org.pcref.core.privacy.Handover;
import org.pcref.core.privacy.PersonKey;
import org.pcref.core.round.RoundSettings;
import org.pcref.framework.FrameworkLoader;

/**
 * Priya uses the bot in Slack and in Teams: check-ins with notes, a team round, a check-in left
 * half done, nudges, the app installed. She asks to be forgotten in Slack; an admin erases her
 * Teams identity from an emailed request. Then no column of any table (found in the schema, so a
 * table added later is scanned too) holds her ids, her name or her words, and her teams' levels
 * stay.
 */
abstract class ErasureLeavesNoTraceContract {

  static final String SLACK_ID = "UPRIYA7";
  static final String TEAMS_ID = "oid-7f3c-priya";
  static final String NAME = "Priya Raman";
  static final String CHECK_IN_NOTE = "Mrs Jones on ward 4 asked for an interpreter";
  static final String ROUND_NOTE = "We co-produce the menu with Bengali families";
  static final String TEAMS_NOTE = "Mr Okafor's family joined the review";

  abstract DataSource emptyDatabase();

  private DataSource database;
  private Assistant bot;

  @BeforeEach
  void openBot() {
    database = emptyDatabase();
    bot =
        new Assistant(
            FrameworkLoader.bundled(),
            new JdbcConversationStore(database),
            new JdbcTeamStore(database),
            new JdbcNudgeStore(database),
            new JdbcRoundStore(database),
            CheckInSettings.DEFAULTS,
            RoundSettings.DEFAULTS,
            Clock.systemUTC(),
            new DataProtection(
                new JdbcAuditTrail(database),
                new JdbcPersonalData(database),
                new Admins(Set.of(new PersonKey("slack", "T1", "UIGGY"))),
                Handover.AS_FILES));
  }

  @Test
  void shouldLeaveNoTraceOfAnErasedPersonInAnyTable() throws SQLException {
    Talker alex = Talker.inChannel(bot, "slack", "T1", "C7", "UALEX", "Alex Shaw", "ward-7");
    Talker priya = Talker.inChannel(bot, "slack", "T1", "C7", SLACK_ID, NAME, "ward-7");
    alex.says("checkin workforce").says("good").says("Thanks to " + NAME + " for the audit");
    priya.says("team");
    alex.says("team add lead " + SLACK_ID).reply();
    priya.says("checkin cultural awareness").says("developing").says(CHECK_IN_NOTE);
    assertThat(priya.reply()).contains("Cultural Awareness");

    alex.says("checkin team co-production");
    priya.press(alex.button("Take part")).presses("Good").says(ROUND_NOTE);
    alex.says("round close").presses("Confirm the team’s level").presses("Good");
    alex.says("Agreed with " + NAME + " at the huddle");
    assertThat(alex.reply()).contains("Co-Production is now Good");
    // Half-way through a check-in in the channel when she asks.
    priya.says("checkin workforce");

    Talker teamsAlex =
        Talker.inChannel(
            bot, "teams", "tid-1", "19:ward7@thread.tacv2", "oid-alex", "Alex Shaw", "Ward 7");
    Talker teamsPriya =
        Talker.inChannel(bot, "teams", "tid-1", "19:ward7@thread.tacv2", TEAMS_ID, NAME, "Ward 7");
    teamsAlex.says("checkin workforce").says("good").says("no note");
    teamsPriya.says("checkin co-learning").says("good").says(TEAMS_NOTE);
    platformRows();
    assertThat(String.join("\n", everyValue()))
        .as("what she told the bot is in the database before")
        .contains(SLACK_ID, TEAMS_ID, NAME, CHECK_IN_NOTE, ROUND_NOTE, TEAMS_NOTE);

    Talker.direct(bot, "slack", "T1", SLACK_ID, NAME).says("my data").says("forget me").says("yes");
    Talker iggy = Talker.direct(bot, "slack", "T1", "UIGGY", "Iggy");
    iggy.says("admin forget person teams/tid-1/" + TEAMS_ID).presses("Yes, erase");
    assertThat(iggy.reply()).contains("Erased teams/tid-1/" + TEAMS_ID + ": ");

    assertThat(everyValue())
        .as("a value that still holds her id, name or words")
        .noneMatch(
            value ->
                value.contains(SLACK_ID)
                    || value.contains(TEAMS_ID)
                    || value.contains("Priya")
                    || value.contains(CHECK_IN_NOTE)
                    || value.contains(ROUND_NOTE)
                    || value.contains(TEAMS_NOTE));
    assertThat(
            rows("SELECT level, by_name FROM ratings WHERE competency_id = 'cultural-awareness'"))
        .containsExactly("DEVELOPING | former member");
    assertThat(rows("SELECT COUNT(*) FROM ratings")).containsExactly("5");
    assertThat(rows("SELECT action FROM audit_entries WHERE action = 'erasure'")).hasSize(2);
  }

  @Test
  void shouldTakeTheirNameOutOfOtherPeoplesNotesHoweverWrittenButNotAColleaguesName()
      throws SQLException {
    Talker alex = Talker.inChannel(bot, "slack", "T1", "C8", "UALEX", "Alex Shaw", "ward-8");
    Talker sam = Talker.inChannel(bot, "slack", "T1", "C8", "sam", "Sam Okoro", "ward-8");
    Talker samira = Talker.inChannel(bot, "slack", "T1", "C8", "USAMIRA", "Samira", "ward-8");
    alex.says("checkin workforce")
        .says("good")
        .says("sam ran the community mapping with the Somali elders");
    alex.says("checkin co-learning").says("good").says("Thanks to SAM OKORO and Samira");
    samira.says("checkin partnership working").says("good").says("Samira and Sammy met the imam");
    sam.says("checkin co-production").says("good").says("My own note");

    Talker.direct(bot, "slack", "T1", "sam", "Sam Okoro").says("forget me").says("yes");

    assertThat(rows("SELECT note FROM ratings ORDER BY note"))
        .containsExactly(
            "",
            "Samira and Sammy met the imam",
            "Thanks to former member and Samira",
            "former member ran the community mapping with the Somali elders");
  }

  @Test
  void shouldLeaveTheNudgesOfSomeoneWhoseIdStartsWithHersAlone() throws SQLException {
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    for (String user : List.of("U1", "U12")) {
      try (Connection c = database.getConnection();
          PreparedStatement task =
              c.prepareStatement(
                  "INSERT INTO scheduled_tasks (task_name, task_instance, execution_time, picked,"
                      + " version) VALUES ('nudge-delivery', ?, ?, FALSE, 1)")) {
        task.setString(1, "team-1/check_in/" + now.toInstant() + "|dm:" + user);
        task.setObject(2, now);
        task.executeUpdate();
      }
    }

    Talker.direct(bot, "slack", "T1", "U1", "Una").says("forget me").says("yes");

    assertThat(rows("SELECT task_instance FROM scheduled_tasks"))
        .singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
        .endsWith("|dm:U12");
  }

  /** What the adapters keep of her: Teams chats, the Slack install, a nudge and its retry. */
  private void platformRows() throws SQLException {
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    String user = "{\"id\":\"" + TEAMS_ID + "\",\"name\":\"" + NAME + "\"}";
    execute(
        "INSERT INTO teams_conversation_reference VALUES ('tid-1', 'a:1priya', '"
            + TEAMS_ID
            + "', '{\"user\":"
            + user
            + ",\"conversation\":{\"id\":\"a:1priya\"}}', TRUE, CURRENT_TIMESTAMP)");
    execute(
        "INSERT INTO teams_conversation_reference VALUES ('tid-1', '19:ward7@thread.tacv2', '',"
            + " '{\"user\":"
            + user
            + ",\"conversation\":{\"id\":\"19:ward7@thread.tacv2\"}}', TRUE, CURRENT_TIMESTAMP)");
    execute(
        "INSERT INTO slack_installation (installation_key, team_id, bot_token, installer_user_id,"
            + " installed_at) VALUES ('T1', 'T1', 'xoxb-test', '"
            + SLACK_ID
            + "', CURRENT_TIMESTAMP)");
    String key = "team-1/check_in/" + now.toInstant() + "|dm:" + SLACK_ID;
    try (Connection c = database.getConnection();
        PreparedStatement insert =
            c.prepareStatement(
                "INSERT INTO nudge_deliveries (delivery_key, team_id, kind, due_at, platform,"
                    + " tenant, channel, user_id, status, attempts, reason, updated_at)"
                    + " VALUES (?, 'team-1', 'CHECK_IN', ?, 'slack', 'T1', NULL, ?, 'RETRY', 1, '', ?)");
        PreparedStatement task =
            c.prepareStatement(
                "INSERT INTO scheduled_tasks (task_name, task_instance, execution_time, picked,"
                    + " version) VALUES ('nudge-delivery', ?, ?, FALSE, 1)")) {
      insert.setString(1, key);
      insert.setObject(2, now);
      insert.setString(3, SLACK_ID);
      insert.setObject(4, now);
      insert.executeUpdate();
      task.setString(1, key);
      task.setObject(2, now);
      task.executeUpdate();
    }
  }

  /** Every value of every column of every table, as text. */
  private List<String> everyValue() throws SQLException {
    assertThat(new TableRows(database).tables()).contains("ratings", "audit_entries");
    return new TableRows(database).everyValue();
  }

  private List<String> rows(String sql) throws SQLException {
    return new TableRows(database).rows(sql);
  }

  private void execute(String sql) throws SQLException {
    new TableRows(database).execute(sql);
  }
}

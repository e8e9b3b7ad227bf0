package org.pcref.app.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
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
import org.pcref.framework.FrameworkLoader;

/**
 * A team checks in with notes and is nudged; then the clock moves on, and each daily sweep deletes
 * what has passed its time, keeping the team's levels.
 */
abstract class RetentionContract {

  abstract DataSource emptyDatabase();

  private final MovedClock clock = new MovedClock(Instant.parse("2026-11-26T10:00:00Z"));
  private DataSource database;
  private Assistant bot;
  private JdbcAuditTrail audit;
  private RetentionSweep sweep;

  @BeforeEach
  void openBot() {
    database = emptyDatabase();
    audit = new JdbcAuditTrail(database);
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
    sweep =
        new RetentionSweep(new JdbcExpiredData(database), audit, RetentionSettings.DEFAULTS, clock);
  }

  @Test
  void shouldDeleteEachKindOfDataOnceItIsPastItsTime() throws SQLException {
    Talker alex = Talker.inChannel(bot, "slack", "T1", "C7", "UALEX", "Alex", "ward-7");
    alex.says("checkin workforce").says("good").says("Rota shared with the chaplaincy");
    alex.says("team rename Ward 7 Acute");
    alex.says("checkin cultural awareness");
    seenAndDelivered();

    clock.advance(Duration.ofDays(2));
    sweep.run();
    assertThat(rows("SELECT COUNT(*) FROM slack_event")).containsExactly("0");
    assertThat(rows("SELECT COUNT(*) FROM teams_seen_activity")).containsExactly("0");
    assertThat(rows("SELECT COUNT(*) FROM conversations")).containsExactly("1");

    clock.advance(Duration.ofDays(30));
    sweep.run();
    assertThat(rows("SELECT COUNT(*) FROM conversations"))
        .as("a check-in left for a month is gone with its conversation")
        .containsExactly("0");
    assertThat(rows("SELECT note FROM ratings")).containsExactly("Rota shared with the chaplaincy");

    clock.advance(Duration.ofDays(365));
    sweep.run();
    assertThat(rows("SELECT status FROM nudge_deliveries")).containsExactly("RETRY");

    clock.advance(Duration.ofDays(2 * 365));
    sweep.run();
    assertThat(rows("SELECT level, note, by_name FROM ratings"))
        .as("the level, who gave it and when stay; the note goes")
        .containsExactly("GOOD |  | Alex");

    clock.advance(Duration.ofDays(3 * 365));
    sweep.run();
    assertThat(rows("SELECT action FROM audit_entries ORDER BY made_at"))
        .as(
            "the rename and the first sweep are six years old; each later sweep says what it deleted")
        .containsExactly("retention", "retention", "retention", "retention");
    assertThat(rows("SELECT detail FROM audit_entries ORDER BY made_at DESC").get(0))
        .isEqualTo(
            "deleted 0 notes, 0 conversations, 0 seen events, 0 deliveries,"
                + " 0 rows of departed workspaces, 2 audit entries");
  }

  /** Events handled and nudges delivered on the first day. */
  private void seenAndDelivered() throws SQLException {
    Instant now = clock.instant();
    try (Connection c = database.getConnection();
        PreparedStatement slack =
            c.prepareStatement("INSERT INTO slack_event (event_id, received_at) VALUES (?, ?)");
        PreparedStatement teams =
            c.prepareStatement(
                "INSERT INTO teams_seen_activity (activity_key, seen_at) VALUES (?, ?)");
        PreparedStatement delivery =
            c.prepareStatement(
                "INSERT INTO nudge_deliveries (delivery_key, team_id, kind, due_at, platform,"
                    + " tenant, channel, user_id, status, attempts, reason, updated_at)"
                    + " VALUES (?, 'team-1', 'CHECK_IN', ?, 'slack', 'T1', 'C7', NULL, ?, 1, '', ?)")) {
      slack.setString(1, "Ev1");
      slack.setTimestamp(2, Timestamp.from(now));
      slack.executeUpdate();
      teams.setString(1, "tid-1/19:ward7/act-1");
      teams.setTimestamp(2, Timestamp.from(now));
      teams.executeUpdate();
      for (String status : List.of("SENT", "FAILED", "RETRY")) {
        delivery.setString(1, "team-1/check_in/" + status);
        delivery.setObject(2, OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
        delivery.setString(3, status);
        delivery.setObject(4, OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
        delivery.executeUpdate();
      }
    }
  }

  private List<String> rows(String sql) throws SQLException {
    return new TableRows(database).rows(sql);
  }
}

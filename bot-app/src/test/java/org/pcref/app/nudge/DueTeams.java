package org.pcref.app.nudge;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import javax.sql.DataSource;

/**
 * Many teams at once, straight into the tables: team {@code t<i>} with one lead, {@code lead-<i>},
 * and default nudge settings. Saving thousands of teams one by one through the team store would
 * take longer than the nudges under test.
 */
public final class DueTeams {

  private DueTeams() {}

  public static void create(DataSource dataSource, String platform, int count, Instant createdAt) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement teams =
            c.prepareStatement(
                "INSERT INTO teams (id, platform, tenant, name, created_at) VALUES (?, ?, 'trust', ?, ?)");
        PreparedStatement people =
            c.prepareStatement(
                "INSERT INTO team_people (team_id, user_id, name, role, sort_order) VALUES (?, ?, ?, 'LEAD', 0)")) {
      c.setAutoCommit(false);
      for (int i = 0; i < count; i++) {
        teams.setString(1, "t" + i);
        teams.setString(2, platform);
        teams.setString(3, "Ward " + i);
        teams.setObject(4, OffsetDateTime.ofInstant(createdAt, ZoneOffset.UTC));
        teams.addBatch();
        people.setString(1, "t" + i);
        people.setString(2, "lead-" + i);
        people.setString(3, "Lead " + i);
        people.addBatch();
      }
      teams.executeBatch();
      people.executeBatch();
      c.commit();
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}

package org.pcref.app.msteams;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/**
 * A Teams tenant is recorded as departed, for the retention sweep, once the app has been removed
 * from the last chat or team that had it, and no longer once it is installed there again.
 */
class TeamsTenantLeavingTest extends TeamsOverHttp {

  private static final String LEAVING = "tenant-leaving";

  private final TeamsActivities leaving = teams.inTenant(LEAVING);

  @Test
  void shouldRecordTheTenantWhenItsLastConversationRemovesTheAppAndForgetItOnAReinstall()
      throws SQLException {
    send(leaving.installedPersonally("aad-lee"));
    send(leaving.botAddedToTeam("aad-owner"));

    send(leaving.installedPersonally("aad-lee").put("action", "remove"));
    assertThat(departed()).as("the team still has the app").isFalse();

    send(leaving.botRemovedFromTeam("aad-owner"));
    assertThat(departed()).as("the app is nowhere in the tenant").isTrue();

    send(leaving.installedPersonally("aad-lee"));
    assertThat(departed()).as("installed again").isFalse();
  }

  private static boolean departed() throws SQLException {
    try (Connection c = DriverManager.getConnection(DATABASE);
        PreparedStatement select =
            c.prepareStatement(
                "SELECT left_at FROM departed_workspaces WHERE platform = 'teams' AND tenant = ?")) {
      select.setString(1, LEAVING);
      try (ResultSet rows = select.executeQuery()) {
        return rows.next() && rows.getTimestamp(1) != null;
      }
    }
  }
}

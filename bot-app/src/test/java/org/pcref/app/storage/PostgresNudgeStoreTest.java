package org.pcref.app.storage;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.pcref.core.reminder.NudgeStore;
import org.pcref.core.team.Team;

/** The nudge store contract on a real PostgreSQL. */
class PostgresNudgeStoreTest extends NudgeStoreContract {

  private DataSource dataSource;

  @Override
  NudgeStore emptyStore() {
    dataSource = TestDatabases.sharedPostgres().emptyDatabase();
    try (Connection c = dataSource.getConnection();
        Statement statement = c.createStatement()) {
      statement.executeUpdate("DELETE FROM nudge_plan_basis");
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return new JdbcNudgeStore(dataSource);
  }

  @Override
  NudgeStore secondInstance() {
    return new JdbcNudgeStore(dataSource);
  }

  @Override
  void addTeam(Team team) {
    new JdbcTeamStore(dataSource).save(team);
  }
}

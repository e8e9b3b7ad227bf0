package org.pcref.app.storage;

import javax.sql.DataSource;
import org.pcref.core.reminder.NudgeStore;
import org.pcref.core.team.Team;

/** The nudge store contract on a real PostgreSQL. */
class PostgresNudgeStoreTest extends NudgeStoreContract {

  private DataSource dataSource;

  @Override
  NudgeStore emptyStore() {
    dataSource = TestDatabases.sharedPostgres().emptyDatabase();
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

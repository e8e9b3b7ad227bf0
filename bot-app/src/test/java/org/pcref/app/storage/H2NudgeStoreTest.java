package org.pcref.app.storage;

import java.nio.file.Path;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.pcref.core.reminder.NudgeStore;
import org.pcref.core.team.Team;

/** The nudge store contract on the embedded default: a new H2 file for each test. */
class H2NudgeStoreTest extends NudgeStoreContract {

  @TempDir Path dataDir;
  private Database database;
  private DataSource dataSource;

  @Override
  NudgeStore emptyStore() {
    database = Database.open(DatabaseSettings.embedded(dataDir));
    dataSource = database.dataSource();
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

  @AfterEach
  void closeDatabase() {
    database.close();
  }
}

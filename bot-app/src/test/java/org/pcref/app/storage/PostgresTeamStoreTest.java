package org.pcref.app.storage;

import javax.sql.DataSource;

/** The team store contract on a real PostgreSQL. */
class PostgresTeamStoreTest extends JdbcTeamStoreContract {

  @Override
  DataSource emptyDatabase() {
    return TestDatabases.sharedPostgres().emptyDatabase();
  }
}

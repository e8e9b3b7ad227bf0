package org.pcref.app.storage;

import javax.sql.DataSource;

/** The round store contract on a real PostgreSQL. */
class PostgresRoundStoreTest extends JdbcRoundStoreContract {

  @Override
  DataSource emptyDatabase() {
    return TestDatabases.sharedPostgres().emptyDatabase();
  }
}

package org.pcref.app.storage;

import javax.sql.DataSource;

/** The seen keys contract on a real PostgreSQL. */
class PostgresSeenKeysTest extends SeenKeysContract {

  @Override
  DataSource emptyDatabase() {
    return TestDatabases.sharedPostgres().emptyDatabase();
  }
}

package org.pcref.app.storage;

import javax.sql.DataSource;

/** The nudge store contract on a real PostgreSQL. */
class PostgresNudgeStoreTest extends NudgeStoreContract {

  @Override
  DataSource emptyDatabase() {
    return TestDatabases.sharedPostgres().emptyDatabase();
  }
}

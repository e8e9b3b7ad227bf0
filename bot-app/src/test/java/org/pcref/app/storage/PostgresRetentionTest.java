package org.pcref.app.storage;

import javax.sql.DataSource;

/** Retention on a real PostgreSQL. */
class PostgresRetentionTest extends RetentionContract {

  @Override
  DataSource emptyDatabase() {
    return TestDatabases.sharedPostgres().emptyDatabase();
  }
}

package org.pcref.app.storage;

import javax.sql.DataSource;

/** No trace after an erasure, on a real PostgreSQL. */
class PostgresErasureTest extends ErasureLeavesNoTraceContract {

  @Override
  DataSource emptyDatabase() {
    return TestDatabases.sharedPostgres().emptyDatabase();
  }
}

package org.pcref.app.storage;

import javax.sql.DataSource;

/** A departed workspace's data, on a real PostgreSQL. */
class PostgresDepartedWorkspacesTest extends DepartedWorkspacesContract {

  @Override
  DataSource emptyDatabase() {
    return TestDatabases.sharedPostgres().emptyDatabase();
  }
}

package org.pcref.app.storage;

import javax.sql.DataSource;

/** The conversation store contract on a real PostgreSQL. */
class PostgresConversationStoreTest extends JdbcConversationStoreContract {

  @Override
  DataSource emptyDatabase() {
    return TestDatabases.sharedPostgres().emptyDatabase();
  }
}

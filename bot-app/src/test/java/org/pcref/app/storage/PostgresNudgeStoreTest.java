package org.pcref.app.storage;

import java.io.IOException;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The nudge store contract on a real PostgreSQL, started once for the class. */
class PostgresNudgeStoreTest extends NudgeStoreContract {

  private static TestDatabases.Postgres postgres;

  @BeforeAll
  static void startPostgres() {
    postgres = TestDatabases.Postgres.start();
  }

  @AfterAll
  static void stopPostgres() throws IOException {
    postgres.close();
  }

  @Override
  DataSource emptyDatabase() {
    return postgres.emptyDatabase();
  }
}

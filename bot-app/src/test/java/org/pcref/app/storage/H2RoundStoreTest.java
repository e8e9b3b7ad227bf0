package org.pcref.app.storage;

import java.nio.file.Path;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;

/** The round store contract on the embedded default: a new H2 file for each test. */
class H2RoundStoreTest extends JdbcRoundStoreContract {

  @TempDir Path dataDir;
  private Database database;

  @Override
  DataSource emptyDatabase() {
    database = Database.open(DatabaseSettings.embedded(dataDir));
    return database.dataSource();
  }

  @AfterEach
  void closeDatabase() {
    database.close();
  }
}

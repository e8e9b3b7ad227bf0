package org.pcref.app.storage;

import java.nio.file.Path;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;

/** A departed workspace's data, on the embedded default. */
class H2DepartedWorkspacesTest extends DepartedWorkspacesContract {

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

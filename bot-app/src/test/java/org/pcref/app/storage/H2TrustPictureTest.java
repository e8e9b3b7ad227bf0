package org.pcref.app.storage;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;

/** The trust picture contract on the embedded default: a new H2 file for each test. */
class H2TrustPictureTest extends TrustPictureContract {

  @TempDir Path dataDir;
  private Database database;

  @Override
  Stores emptyStores() {
    database = Database.open(DatabaseSettings.embedded(dataDir));
    return new Stores(database.teams(), database.trustPicture());
  }

  @AfterEach
  void closeDatabase() {
    database.close();
  }
}

package org.pcref.app.storage;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.pcref.core.audit.AuditTrail;

/** The audit trail contract on the embedded default. */
class H2AuditTrailTest extends AuditTrailContract {

  @TempDir Path dataDir;
  private Database database;

  @Override
  AuditTrail emptyTrail() {
    database = Database.open(DatabaseSettings.embedded(dataDir));
    return new JdbcAuditTrail(database.dataSource());
  }

  @Override
  AuditTrail sameStoreAgain() {
    return new JdbcAuditTrail(database.dataSource());
  }

  @AfterEach
  void closeDatabase() {
    database.close();
  }
}

package org.pcref.app.storage;

import javax.sql.DataSource;
import org.pcref.core.audit.AuditTrail;

/** The audit trail contract on a real PostgreSQL, two trails being two instances. */
class PostgresAuditTrailTest extends AuditTrailContract {

  private DataSource database;

  @Override
  AuditTrail emptyTrail() {
    database = TestDatabases.sharedPostgres().emptyDatabase();
    return new JdbcAuditTrail(database);
  }

  @Override
  AuditTrail sameStoreAgain() {
    return new JdbcAuditTrail(database);
  }
}

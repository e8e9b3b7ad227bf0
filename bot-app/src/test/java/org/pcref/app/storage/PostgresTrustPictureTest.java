package org.pcref.app.storage;

import javax.sql.DataSource;

/** The trust picture contract on a real PostgreSQL. */
class PostgresTrustPictureTest extends TrustPictureContract {

  @Override
  Stores emptyStores() {
    DataSource database = TestDatabases.sharedPostgres().emptyDatabase();
    return new Stores(new JdbcTeamStore(database), new JdbcTrustPicture(database));
  }
}

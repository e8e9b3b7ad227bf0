package org.pcref.app.storage;

import javax.sql.DataSource;
import org.pcref.core.round.RoundStore;

/** The round store contract for {@link JdbcRoundStore}. */
abstract class JdbcRoundStoreContract extends RoundStoreContract {

  private DataSource dataSource;

  /** A database with the schema and no rows, for one test. */
  abstract DataSource emptyDatabase();

  @Override
  RoundStore emptyStore() {
    dataSource = emptyDatabase();
    return new JdbcRoundStore(dataSource);
  }

  @Override
  RoundStore anotherInstance() {
    return new JdbcRoundStore(dataSource);
  }
}

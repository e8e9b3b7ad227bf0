package org.pcref.slack;

import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;

/** A database with Slack's tables only, made by this module's own migration. */
final class SlackTables {

  private SlackTables() {}

  /** A fresh in-memory H2 database, migrated. */
  static DataSource inMemory() {
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL("jdbc:h2:mem:slack-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    Flyway.configure().dataSource(h2).locations("classpath:db/migration").load().migrate();
    return h2;
  }
}

package org.pcref.app.slack;

import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;

/** Databases for the Slack stores' tests, migrated with the application's Flyway scripts. */
final class Databases {

  private Databases() {}

  /** The URL of a fresh in-memory H2 database, kept while the JVM runs so several instances can share it. */
  static String memoryUrl(String name) {
    return "jdbc:h2:mem:" + name + "-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
  }

  /** A fresh in-memory H2 database, migrated. */
  static DataSource h2() {
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL("jdbc:h2:mem:slack-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    return migrated(h2);
  }

  private static DataSource migrated(DataSource dataSource) {
    Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").cleanDisabled(false).load().migrate();
    return dataSource;
  }
}

package org.pcref.app.slack;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;

/** Databases for the Slack stores' tests, migrated with the application's Flyway scripts. */
final class Databases {

  private static EmbeddedPostgres postgres;

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

  /** A real PostgreSQL, started once per test run from Maven's embedded binaries. */
  static synchronized DataSource postgres() {
    try {
      if (postgres == null) {
        postgres = EmbeddedPostgres.builder().start();
      }
    } catch (IOException e) {
      throw new IllegalStateException("Could not start PostgreSQL", e);
    }
    return migrated(postgres.getPostgresDatabase());
  }

  private static DataSource migrated(DataSource dataSource) {
    Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").cleanDisabled(false).load().migrate();
    return dataSource;
  }
}

package org.pcref.app.storage;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.pcref.core.conversation.ConversationStore;
import org.pcref.core.reminder.NudgeStore;
import org.pcref.core.team.TeamStore;

/**
 * The bot's database, opened by hand (the terminal commands, where start-up time counts) or by a
 * Spring configuration: a small connection pool, the schema migrated to the latest version, and
 * the stores on top. Close it to close the pool; an embedded H2 file is then closed as well.
 */
public final class Database implements AutoCloseable {

  private final HikariDataSource dataSource;
  private final JdbcConversationStore conversations;
  private final JdbcTeamStore teams;
  private final JdbcNudgeStore nudges;

  private Database(HikariDataSource dataSource) {
    this.dataSource = dataSource;
    this.conversations = new JdbcConversationStore(dataSource);
    this.teams = new JdbcTeamStore(dataSource);
    this.nudges = new JdbcNudgeStore(dataSource);
  }

  /** Opens the database and brings its schema up to date; fails if either cannot be done. */
  public static Database open(DatabaseSettings settings) {
    HikariDataSource dataSource = pool(settings);
    try {
      if (!SchemaVersion.isCurrent(dataSource)) {
        migrate(dataSource);
      }
      return new Database(dataSource);
    } catch (RuntimeException e) {
      dataSource.close();
      throw e;
    }
  }

  /**
   * Applies the migrations in {@code db/migration} that this database lacks; harmless when it has
   * them all. For a data source made elsewhere (a Spring bean), call this before using the stores.
   */
  public static void migrate(DataSource dataSource) {
    Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
  }

  private static HikariDataSource pool(DatabaseSettings settings) {
    HikariConfig config = new HikariConfig();
    config.setPoolName("pcref");
    config.setJdbcUrl(settings.url());
    if (!settings.user().isEmpty()) {
      config.setUsername(settings.user());
    }
    if (!settings.password().isEmpty()) {
      config.setPassword(settings.password());
    }
    // One chat turn or one nudge delivery uses one connection at a time; a few cover the server's
    // concurrent turns and the nudge scheduler's threads.
    config.setMaximumPoolSize(settings.isEmbedded() ? 6 : 12);
    config.setMinimumIdle(1);
    config.setConnectionTimeout(10_000);
    return new HikariDataSource(config);
  }

  public DataSource dataSource() {
    return dataSource;
  }

  public ConversationStore conversations() {
    return conversations;
  }

  public TeamStore teams() {
    return teams;
  }

  public NudgeStore nudges() {
    return nudges;
  }

  @Override
  public void close() {
    dataSource.close();
  }
}

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
  private final ConversationStore conversations;
  private final JdbcTeamStore teams;
  private final JdbcNudgeStore nudges;
  private final ServerLock serverLock;

  private Database(HikariDataSource dataSource, ServerLock serverLock) {
    this.dataSource = dataSource;
    this.serverLock = serverLock;
    JdbcConversationStore stored = new JdbcConversationStore(dataSource);
    this.conversations = serverLock == null ? stored : new RememberedConversations(stored);
    this.teams = new JdbcTeamStore(dataSource);
    this.nudges = new JdbcNudgeStore(dataSource);
  }

  /** Opens the database and brings its schema up to date; fails if either cannot be done. */
  public static Database open(DatabaseSettings settings) {
    return open(settings, null);
  }

  /**
   * Opens the database for the chat server. On the embedded H2 file the server takes the data
   * folder's {@link ServerLock} (failing clearly if another server has it) and, being the only
   * server, remembers conversations in memory; on any other database several servers may share it,
   * and every turn reads and writes it.
   */
  public static Database openForServer(DatabaseSettings settings) {
    ServerLock lock = settings.dataFolder().map(ServerLock::take).orElse(null);
    try {
      return open(settings, lock);
    } catch (RuntimeException e) {
      if (lock != null) {
        lock.close();
      }
      throw e;
    }
  }

  private static Database open(DatabaseSettings settings, ServerLock lock) {
    HikariDataSource dataSource = pool(settings);
    try {
      if (!SchemaVersion.isCurrent(dataSource)) {
        migrate(dataSource);
      }
      return new Database(dataSource, lock);
    } catch (RuntimeException e) {
      dataSource.close();
      throw e;
    }
  }

  /**
   * Applies the migrations in {@code db/migration} that this database lacks; harmless when it has
   * them all. Flyway finds them in every jar: the application's own, and each platform adapter's
   * for its tables. For a data source made elsewhere (a Spring bean), call this before using the
   * stores.
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

  /** Writes what is still held in memory, closes the pool (and the H2 file), then frees the folder. */
  @Override
  public void close() {
    try {
      if (conversations instanceof RememberedConversations remembered) {
        remembered.close();
      }
    } finally {
      dataSource.close();
      if (serverLock != null) {
        serverLock.close();
      }
    }
  }
}

package org.pcref.app.storage;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.pool.HikariPool;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.pcref.core.audit.AuditTrail;
import org.pcref.core.conversation.ConversationStore;
import org.pcref.core.picture.TrustPicture;
import org.pcref.core.privacy.PersonalData;
import org.pcref.core.reminder.NudgeStore;
import org.pcref.core.round.RoundStore;
import org.pcref.core.team.TeamStore;

/**
 * The bot's database, opened by hand (the terminal commands, where start-up time counts) or by a
 * Spring configuration: a small connection pool, the schema migrated to the latest version, and the
 * stores on top. Close it to close the pool; an embedded H2 file is then closed as well.
 */
public final class Database implements AutoCloseable {

  static {
    shareOnLoopbackOnly();
  }

  /**
   * The port H2 opens so that a terminal chat can share the server's file listens on the loopback
   * address only. H2 reads this once, when its first class loads (the server's framework may load
   * one early), so the entry point calls this first of all.
   */
  public static void shareOnLoopbackOnly() {
    if (System.getProperty("h2.bindAddress") == null) {
      System.setProperty("h2.bindAddress", "127.0.0.1");
    }
  }

  /** H2's error code for a wrong user name or password. */
  private static final int WRONG_USER_OR_PASSWORD = 28000;

  private final HikariDataSource dataSource;
  private final ConversationStore conversations;
  private final JdbcTeamStore teams;
  private final JdbcNudgeStore nudges;
  private final JdbcTrustPicture trustPicture;
  private final JdbcRoundStore rounds;
  private final JdbcBotSecrets secrets;
  private final ServerLock serverLock;
  private final JdbcAuditTrail audit;
  private final JdbcPersonalData personalData;

  private Database(HikariDataSource dataSource, ServerLock serverLock, boolean forServer) {
    this.dataSource = dataSource;
    this.serverLock = serverLock;
    JdbcConversationStore stored = new JdbcConversationStore(dataSource);
    this.conversations =
        serverLock != null
            ? new RememberedConversations(stored)
            : forServer ? new SharedConversations(stored) : stored;
    this.teams = new JdbcTeamStore(dataSource);
    this.nudges = new JdbcNudgeStore(dataSource);
    this.trustPicture = new JdbcTrustPicture(dataSource);
    this.rounds = new JdbcRoundStore(dataSource);
    this.audit = new JdbcAuditTrail(dataSource);
    this.personalData =
        conversations instanceof RememberedConversations remembered
            ? new JdbcPersonalData(dataSource, remembered::forgetting)
            : conversations instanceof SharedConversations shared
                ? new JdbcPersonalData(dataSource, shared::forgetting)
                : new JdbcPersonalData(dataSource);
    this.secrets = new JdbcBotSecrets(dataSource, java.time.Clock.systemUTC());
  }

  /** Opens the database and brings its schema up to date; fails if either cannot be done. */
  public static Database open(DatabaseSettings settings) {
    return open(settings, null, false);
  }

  /**
   * Opens the database for the chat server. On the embedded H2 file the server takes the data
   * folder's {@link ServerLock} (failing clearly if another server has it) and, being the only
   * server, remembers conversations in memory; on any other database several servers may share it,
   * and every turn reads it, writing at once whatever a person told the bot ({@link
   * SharedConversations}).
   */
  public static Database openForServer(DatabaseSettings settings) {
    ServerLock lock = settings.dataFolder().map(ServerLock::take).orElse(null);
    try {
      return open(settings, lock, true);
    } catch (RuntimeException e) {
      if (lock != null) {
        lock.close();
      }
      throw e;
    }
  }

  private static Database open(DatabaseSettings settings, ServerLock lock, boolean forServer) {
    HikariDataSource dataSource = pool(settings);
    try {
      if (!SchemaVersion.isCurrent(dataSource)) {
        migrate(dataSource);
      }
      return new Database(dataSource, lock, forServer);
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
    Optional<Path> folder = settings.dataFolder();
    if (folder.isEmpty()) {
      return pool(settings, settings.password());
    }
    String password = DataFolder.secure(folder.get());
    HikariDataSource pool;
    try {
      pool = pool(settings, password);
    } catch (HikariPool.PoolInitializationException e) {
      if (!(e.getCause() instanceof SQLException refused)
          || refused.getErrorCode() != WRONG_USER_OR_PASSWORD) {
        throw e;
      }
      setPassword(settings, password);
      pool = pool(settings, password);
    }
    DataFolder.restrictFiles(folder.get());
    return pool;
  }

  /**
   * A database made before it had a password (user {@code sa}, none) gets the folder's own. One
   * with a password other than the folder's stays shut: its password file was replaced or lost.
   */
  private static void setPassword(DatabaseSettings settings, String password) {
    try (Connection connection = DriverManager.getConnection(settings.url(), settings.user(), "");
        Statement statement = connection.createStatement()) {
      statement.execute(
          "ALTER USER " + settings.user() + " SET PASSWORD '" + password.replace("'", "''") + "'");
    } catch (SQLException e) {
      throw new StorageException(
          "the embedded database's password does not match the file "
              + DataFolder.PASSWORD_FILE
              + " in its data folder; restore that file, or move the folder away to start afresh",
          e);
    }
  }

  private static HikariDataSource pool(DatabaseSettings settings, String password) {
    HikariConfig config = new HikariConfig();
    config.setPoolName("pcref");
    config.setJdbcUrl(settings.url());
    if (!settings.user().isEmpty()) {
      config.setUsername(settings.user());
    }
    if (!password.isEmpty()) {
      config.setPassword(password);
    }
    // One chat turn or one nudge delivery uses one connection at a time; a few cover the server's
    // concurrent turns and the nudge scheduler's threads.
    config.setMaximumPoolSize(settings.isEmbedded() ? 6 : 12);
    config.setMinimumIdle(1);
    // A turn waits at most this for a connection: past it, the person is told, rather than
    // answered long after (see Assistant.TURN_BUDGET); and a Slack event whose delivery cannot be
    // recorded is refused with 503 within Slack's three seconds, so that Slack sends it again.
    config.setConnectionTimeout(2_000);
    return new HikariDataSource(config);
  }

  /**
   * Whether the database answers within {@code patience}: a connection is had and is valid. For
   * health checks, which must not hang while the database is down.
   */
  public boolean answersWithin(Duration patience) {
    CompletableFuture<Boolean> check =
        CompletableFuture.supplyAsync(
            () -> {
              try (Connection connection = dataSource.getConnection()) {
                return connection.isValid((int) Math.max(1, patience.toSeconds()));
              } catch (SQLException e) {
                return false;
              }
            });
    try {
      return check.get(patience.toMillis(), TimeUnit.MILLISECONDS);
    } catch (ExecutionException | TimeoutException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /** Whether this server alone uses the database (the embedded H2 file, held by its lock). */
  public boolean ownedByThisServer() {
    return serverLock != null;
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

  public RoundStore rounds() {
    return rounds;
  }

  /** Who changed what: the audit trail every instance appends to. */
  public AuditTrail audit() {
    return audit;
  }

  /** A person's data wherever it is stored, to export or erase. */
  public PersonalData personalData() {
    return personalData;
  }

  /** Secrets the bot keeps for itself, the same for every instance on this database. */
  public JdbcBotSecrets secrets() {
    return secrets;
  }

  /** The trust-wide picture read from the teams and ratings the team store writes. */
  public TrustPicture trustPicture() {
    return trustPicture;
  }

  /**
   * Writes what is still held in memory, closes the pool (and the H2 file), then frees the folder.
   */
  @Override
  public void close() {
    try {
      if (conversations instanceof RememberedConversations remembered) {
        remembered.close();
      } else if (conversations instanceof SharedConversations shared) {
        shared.close();
      }
    } finally {
      dataSource.close();
      if (serverLock != null) {
        serverLock.close();
      }
    }
  }
}

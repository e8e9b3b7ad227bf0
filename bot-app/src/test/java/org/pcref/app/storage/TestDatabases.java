package org.pcref.app.storage;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/** The databases the storage contracts run on. */
final class TestDatabases {

  private TestDatabases() {}

  private static Postgres shared;

  /**
   * One real PostgreSQL for every storage contract in this test run, started on first use and
   * stopped when the run ends: starting a server per class would cost seconds each time.
   */
  static synchronized Postgres sharedPostgres() {
    if (shared == null) {
      Postgres started = Postgres.start();
      Runtime.getRuntime()
          .addShutdownHook(
              new Thread(
                  () -> {
                    try {
                      started.close();
                    } catch (IOException ignored) {
                      // The run is ending; the server's folder is temporary.
                    }
                  },
                  "stop-test-postgres"));
      shared = started;
    }
    return shared;
  }

  /** A real PostgreSQL server, migrated, emptied before each test that asks for it. */
  static final class Postgres implements AutoCloseable {
    private final EmbeddedPostgres server;
    private final Database database;
    private final DatabaseSettings settings;

    private Postgres(EmbeddedPostgres server, Database database, DatabaseSettings settings) {
      this.server = server;
      this.database = database;
      this.settings = settings;
    }

    /** How to reach this server, for a second pool of its own (another instance). */
    DatabaseSettings settings() {
      return settings;
    }

    static Postgres start() {
      try {
        EmbeddedPostgres server = EmbeddedPostgres.start();
        DatabaseSettings settings =
            new DatabaseSettings(server.getJdbcUrl("postgres", "postgres"), "postgres", "");
        return new Postgres(server, Database.open(settings), settings);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    DataSource emptyDatabase() {
      DataSource dataSource = database.dataSource();
      deleteAllRows(dataSource);
      return dataSource;
    }

    @Override
    public void close() throws IOException {
      database.close();
      server.close();
    }
  }

  static void deleteAllRows(DataSource dataSource) {
    try (Connection c = dataSource.getConnection();
        Statement statement = c.createStatement()) {
      for (String table :
          new String[] {
            "round_answers",
            "round_confirmations",
            "rounds",
            "ratings",
            "team_channels",
            "team_people",
            "teams",
            "conversations",
            "nudge_settings",
            "nudge_deliveries",
            "scheduled_tasks",
            "audit_entries",
            "teams_conversation_reference",
            "slack_installation",
            "slack_event",
            "teams_seen_activity",
            "bot_secrets",
            "departed_workspaces"
          }) {
        statement.executeUpdate("DELETE FROM " + table);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}

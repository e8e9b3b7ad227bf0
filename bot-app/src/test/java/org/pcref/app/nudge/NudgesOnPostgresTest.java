package org.pcref.app.nudge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pcref.app.nudge.NudgeEngineTest.waitFor;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pcref.app.storage.Database;
import org.pcref.app.storage.DatabaseSettings;
import org.pcref.core.reminder.Reminders;
import org.pcref.framework.Framework;
import org.pcref.framework.FrameworkLoader;

/**
 * Two bot instances on one real PostgreSQL, each with its own connection pool and scheduler, and
 * 1,000 teams whose check-in nudge is due in the same minute. Intervals are shortened so that a
 * dead instance is noticed within a second, and its deliveries run again by the other.
 */
class NudgesOnPostgresTest {

  static final int TEAMS = 1_000;
  static final Framework PCREF = FrameworkLoader.bundled();

  private static EmbeddedPostgres postgres;
  private static DatabaseSettings settings;

  /**
   * The bot's clock runs in real time from a Wednesday noon, far from the Monday 09:00 when nudges
   * fall due. The scheduler keeps the system clock: it revives dead executions by that clock.
   */
  private final Clock clock =
      Clock.offset(
          Clock.systemUTC(),
          Duration.between(Instant.now(), Instant.parse("2026-11-25T12:00:00Z")));

  private final CountingNotifier.Tally tally = new CountingNotifier.Tally();
  private final List<Instance> instances = new ArrayList<>();

  @BeforeAll
  static void startPostgres() throws IOException {
    postgres = EmbeddedPostgres.start();
    settings = new DatabaseSettings(postgres.getJdbcUrl("postgres", "postgres"), "postgres", "");
  }

  @AfterAll
  static void stopPostgres() throws IOException {
    postgres.close();
  }

  @BeforeEach
  void thousandTeamsDue() throws SQLException {
    try (Database setup = Database.open(settings);
        Connection c = setup.dataSource().getConnection();
        Statement statement = c.createStatement()) {
      for (String table :
          List.of(
              "scheduled_tasks", "nudge_deliveries", "nudge_settings", "team_people", "teams")) {
        statement.executeUpdate("DELETE FROM " + table);
      }
      DueTeams.create(setup.dataSource(), "slack", TEAMS, Instant.parse("2026-06-01T10:00:00Z"));
    }
  }

  @AfterEach
  void stopInstances() {
    for (Instance instance : instances) {
      instance.notifier.release();
      instance.stop();
    }
  }

  /** One bot instance: its own pool, reminders and scheduler. */
  private final class Instance {
    final Database database = Database.open(settings);
    final CountingNotifier notifier;
    final NudgeEngine engine;
    private boolean stopped;

    Instance(String name, int hangAfter) {
      notifier = new CountingNotifier("slack", tally, hangAfter);
      Reminders reminders =
          new Reminders(
              PCREF,
              database.teams(),
              database.conversations(),
              database.nudges(),
              List.of(notifier),
              new LogNotifier(),
              clock);
      NudgeEngineSettings engineSettings =
          NudgeEngineSettings.defaults(name)
              .sweepingEvery(Duration.ofMillis(500))
              .polling(Duration.ofMillis(100), Duration.ofMillis(150), 4);
      engine = new NudgeEngine(database.dataSource(), reminders, Clock.systemUTC(), engineSettings);
      instances.add(this);
      engine.start();
    }

    /**
     * As if the process were killed: its connections close first, so it can record nothing more.
     */
    void kill() {
      stopped = true;
      database.close();
      engine.halt();
    }

    void stop() {
      if (!stopped) {
        stopped = true;
        engine.stop();
        database.close();
      }
    }
  }

  @Test
  void twoInstancesShareTheWorkAndSendEachNudgeOnce() throws Exception {
    Instance a = new Instance("a", Integer.MAX_VALUE);
    Instance b = new Instance("b", Integer.MAX_VALUE);

    waitFor(() -> tally.total.get() >= TEAMS);
    settled();

    assertThat(tally.total).hasValue(TEAMS);
    assertThat(tally.recipients()).isEqualTo(TEAMS);
    assertThat(a.notifier.sent.get()).as("sent by a").isPositive();
    assertThat(b.notifier.sent.get()).as("sent by b").isPositive();
    assertThat(a.notifier.sent.get() + b.notifier.sent.get()).isEqualTo(TEAMS);
    assertThat(count("SELECT COUNT(*) FROM nudge_deliveries WHERE status = 'SENT'"))
        .isEqualTo(TEAMS);
  }

  @Test
  void whenAnInstanceDiesMidBatchTheOtherFinishesItAndNothingIsSentTwice() throws Exception {
    Instance dying = new Instance("dying", 100);
    waitFor(() -> dying.notifier.sent.get() == 100);
    Instance survivor = new Instance("survivor", Integer.MAX_VALUE);
    // Every thread of the dying instance is stuck in a send: none is half-way through recording
    // one.
    waitFor(() -> dying.notifier.hanging.get() == NudgeEngineSettings.defaults("x").threads());

    dying.kill();
    waitFor(() -> tally.total.get() >= TEAMS);
    settled();

    assertThat(tally.total).hasValue(TEAMS);
    assertThat(tally.recipients()).isEqualTo(TEAMS);
    assertThat(tally.byRecipient.values()).allSatisfy(n -> assertThat(n.get()).isEqualTo(1));
    assertThat(dying.notifier.sent).hasValue(100);
    assertThat(survivor.notifier.sent).hasValue(TEAMS - 100);
    assertThat(count("SELECT COUNT(*) FROM nudge_deliveries WHERE status = 'SENT'"))
        .isEqualTo(TEAMS);
    assertThat(count("SELECT COUNT(*) FROM nudge_deliveries WHERE attempts = 2"))
        .as("claims taken over")
        .isEqualTo(4);
  }

  /**
   * Waits until a sweep that began after this moment has finished, and no delivery is due or being
   * sent: whatever the engine would still send has been sent by then, so counting is final.
   */
  private static void settled() throws Exception {
    Instant now = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
    waitFor(
        () ->
            count(
                        "SELECT COUNT(*) FROM scheduled_tasks WHERE task_name = '"
                            + NudgeEngine.SWEEP
                            + "' AND last_success > TIMESTAMP WITH TIME ZONE '"
                            + now
                            + "'")
                    == 1
                && count(
                        "SELECT COUNT(*) FROM scheduled_tasks WHERE task_name = '"
                            + NudgeEngine.DELIVERY
                            + "' AND (picked OR execution_time <= now())")
                    == 0);
  }

  private static int count(String sql) {
    try {
      return countOrFail(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static int countOrFail(String sql) throws SQLException {
    try (Connection c = postgres.getPostgresDatabase().getConnection();
        Statement statement = c.createStatement();
        ResultSet rows = statement.executeQuery(sql)) {
      rows.next();
      return rows.getInt(1);
    }
  }
}

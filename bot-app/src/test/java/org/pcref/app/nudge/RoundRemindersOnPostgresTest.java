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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pcref.app.storage.Database;
import org.pcref.app.storage.DatabaseSettings;
import org.pcref.core.reminder.Reminders;
import org.pcref.core.round.Round;
import org.pcref.core.round.RoundAnswer;
import org.pcref.core.round.RoundSettings;
import org.pcref.core.round.RoundSweep;
import org.pcref.core.team.Person;
import org.pcref.core.team.Role;
import org.pcref.core.team.Team;
import org.pcref.core.team.TeamLevel;
import org.pcref.core.team.Workspace;
import org.pcref.framework.Framework;
import org.pcref.framework.FrameworkLoader;

/**
 * A team round past its halfway point, and two bot instances sweeping on one real PostgreSQL: each
 * member who has not answered is reminded exactly once, and nobody who has answered is.
 */
class RoundRemindersOnPostgresTest {

  static final Framework PCREF = FrameworkLoader.bundled();
  static final int MEMBERS = 30;
  static final int ANSWERED = 8;

  private static EmbeddedPostgres postgres;
  private static DatabaseSettings settings;

  private final CountingNotifier.Tally tally = new CountingNotifier.Tally();
  private final List<Database> databases = new ArrayList<>();
  private final List<NudgeEngine> engines = new ArrayList<>();

  @BeforeAll
  static void startPostgres() throws IOException {
    postgres = EmbeddedPostgres.start();
    settings = new DatabaseSettings(postgres.getJdbcUrl("postgres", "postgres"), "postgres", "");
  }

  @AfterAll
  static void stopPostgres() throws IOException {
    postgres.close();
  }

  @AfterEach
  void stop() {
    engines.forEach(NudgeEngine::stop);
    databases.forEach(Database::close);
  }

  private void instance(String name) {
    Database database = Database.open(settings);
    databases.add(database);
    CountingNotifier notifier = new CountingNotifier("slack", tally);
    Reminders reminders =
        new Reminders(
            PCREF,
            database.teams(),
            database.conversations(),
            database.nudges(),
            List.of(notifier),
            new LogNotifier(),
            Clock.systemUTC());
    RoundSweep rounds =
        new RoundSweep(
            PCREF,
            database.teams(),
            database.rounds(),
            database.nudges(),
            List.of(notifier),
            new LogNotifier(),
            RoundSettings.DEFAULTS,
            Clock.systemUTC());
    NudgeEngine engine =
        new NudgeEngine(
            database.dataSource(),
            reminders,
            rounds,
            Clock.systemUTC(),
            NudgeEngineSettings.defaults(name)
                .sweepingEvery(Duration.ofMillis(200))
                .polling(Duration.ofMillis(100), Duration.ofMillis(150), 4));
    engines.add(engine);
    engine.start();
  }

  @Test
  void shouldRemindEachMemberWhoHasNotAnsweredExactlyOnce() throws Exception {
    String roundId = halfwayRound();
    instance("a");
    instance("b");

    waitFor(() -> tally.total.get() >= MEMBERS - ANSWERED);
    waitFor(() -> remindedAt(roundId) != null);
    Instant after = Instant.now();
    // Sweeps that began after the round was marked reminded have run on the shared scheduler.
    waitFor(() -> lastSweep().isAfter(after.plusMillis(500)));

    assertThat(tally.total).hasValue(MEMBERS - ANSWERED);
    assertThat(tally.recipients()).isEqualTo(MEMBERS - ANSWERED);
    assertThat(tally.byRecipient.keySet()).noneMatch(k -> k.contains("/answered-"));
    assertThat(count("SELECT COUNT(*) FROM nudge_deliveries WHERE status = 'SENT'"))
        .isEqualTo(MEMBERS - ANSWERED);
  }

  /** A team of 30 and a round opened two days ago, closing in two; 8 have answered. */
  private String halfwayRound() {
    try (Database setup = Database.open(settings)) {
      Map<String, Person> people = new LinkedHashMap<>();
      people.put("lead", new Person("lead", "Alex", Role.LEAD));
      for (int i = 1; i < MEMBERS; i++) {
        String id = (i < ANSWERED ? "answered-" : "waiting-") + i;
        people.put(id, new Person(id, "Person " + i, Role.MEMBER));
      }
      Instant now = Instant.now();
      setup
          .teams()
          .save(
              new Team(
                  "t1",
                  new Workspace("slack", "T1"),
                  "Ward 7",
                  people,
                  List.of("C7"),
                  now.minus(Duration.ofDays(30))));
      Round round =
          setup
              .rounds()
              .open(
                  new Round(
                      "r1",
                      "t1",
                      List.of("co-production"),
                      "lead",
                      "Alex",
                      now.minus(Duration.ofDays(2)),
                      now.plus(Duration.ofDays(2)),
                      false,
                      "C7",
                      null,
                      null,
                      null));
      for (String id : people.keySet()) {
        if (id.startsWith("answered-") || id.equals("lead")) {
          setup
              .rounds()
              .answer(
                  new RoundAnswer(
                      round.id(), id, id, "co-production", TeamLevel.GOOD, "", List.of(), now));
        }
      }
      return round.id();
    }
  }

  private static Instant remindedAt(String roundId) {
    return instant("SELECT reminded_at FROM rounds WHERE id = '" + roundId + "'");
  }

  private static Instant lastSweep() {
    Instant at =
        instant(
            "SELECT last_success FROM scheduled_tasks WHERE task_name = '"
                + NudgeEngine.SWEEP
                + "'");
    return at == null ? Instant.EPOCH : at;
  }

  private static Instant instant(String sql) {
    try (Connection c = postgres.getPostgresDatabase().getConnection();
        Statement statement = c.createStatement();
        ResultSet rows = statement.executeQuery(sql)) {
      if (!rows.next()) {
        return null;
      }
      java.time.OffsetDateTime at = rows.getObject(1, java.time.OffsetDateTime.class);
      return at == null ? null : at.toInstant();
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static int count(String sql) {
    try (Connection c = postgres.getPostgresDatabase().getConnection();
        Statement statement = c.createStatement();
        ResultSet rows = statement.executeQuery(sql)) {
      rows.next();
      return rows.getInt(1);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}

package org.pcref.app.benchmark;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.pcref.app.nudge.DueTeams;
import org.pcref.app.nudge.LogNotifier;
import org.pcref.app.storage.Database;
import org.pcref.app.storage.DatabaseSettings;
import org.pcref.core.reminder.NudgeSettings;
import org.pcref.core.reminder.Reminders;
import org.pcref.framework.Framework;
import org.pcref.framework.FrameworkLoader;
import org.slf4j.LoggerFactory;

/**
 * How long one sweep of the nudge scheduler takes with many teams, on an H2 file and on PostgreSQL:
 * the sweep that plans every team (the first after a new framework or version is started), the
 * sweep of a minute in which no team's nudge comes due (nearly every minute), and sweeps in which
 * 1% and 10% of the teams are due (their settings were just changed). Each team has one lead and
 * default settings, and was made months ago. The sweep plans and hands its deliveries over; nothing
 * is sent.
 *
 * <p>Run with {@code bench/sweep.sh [teams ...]} (default 1000 10000 100000).
 */
public final class SweepBenchmark {

  private static final Framework PCREF = FrameworkLoader.bundled();
  private static final Instant CREATED = Instant.parse("2026-06-01T10:00:00Z");

  /**
   * A Wednesday noon: every team's latest check-in nudge (Monday 16 November) is due, none falls
   * due during the run.
   */
  private static final Instant START = Instant.parse("2026-11-25T12:00:00Z");

  private static final int QUIET_SWEEPS = 5;

  public static void main(String[] args) throws Exception {
    int[] sizes =
        args.length == 0
            ? new int[] {1_000, 10_000, 100_000}
            : Arrays.stream(args).mapToInt(Integer::parseInt).toArray();
    ((ch.qos.logback.classic.Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME))
        .setLevel(ch.qos.logback.classic.Level.WARN);
    System.out.println(
        "One sweep of the nudge scheduler, in seconds (quiet: median of " + QUIET_SWEEPS + ")");
    System.out.printf(
        "%-10s %8s %14s %10s %10s %10s%n",
        "database", "teams", "every team", "quiet", "1% due", "10% due");
    try (EmbeddedPostgres postgres = EmbeddedPostgres.start()) {
      List<Function<Integer, Database>> databases =
          List.of(
              n -> Database.open(DatabaseSettings.embedded(temporaryFolder())),
              n ->
                  Database.open(
                      new DatabaseSettings(
                          postgres.getJdbcUrl("postgres", freshDatabase(postgres, "sweep_" + n)),
                          "postgres",
                          "")));
      List<String> names = List.of("H2 file", "PostgreSQL");
      for (int d = 0; d < databases.size(); d++) {
        try (Database warmUp = databases.get(d).apply(0)) {
          run(
              warmUp,
              1_000); // the JIT and the pool warm up on a small run first, which is not reported
        }
        for (int n : sizes) {
          try (Database database = databases.get(d).apply(n)) {
            double[] seconds = run(database, n);
            System.out.printf(
                "%-10s %8d %14.3f %10.3f %10.3f %10.3f%n",
                names.get(d), n, seconds[0], seconds[1], seconds[2], seconds[3]);
          }
        }
      }
    }
  }

  /**
   * The seconds of: the sweep planning every team, a quiet sweep, a sweep with 1% due, one with 10%
   * due.
   */
  private static double[] run(Database database, int teams) {
    DueTeams.create(database.dataSource(), "bench", teams, CREATED);
    SteppingClock clock = new SteppingClock(START);
    Reminders reminders =
        new Reminders(
            PCREF,
            database.teams(),
            database.conversations(),
            database.nudges(),
            List.of(),
            new LogNotifier(),
            clock);
    double everyTeam = sweep(reminders, clock, teams);
    double[] quiet = new double[QUIET_SWEEPS];
    for (int i = 0; i < quiet.length; i++) {
      quiet[i] = sweep(reminders, clock, 0);
    }
    Arrays.sort(quiet);
    return new double[] {
      everyTeam,
      quiet[quiet.length / 2],
      changedSettings(database, reminders, clock, teams / 100),
      changedSettings(database, reminders, clock, teams / 10)
    };
  }

  /**
   * A sweep after {@code count} teams changed their settings: each of them is due, and its nudge
   * too.
   */
  private static double changedSettings(
      Database database, Reminders reminders, SteppingClock clock, int count) {
    for (int i = 0; i < count; i++) {
      database.nudges().save("t" + i, NudgeSettings.DEFAULTS);
    }
    return sweep(reminders, clock, count);
  }

  /**
   * One sweep a minute after the last; checks it handed over as many deliveries as teams were due.
   */
  private static double sweep(Reminders reminders, SteppingClock clock, int expected) {
    clock.step(Duration.ofMinutes(1));
    long start = System.nanoTime();
    int handed = reminders.planDue(delivery -> {});
    double seconds = (System.nanoTime() - start) / 1e9;
    if (handed != expected) {
      throw new IllegalStateException(
          "a sweep handed over " + handed + " deliveries, not " + expected);
    }
    return seconds;
  }

  private static java.nio.file.Path temporaryFolder() {
    try {
      return Files.createTempDirectory("pcref-bench-sweep");
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static String freshDatabase(EmbeddedPostgres postgres, String name) {
    try (Connection c = postgres.getPostgresDatabase().getConnection();
        Statement statement = c.createStatement()) {
      statement.executeUpdate("DROP DATABASE IF EXISTS " + name);
      statement.executeUpdate("CREATE DATABASE " + name);
      return name;
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The bot's time, moved on by the benchmark between sweeps. */
  private static final class SteppingClock extends Clock {
    private Instant now;

    SteppingClock(Instant start) {
      this.now = start;
    }

    void step(Duration duration) {
      now = now.plus(duration);
    }

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }
  }
}

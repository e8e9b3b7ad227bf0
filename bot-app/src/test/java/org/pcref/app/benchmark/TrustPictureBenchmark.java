package org.pcref.app.benchmark;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.pcref.app.storage.Database;
import org.pcref.app.storage.DatabaseSettings;
import org.pcref.core.picture.TrustPicture;
import org.pcref.core.team.TeamLevel;
import org.pcref.framework.Competency;
import org.pcref.framework.FrameworkLoader;
import org.slf4j.LoggerFactory;

/**
 * The board's questions on a trust-sized database, on an H2 file and on PostgreSQL: a thousand
 * teams (by default) that each checked in on every competency every month for two years, with a
 * lead's correction now and then. Reports the median time of each query of the trust picture, with
 * the load average, since on a shared machine the wall-clock figures move with it.
 *
 * <p>Run with {@code bench/trust-picture.sh [teams] [months]}.
 */
public final class TrustPictureBenchmark {

  private static final ZoneId LONDON = ZoneId.of("Europe/London");
  private static final YearMonth FIRST = YearMonth.of(2024, 12);
  private static final int RUNS = 15;

  public static void main(String[] args) throws Exception {
    int teams = args.length > 0 ? Integer.parseInt(args[0]) : 1_000;
    int months = args.length > 1 ? Integer.parseInt(args[1]) : 24;
    ((ch.qos.logback.classic.Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME))
        .setLevel(ch.qos.logback.classic.Level.WARN);
    Path h2 = Files.createTempDirectory("pcref-bench-picture");
    try (Database database = Database.open(DatabaseSettings.embedded(h2))) {
      run("H2 file", database, teams, months);
    }
    try (EmbeddedPostgres postgres = EmbeddedPostgres.start();
        Database database =
            Database.open(
                new DatabaseSettings(
                    postgres.getJdbcUrl("postgres", "postgres"), "postgres", ""))) {
      run("PostgreSQL", database, teams, months);
    }
  }

  private static void run(String name, Database database, int teams, int months)
      throws SQLException {
    long start = System.nanoTime();
    int ratings = fill(database.dataSource(), teams, months);
    System.out.printf(
        "%s: %d teams, %d ratings written in %.1f s; load average %.1f%n",
        name,
        teams,
        ratings,
        (System.nanoTime() - start) / 1e9,
        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    TrustPicture picture = database.trustPicture();
    YearMonth last = FIRST.plusMonths(months - 1);
    Instant asOf = last.plusMonths(1).atDay(1).atStartOfDay(LONDON).toInstant();
    time("current levels of every team", () -> picture.currentLevels().size());
    time(
        "one team's history",
        () -> picture.history("t" + teams / 2).orElseThrow().assessment().history().size());
    time("level counts at one moment", () -> picture.levelCounts(asOf).teams());
    time(
        "level counts month by month, " + months + " months",
        () -> picture.monthByMonth(FIRST, last, LONDON).size());
    time("overdue teams (90 days)", () -> picture.overdue(asOf, Duration.ofDays(90)).size());
  }

  /**
   * The median wall-clock time of a query, and the median CPU time of the thread that asked it: on
   * the embedded H2 that is all the database's work too, a steadier figure on a busy machine.
   */
  private static void time(String what, Supplier<Integer> query) {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    int answer = 0;
    for (int i = 0; i < 3; i++) {
      answer = query.get();
    }
    List<Double> wall = new ArrayList<>();
    List<Double> cpu = new ArrayList<>();
    for (int i = 0; i < RUNS; i++) {
      long startCpu = threads.getCurrentThreadCpuTime();
      long start = System.nanoTime();
      query.get();
      wall.add((System.nanoTime() - start) / 1e6);
      cpu.add((threads.getCurrentThreadCpuTime() - startCpu) / 1e6);
    }
    Collections.sort(wall);
    Collections.sort(cpu);
    System.out.printf(
        "  %-42s median %7.1f ms (min %7.1f), CPU of the asking thread %7.1f ms; answer size %d%n",
        what, wall.get(RUNS / 2), wall.get(0), cpu.get(RUNS / 2), answer);
  }

  /** Teams, their leads and their ratings, straight into the tables in batches. */
  private static int fill(DataSource dataSource, int teams, int months) throws SQLException {
    List<Competency> competencies = FrameworkLoader.bundled().competencies();
    Random random = new Random(42);
    Instant begin = FIRST.atDay(1).atStartOfDay(LONDON).toInstant();
    int ratings = 0;
    try (Connection c = dataSource.getConnection();
        PreparedStatement team =
            c.prepareStatement(
                "INSERT INTO teams (id, platform, tenant, name, created_at) VALUES (?, 'slack', 'T1', ?, ?)");
        PreparedStatement lead =
            c.prepareStatement(
                "INSERT INTO team_people (team_id, user_id, name, role, sort_order) VALUES (?, ?, ?, 'LEAD', 0)");
        PreparedStatement rating =
            c.prepareStatement(
                "INSERT INTO ratings (id, team_id, competency_id, level, note, by_id, by_name, given_at, check_in_id)"
                    + " VALUES (?, ?, ?, ?, '', ?, ?, ?, ?)")) {
      c.setAutoCommit(false);
      for (int t = 0; t < teams; t++) {
        String id = "t" + t;
        team.setString(1, id);
        team.setString(2, "Ward " + t);
        team.setObject(3, utc(begin.plus(Duration.ofDays(random.nextInt(60)))));
        team.addBatch();
        lead.setString(1, id);
        lead.setString(2, "lead-" + t);
        lead.setString(3, "Lead " + t);
        lead.addBatch();
        // Some teams stop checking in, so that the overdue list is not empty.
        int checkIns = random.nextInt(10) == 0 ? random.nextInt(months) : months;
        for (int m = 0; m < checkIns; m++) {
          Instant at =
              begin
                  .plus(Duration.ofDays(30L * m + random.nextInt(28)))
                  .plusSeconds(random.nextInt(36_000));
          boolean correction = random.nextInt(20) == 0;
          for (Competency competency : competencies) {
            rating.setString(1, id + "-" + m + "-" + competency.id());
            rating.setString(2, id);
            rating.setString(3, competency.id());
            rating.setString(
                4, TeamLevel.values()[random.nextInt(TeamLevel.values().length)].name());
            rating.setString(5, "lead-" + t);
            rating.setString(6, "Lead " + t);
            rating.setObject(7, utc(at));
            rating.setString(8, correction ? "" : id + "-check-in-" + m);
            rating.addBatch();
            ratings++;
          }
        }
        if (t % 100 == 99) {
          team.executeBatch();
          lead.executeBatch();
          rating.executeBatch();
        }
      }
      team.executeBatch();
      lead.executeBatch();
      rating.executeBatch();
      c.commit();
      // Fresh statistics, as a database that grew over two years has.
      try (Statement statement = c.createStatement()) {
        statement.execute("ANALYZE");
      }
    }
    return ratings;
  }

  private static OffsetDateTime utc(Instant instant) {
    return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
  }
}

package org.pcref.app.nudge;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.kagkarlsson.scheduler.event.AbstractSchedulerListener;
import com.github.kagkarlsson.scheduler.event.SchedulerListener;
import com.github.kagkarlsson.scheduler.task.ExecutionComplete;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pcref.app.metrics.BotMetrics;
import org.pcref.app.storage.Database;
import org.pcref.app.storage.DatabaseSettings;
import org.pcref.core.reminder.Reminders;
import org.pcref.framework.FrameworkLoader;

/**
 * The day's retention sweep runs at three in the morning, UTC, on one of two instances sharing the
 * database, once a day.
 */
class DailyRetentionTest {

  @TempDir Path dataDir;
  private final MovableClock clock = new MovableClock(Instant.parse("2026-11-26T02:59:00Z"));
  private final AtomicInteger sweeps = new AtomicInteger();
  private final Semaphore finished = new Semaphore(0);
  private final List<NudgeEngine> engines = new ArrayList<>();
  private Database database;

  @AfterEach
  void stop() {
    engines.forEach(NudgeEngine::stop);
    database.close();
  }

  private NudgeEngine instance(String name) {
    Reminders reminders =
        new Reminders(
            FrameworkLoader.bundled(),
            database.teams(),
            database.conversations(),
            database.nudges(),
            List.of(),
            new LogNotifier(),
            clock);
    SchedulerListener signals =
        new AbstractSchedulerListener() {
          @Override
          public void onExecutionComplete(ExecutionComplete complete) {
            finished.release();
          }
        };
    NudgeEngine engine =
        new NudgeEngine(
            database.dataSource(),
            reminders,
            null,
            clock,
            NudgeEngineSettings.defaults(name)
                .polling(Duration.ofMillis(50), Duration.ofSeconds(1), 6),
            signals,
            BotMetrics.none(),
            sweeps::incrementAndGet);
    engines.add(engine);
    return engine;
  }

  @Test
  void shouldSweepOnceADayOnOneInstance() throws Exception {
    database = Database.open(DatabaseSettings.embedded(dataDir));
    instance("first").start();
    instance("second").start();
    assertThat(nextSweep()).isEqualTo(Instant.parse("2026-11-26T03:00:00Z"));

    clock.advance(Duration.ofMinutes(2));
    engines.forEach(NudgeEngine::checkForDueWork);
    untilNextSweepIs(Instant.parse("2026-11-27T03:00:00Z"));
    assertThat(sweeps).hasValue(1);

    clock.advance(Duration.ofDays(1));
    engines.forEach(NudgeEngine::checkForDueWork);
    untilNextSweepIs(Instant.parse("2026-11-28T03:00:00Z"));
    assertThat(sweeps).hasValue(2);
  }

  /** Waits for the sweep to be done and planned for {@code next}; each finished run is a signal. */
  private void untilNextSweepIs(Instant next) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (!next.equals(nextSweep())) {
      if (!finished.tryAcquire(deadline - System.nanoTime(), TimeUnit.NANOSECONDS)) {
        throw new AssertionError("the sweep was not planned for " + next + ": " + nextSweep());
      }
    }
  }

  private Instant nextSweep() throws SQLException {
    try (Connection c = database.dataSource().getConnection();
        PreparedStatement statement =
            c.prepareStatement(
                "SELECT execution_time FROM scheduled_tasks WHERE task_name = ? AND picked = FALSE")) {
      statement.setString(1, NudgeEngine.DAILY);
      try (ResultSet rows = statement.executeQuery()) {
        return rows.next() ? rows.getObject(1, OffsetDateTime.class).toInstant() : null;
      }
    }
  }
}

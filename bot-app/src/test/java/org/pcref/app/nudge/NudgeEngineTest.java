package org.pcref.app.nudge;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.kagkarlsson.scheduler.event.AbstractSchedulerListener;
import com.github.kagkarlsson.scheduler.event.SchedulerListener;
import com.github.kagkarlsson.scheduler.task.ExecutionComplete;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.pcref.app.metrics.BotMetrics;
import org.pcref.app.storage.Database;
import org.pcref.app.storage.DatabaseSettings;
import org.pcref.core.message.Address;
import org.pcref.core.message.Delivery;
import org.pcref.core.message.Notifier;
import org.pcref.core.message.Reply;
import org.pcref.core.reminder.DeliveryRecord;
import org.pcref.core.reminder.Nudge;
import org.pcref.core.reminder.NudgeDelivery;
import org.pcref.core.reminder.Reminders;
import org.pcref.framework.FrameworkLoader;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * The scheduler on an H2 file with the clock in the test's hands. The teams start on Thursday 1
 * October 2026 with the default settings (every 4 weeks, Mondays at 09:00 London): their first
 * check-in nudge falls on Monday 2 November at 09:00 (GMT). The test waits for the scheduler to
 * finish what is due, never for time: the clock stands still, so once nothing is running or due,
 * nothing happens until the test moves it.
 */
@ExtendWith(OutputCaptureExtension.class)
class NudgeEngineTest {

  static final Instant CREATED = Instant.parse("2026-10-01T10:00:00Z");
  static final Instant FIRST_NUDGE = Instant.parse("2026-11-02T09:00:00Z");

  @TempDir Path dataDir;
  private final MovableClock clock = new MovableClock(Instant.parse("2026-11-02T08:00:00Z"));
  private final CountingNotifier.Tally tally = new CountingNotifier.Tally();
  private final Semaphore finished = new Semaphore(0);
  private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
  private Database database;
  private NudgeEngine engine;

  @BeforeEach
  void openDatabase() {
    database = Database.open(DatabaseSettings.embedded(dataDir));
  }

  @AfterEach
  void stop() {
    if (engine != null) {
      engine.stop();
    }
    database.close();
  }

  private void start(Notifier notifier) throws Exception {
    Reminders reminders =
        new Reminders(
            FrameworkLoader.bundled(),
            database.teams(),
            database.conversations(),
            database.nudges(),
            List.of(notifier),
            new LogNotifier(),
            clock);
    NudgeEngineSettings settings =
        NudgeEngineSettings.defaults("test")
            .polling(Duration.ofMillis(50), Duration.ofSeconds(1), 6);
    SchedulerListener signals =
        new AbstractSchedulerListener() {
          @Override
          public void onExecutionComplete(ExecutionComplete complete) {
            finished.release();
          }
        };
    engine =
        new NudgeEngine(
            database.dataSource(), reminders, clock, settings, signals, new BotMetrics(registry));
    engine.start();
    untilIdle();
  }

  /**
   * Moves the clock on by the sweep's minute, and waits for the sweep and its deliveries to run.
   */
  private void nextMinute() throws Exception {
    later(Duration.ofMinutes(1));
  }

  /** Sets the clock (at least a minute on from the last sweep), and waits for what has come due. */
  private void at(Instant instant) throws Exception {
    later(Duration.between(clock.instant(), instant));
  }

  /**
   * Moves the clock on, tells the scheduler (it waits between polls by this clock, so a poll that
   * began before the move would wait for the next), and waits for what has come due.
   */
  private void later(Duration duration) throws Exception {
    clock.advance(duration);
    engine.checkForDueWork();
    untilIdle();
  }

  /**
   * Waits until the scheduler has nothing running and nothing due by the clock: every sweep and
   * delivery due has finished. Each execution that finishes is the signal to look again.
   */
  private void untilIdle() throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (busy()) {
      if (!finished.tryAcquire(deadline - System.nanoTime(), TimeUnit.NANOSECONDS)) {
        throw new AssertionError(
            "the scheduler was still busy after 20 s, at " + clock.instant() + ": " + executions());
      }
    }
  }

  private List<String> executions() throws SQLException {
    List<String> rows = new java.util.ArrayList<>();
    try (Connection c = database.dataSource().getConnection();
        PreparedStatement statement =
            c.prepareStatement(
                "SELECT task_name, task_instance, execution_time, picked, picked_by, last_heartbeat FROM scheduled_tasks");
        ResultSet row = statement.executeQuery()) {
      while (row.next()) {
        rows.add(
            row.getString(1)
                + " "
                + row.getString(2)
                + " at "
                + row.getString(3)
                + (row.getBoolean(4)
                    ? " picked by " + row.getString(5) + ", heartbeat " + row.getString(6)
                    : ""));
      }
    }
    return rows;
  }

  private boolean busy() throws SQLException {
    try (Connection c = database.dataSource().getConnection();
        PreparedStatement statement =
            c.prepareStatement(
                "SELECT COUNT(*) FROM scheduled_tasks WHERE picked OR execution_time <= ?")) {
      statement.setObject(1, OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
      try (ResultSet rows = statement.executeQuery()) {
        rows.next();
        return rows.getInt(1) > 0;
      }
    }
  }

  @Test
  void deliversEachDueNudgeOnceWhenItsTimeComes() throws Exception {
    DueTeams.create(database.dataSource(), "slack", 3, CREATED);
    start(new CountingNotifier("slack", tally));

    assertThat(tally.total).as("nothing before 09:00").hasValue(0);

    at(FIRST_NUDGE);
    nextMinute();
    assertThat(tally.total).hasValue(3);
    nextMinute();
    nextMinute();

    assertThat(tally.total).hasValue(3);
    assertThat(tally.byRecipient)
        .containsOnlyKeys("trust/lead-0/null", "trust/lead-1/null", "trust/lead-2/null");
    assertThat(database.nudges().recent("t1", 5))
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.status()).isEqualTo(DeliveryRecord.Status.SENT);
              assertThat(r.delivery().nudge())
                  .isEqualTo(new Nudge("t1", Nudge.Kind.CHECKIN, FIRST_NUDGE));
            });
  }

  @Test
  void aFailedDeliveryIsTriedAgainAfterItsBackoff() throws Exception {
    DueTeams.create(database.dataSource(), "slack", 1, CREATED);
    CountingNotifier platform = new CountingNotifier("slack", tally);
    int[] calls = {0};
    start(
        new Notifier() {
          @Override
          public String platform() {
            return "slack";
          }

          @Override
          public synchronized Delivery deliver(Address to, List<Reply> replies) {
            return ++calls[0] == 1
                ? new Delivery.Failed("rate limited", Duration.ZERO)
                : platform.deliver(to, replies);
          }
        });

    at(FIRST_NUDGE.plusSeconds(30));
    String key =
        new NudgeDelivery(
                new Nudge("t0", Nudge.Kind.CHECKIN, FIRST_NUDGE),
                Address.directMessage("slack", "trust", "lead-0"))
            .key();
    assertThat(database.nudges().record(key))
        .map(DeliveryRecord::status)
        .contains(DeliveryRecord.Status.RETRY);

    later(Duration.ofSeconds(59));
    assertThat(tally.total).as("a minute after the failure, not before").hasValue(0);
    later(Duration.ofSeconds(1));
    nextMinute();

    assertThat(tally.total).hasValue(1);
    assertThat(database.nudges().record(key))
        .hasValueSatisfying(
            r -> {
              assertThat(r.status()).isEqualTo(DeliveryRecord.Status.SENT);
              assertThat(r.attempts()).isEqualTo(2);
            });
    assertThat(nudges("due")).isEqualTo(1);
    assertThat(nudges("retried")).isEqualTo(1);
    assertThat(nudges("sent")).isEqualTo(1);
    assertThat(nudges("failed")).isZero();
  }

  @Test
  void aNudgeThatCannotBeDeliveredCountsAsFailed() throws Exception {
    DueTeams.create(database.dataSource(), "slack", 1, CREATED);
    start(
        new Notifier() {
          @Override
          public String platform() {
            return "slack";
          }

          @Override
          public Delivery deliver(Address to, List<Reply> replies) {
            return new Delivery.Unreachable("channel_not_found");
          }
        });

    at(FIRST_NUDGE.plusSeconds(30));

    assertThat(nudges("due")).isEqualTo(1);
    assertThat(nudges("failed")).isEqualTo(1);
    assertThat(nudges("sent")).isZero();
  }

  private double nudges(String outcome) {
    Counter counter =
        registry.find("pcref.nudges").tag("platform", "slack").tag("outcome", outcome).counter();
    return counter == null ? 0 : counter.count();
  }

  @Test
  void aTeamOnAPlatformWithNoNotifierIsNudgedInTheLogWithoutTheMessage(CapturedOutput output)
      throws Exception {
    DueTeams.create(database.dataSource(), "terminal", 1, CREATED);
    start(new CountingNotifier("slack", tally));

    at(FIRST_NUDGE);
    nextMinute();

    assertThat(output.getAll()).contains("nudge checkin for team t0 to terminal/trust/dm:lead-0");
    assertThat(output.getAll()).doesNotContain("Check-in due");
    assertThat(tally.total).hasValue(0);
  }

  /**
   * Waits for {@code condition}; only a failure waits the whole minute, which a 2-core machine busy
   * with other builds needs for 1,000 teams' nudges on two instances.
   */
  static void waitFor(BooleanSupplier condition) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("waited 60 s in vain");
      }
      Thread.sleep(20);
    }
  }
}

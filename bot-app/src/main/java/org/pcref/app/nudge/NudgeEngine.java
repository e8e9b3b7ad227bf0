package org.pcref.app.nudge;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerBuilder;
import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.SchedulerName;
import com.github.kagkarlsson.scheduler.event.SchedulerListener;
import com.github.kagkarlsson.scheduler.jdbc.DefaultJdbcCustomization;
import com.github.kagkarlsson.scheduler.task.CompletionHandler;
import com.github.kagkarlsson.scheduler.task.helper.CustomTask;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.pcref.app.metrics.BotMetrics;
import org.pcref.core.reminder.NudgeDelivery;
import org.pcref.core.reminder.Reminders;
import org.pcref.core.round.RoundSweep;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * Runs nudges on db-scheduler, in the bot's database, which owns every delivery's timing: a
 * recurring sweep plans the teams whose next nudge has come due and schedules one task per
 * delivery, named by the delivery's key, so a delivery is scheduled once however many instances
 * sweep; any instance then runs it. A delivery that fails for now is rescheduled after its backoff;
 * one whose instance dies mid-send is left without a heartbeat, and db-scheduler runs it again
 * elsewhere, which takes over the claim it left in the nudge store. The store's record keeps each
 * delivery to one send.
 */
public final class NudgeEngine {

  static final String SWEEP = "nudge-sweep";
  static final String DELIVERY = "nudge-delivery";
  static final String DAILY = "daily-retention";

  /** When the day's work runs, in UTC: the quiet hours of a UK trust. */
  static final LocalTime DAILY_AT = LocalTime.of(3, 0);

  private static final Logger log = LoggerFactory.getLogger(NudgeEngine.class);

  private final Reminders reminders;
  private final RoundSweep rounds;
  private final BotMetrics metrics;
  private final Clock clock;
  private final DeliveryJson json = new DeliveryJson();
  private final CustomTask<String> delivery;
  private final ExecutorService executor;
  private final ExecutorService dueExecutor;
  private final ScheduledExecutorService housekeeper;
  private final Scheduler scheduler;
  private volatile boolean started;

  /**
   * @param clock the time the scheduler runs by: the system clock outside tests (db-scheduler
   *     revives a dead execution by the system clock whatever it is given)
   */
  public NudgeEngine(
      DataSource dataSource, Reminders reminders, Clock clock, NudgeEngineSettings settings) {
    this(dataSource, reminders, null, clock, settings, SchedulerListener.NOOP, BotMetrics.none());
  }

  /**
   * @param rounds the team rounds' halfway reminders and closings, run at every sweep
   */
  public NudgeEngine(
      DataSource dataSource,
      Reminders reminders,
      RoundSweep rounds,
      Clock clock,
      NudgeEngineSettings settings) {
    this(dataSource, reminders, rounds, clock, settings, SchedulerListener.NOOP, BotMetrics.none());
  }

  /**
   * @param metrics counts deliveries due, sent, failed and retried
   */
  public NudgeEngine(
      DataSource dataSource,
      Reminders reminders,
      Clock clock,
      NudgeEngineSettings settings,
      BotMetrics metrics) {
    this(dataSource, reminders, null, clock, settings, SchedulerListener.NOOP, metrics);
  }

  public NudgeEngine(
      DataSource dataSource,
      Reminders reminders,
      RoundSweep rounds,
      Clock clock,
      NudgeEngineSettings settings,
      BotMetrics metrics) {
    this(dataSource, reminders, rounds, clock, settings, SchedulerListener.NOOP, metrics);
  }

  /**
   * @param listener hears of every execution, so that tests can wait for work to be done
   */
  NudgeEngine(
      DataSource dataSource,
      Reminders reminders,
      Clock clock,
      NudgeEngineSettings settings,
      SchedulerListener listener) {
    this(dataSource, reminders, null, clock, settings, listener, BotMetrics.none());
  }

  NudgeEngine(
      DataSource dataSource,
      Reminders reminders,
      RoundSweep rounds,
      Clock clock,
      NudgeEngineSettings settings,
      SchedulerListener listener) {
    this(dataSource, reminders, rounds, clock, settings, listener, BotMetrics.none());
  }

  NudgeEngine(
      DataSource dataSource,
      Reminders reminders,
      Clock clock,
      NudgeEngineSettings settings,
      SchedulerListener listener,
      BotMetrics metrics) {
    this(dataSource, reminders, null, clock, settings, listener, metrics);
  }

  NudgeEngine(
      DataSource dataSource,
      Reminders reminders,
      RoundSweep rounds,
      Clock clock,
      NudgeEngineSettings settings,
      SchedulerListener listener,
      BotMetrics metrics) {
    this(dataSource, reminders, rounds, clock, settings, listener, metrics, null);
  }

  /**
   * @param daily run once a day at {@link #DAILY_AT} UTC by one instance (the retention sweep), or
   *     null
   */
  public NudgeEngine(
      DataSource dataSource,
      Reminders reminders,
      RoundSweep rounds,
      Clock clock,
      NudgeEngineSettings settings,
      BotMetrics metrics,
      Runnable daily) {
    this(dataSource, reminders, rounds, clock, settings, SchedulerListener.NOOP, metrics, daily);
  }

  NudgeEngine(
      DataSource dataSource,
      Reminders reminders,
      RoundSweep rounds,
      Clock clock,
      NudgeEngineSettings settings,
      SchedulerListener listener,
      BotMetrics metrics,
      Runnable daily) {
    this.reminders = reminders;
    this.rounds = rounds;
    this.metrics = metrics;
    this.clock = clock;
    this.delivery =
        Tasks.custom(DELIVERY, String.class)
            .execute(
                (instance, context) ->
                    deliver(instance.getData(), context.getExecution().consecutiveFailures > 0));
    RecurringTask<Void> sweep =
        Tasks.recurring(SWEEP, FixedDelay.of(settings.sweepEvery()))
            .execute((instance, context) -> sweep(context.getSchedulerClient()));
    String name = settings.instanceName();
    this.executor = Executors.newFixedThreadPool(settings.threads(), threads(name + "-nudge-"));
    this.dueExecutor = Executors.newSingleThreadExecutor(threads(name + "-nudge-poll-"));
    this.housekeeper =
        Executors.newSingleThreadScheduledExecutor(threads(name + "-nudge-housekeeping-"));
    List<RecurringTask<?>> recurring = new ArrayList<>(List.of(sweep));
    if (daily != null) {
      // A recurring task runs on one instance at a time: the day's work is done once.
      recurring.add(
          Tasks.recurring(DAILY, Schedules.daily(ZoneOffset.UTC, DAILY_AT))
              .execute((instance, context) -> runQuietly(daily)));
    }
    SchedulerBuilder builder = Scheduler.create(dataSource, List.of(delivery));
    if (isH2(dataSource)) {
      // db-scheduler knows no H2 dialect and warns at every start; its standard SQL fits H2 and
      // our TIMESTAMP WITH TIME ZONE columns, which is what it would fall back to anyway.
      builder.jdbcCustomization(new DefaultJdbcCustomization(false));
    }
    this.scheduler =
        builder
            .startTasks(recurring)
            .schedulerName(new SchedulerName.Fixed(name))
            .clock(clock::instant)
            .threads(settings.threads())
            .executorService(executor)
            .dueExecutor(dueExecutor)
            .housekeeperExecutor(housekeeper)
            .pollingInterval(settings.pollingInterval())
            .heartbeatInterval(settings.heartbeatInterval())
            .missedHeartbeatsLimit(settings.missedHeartbeats())
            .serializer(new TextSerializer())
            .shutdownMaxWait(settings.shutdownGrace())
            .enableImmediateExecution()
            .addSchedulerListener(listener)
            .build();
  }

  /**
   * Plans every team afresh first if the framework or the rules of planning changed since the plans
   * were made.
   */
  public void start() {
    reminders.planAllAgainIfTheBasisChanged();
    scheduler.start();
    started = true;
  }

  /** Stops taking work, lets deliveries under way finish within the grace period, then stops. */
  public void stop() {
    if (started) {
      scheduler.stop();
    } else {
      halt();
    }
  }

  /**
   * Stops at once, as a killed process would: no more polling, heartbeats or database writes from
   * this scheduler; deliveries under way are interrupted and their executions left as they are.
   */
  void halt() {
    housekeeper.shutdownNow();
    dueExecutor.shutdownNow();
    executor.shutdownNow();
    // db-scheduler's polling loop outlives interrupts; only its own stop ends it. It waits for the
    // deliveries under way, so let it wait elsewhere.
    Thread stopping = new Thread(this::stopScheduler, "nudge-halt");
    stopping.setDaemon(true);
    stopping.start();
  }

  /**
   * Looks for due work now rather than at the next poll. The scheduler waits between polls by its
   * clock; a test that moves a standing clock by hand tells it that time has moved.
   */
  void checkForDueWork() {
    scheduler.triggerCheckForDueExecutions();
  }

  private void stopScheduler() {
    scheduler.stop();
  }

  /** Schedules every delivery due now; one already scheduled (by any instance) stays as it is. */
  private void sweep(SchedulerClient client) {
    Instant now = clock.instant();
    AtomicInteger scheduled = new AtomicInteger();
    reminders.planDue(
        due -> {
          if (client.scheduleIfNotExists(delivery.instance(due.key(), json.write(due)), now)) {
            scheduled.incrementAndGet();
            metrics.nudge(due.to().platform(), BotMetrics.NudgeOutcome.DUE);
          }
        });
    if (scheduled.get() > 0) {
      log.info("{} nudge deliveries scheduled", scheduled.get());
    }
    if (rounds != null) {
      // The sweep is db-scheduler's recurring task, run by one instance at a time; the round store
      // and the nudge record keep each reminder and each closing to one even if two overlap.
      RoundSweep.Swept swept = rounds.sweep();
      if (swept.reminded() + swept.closed() > 0) {
        log.info("{} round reminders sent, {} rounds closed", swept.reminded(), swept.closed());
      }
    }
  }

  /**
   * One try of one delivery. One that failed for now runs again after its backoff, by the
   * scheduler's clock; the rest are done.
   *
   * @param afterDeadRun whether the run before this one died (or failed) without finishing
   */
  private CompletionHandler<String> deliver(String data, boolean afterDeadRun) {
    Optional<NudgeDelivery> due = json.read(data);
    if (due.isEmpty()) {
      // Written by another version, or damaged: planning every team again schedules it anew, as
      // this version writes it.
      log.warn("A scheduled nudge could not be read; dropped, and every team planned again");
      reminders.planAllAgain();
      return new CompletionHandler.OnCompleteRemove<>();
    }
    NudgeDelivery d = due.get();
    Reminders.Attempt attempt;
    try (MDC.MDCCloseable kind =
            MDC.putCloseable(LogNotifier.KIND, d.nudge().kind().name().toLowerCase(Locale.ROOT));
        MDC.MDCCloseable team = MDC.putCloseable(LogNotifier.TEAM, d.nudge().teamId())) {
      attempt = reminders.deliver(d, afterDeadRun);
    }
    count(d.to().platform(), attempt.outcome());
    if (attempt.outcome() != Reminders.Outcome.WILL_RETRY) {
      return new CompletionHandler.OnCompleteRemove<>();
    }
    Duration wait = attempt.retryIn();
    return (complete, operations) ->
        operations.reschedule(complete, complete.getTimeDone().plus(wait));
  }

  /** A failed day's work is logged and tried again the next day, like any recurring task. */
  private static void runQuietly(Runnable daily) {
    try {
      daily.run();
    } catch (RuntimeException e) {
      log.warn("The daily retention sweep failed; it runs again tomorrow", e);
    }
  }

  private void count(String platform, Reminders.Outcome outcome) {
    switch (outcome) {
      case SENT -> metrics.nudge(platform, BotMetrics.NudgeOutcome.SENT);
      case WILL_RETRY -> metrics.nudge(platform, BotMetrics.NudgeOutcome.RETRIED);
      case GAVE_UP -> metrics.nudge(platform, BotMetrics.NudgeOutcome.FAILED);
      case NOT_MINE -> {
        // Another instance has it, or it was sent already: nothing happened here.
      }
    }
  }

  private static boolean isH2(DataSource dataSource) {
    try (Connection connection = dataSource.getConnection()) {
      return "H2".equals(connection.getMetaData().getDatabaseProductName());
    } catch (SQLException e) {
      return false;
    }
  }

  private static ThreadFactory threads(String prefix) {
    AtomicInteger count = new AtomicInteger();
    return runnable -> {
      Thread thread = new Thread(runnable, prefix + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }
}

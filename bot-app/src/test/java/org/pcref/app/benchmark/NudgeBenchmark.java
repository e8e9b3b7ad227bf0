package org.pcref.app.benchmark;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.pcref.app.nudge.DueTeams;
import org.pcref.app.nudge.LogNotifier;
import org.pcref.app.nudge.NudgeEngine;
import org.pcref.app.nudge.NudgeEngineSettings;
import org.pcref.app.storage.Database;
import org.pcref.app.storage.DatabaseSettings;
import org.pcref.core.message.Address;
import org.pcref.core.message.Delivery;
import org.pcref.core.message.Notifier;
import org.pcref.core.message.Reply;
import org.pcref.core.reminder.Reminders;
import org.pcref.framework.Framework;
import org.pcref.framework.FrameworkLoader;
import org.slf4j.LoggerFactory;

/**
 * Many nudges due in the same minute, through the real engine (db-scheduler with the production
 * settings, one instance) to a stub platform, on an H2 file and on PostgreSQL. Each of the teams
 * has one lead and default settings, and its check-in nudge is due. Reports how long one sweep
 * takes to find them, the time from the scheduler's start until the last nudge is sent, the heap in
 * use, and the engine's own cost per nudge: the time not spent in the stub platform, per nudge of
 * wall-clock time and per nudge of scheduler-thread time.
 *
 * <p>Run with {@code bench/nudges.sh [nudges] [threads] [platform ms per nudge]}.
 */
public final class NudgeBenchmark {

  private static final Framework PCREF = FrameworkLoader.bundled();

  public static void main(String[] args) throws Exception {
    int nudges = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
    int threads = args.length > 1 ? Integer.parseInt(args[1]) : 4;
    int platformMillis = args.length > 2 ? Integer.parseInt(args[2]) : 0;
    ((ch.qos.logback.classic.Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME))
        .setLevel(ch.qos.logback.classic.Level.WARN);
    System.out.printf(
        "%d nudges due at once, %d scheduler threads, stub platform taking %d ms a nudge%n",
        nudges, threads, platformMillis);
    Path h2 = Files.createTempDirectory("pcref-bench-nudges");
    try (Database database = Database.open(DatabaseSettings.embedded(h2))) {
      run("H2 file", database, nudges, threads, platformMillis);
    }
    try (EmbeddedPostgres postgres = EmbeddedPostgres.start();
        Database database =
            Database.open(
                new DatabaseSettings(
                    postgres.getJdbcUrl("postgres", "postgres"), "postgres", ""))) {
      run("PostgreSQL", database, nudges, threads, platformMillis);
    }
  }

  private static void run(
      String name, Database database, int nudges, int threads, int platformMillis)
      throws Exception {
    DueTeams.create(database.dataSource(), "bench", nudges, Instant.parse("2026-06-01T10:00:00Z"));
    // The bot's clock runs from a Wednesday noon, so every team's nudge is due and none falls due
    // mid-run.
    Clock clock =
        Clock.offset(
            Clock.systemUTC(),
            Duration.between(Instant.now(), Instant.parse("2026-11-25T12:00:00Z")));
    StubPlatform platform = new StubPlatform(platformMillis);
    Reminders reminders =
        new Reminders(
            PCREF,
            database.teams(),
            database.conversations(),
            database.nudges(),
            List.of(platform),
            new LogNotifier(),
            clock);

    long planStart = System.nanoTime();
    int due = reminders.planDue(delivery -> {});
    double planSeconds = (System.nanoTime() - planStart) / 1e9;

    NudgeEngine engine =
        new NudgeEngine(
            database.dataSource(),
            reminders,
            Clock.systemUTC(),
            NudgeEngineSettings.defaults("bench").withThreads(threads));
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    System.gc();
    long heapBefore = memory.getHeapMemoryUsage().getUsed();
    PeakHeap peak = new PeakHeap(memory);
    peak.start();
    long start = System.nanoTime();
    engine.start();
    while (platform.sent.get() < nudges) {
      Thread.sleep(5);
    }
    long elapsed = System.nanoTime() - start;
    peak.interrupt();
    peak.join();
    System.gc();
    long heapAfter = memory.getHeapMemoryUsage().getUsed();
    engine.stop();

    double seconds = elapsed / 1e9;
    double inPlatform = platform.nanos.get() / 1e9;
    System.out.printf(
        "%-10s %d nudges (%d found due by one sweep in %.2f s) sent in %.2f s (%.0f nudges/s); first sent after %.2f s; "
            + "heap in use: peak %d MB (garbage included), %d MB before, %d MB after a GC; time in the platform %.2f s; engine overhead %.3f ms per nudge (wall), %.3f ms per nudge per thread%n",
        name,
        nudges,
        due,
        planSeconds,
        seconds,
        nudges / seconds,
        (platform.firstAt.get() - start) / 1e9,
        peak.max / (1024 * 1024),
        heapBefore / (1024 * 1024),
        heapAfter / (1024 * 1024),
        inPlatform,
        (seconds - inPlatform / threads) * 1000 / nudges,
        (seconds * threads - inPlatform) * 1000 / nudges);
  }

  /** Counts, and optionally takes a while as a real platform call would. */
  private static final class StubPlatform implements Notifier {
    final AtomicInteger sent = new AtomicInteger();
    final AtomicLong nanos = new AtomicLong();
    final AtomicLong firstAt = new AtomicLong();
    private final int millis;

    StubPlatform(int millis) {
      this.millis = millis;
    }

    @Override
    public String platform() {
      return "bench";
    }

    @Override
    public Delivery deliver(Address to, List<Reply> replies) {
      long begin = System.nanoTime();
      firstAt.compareAndSet(0, begin);
      if (millis > 0) {
        try {
          Thread.sleep(millis);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
      nanos.addAndGet(System.nanoTime() - begin);
      sent.incrementAndGet();
      return new Delivery.Sent("m");
    }
  }

  /** The most heap in use, sampled every 10 ms. */
  private static final class PeakHeap extends Thread {
    private final MemoryMXBean memory;
    volatile long max;

    PeakHeap(MemoryMXBean memory) {
      this.memory = memory;
      setDaemon(true);
    }

    @Override
    public void run() {
      while (!isInterrupted()) {
        max = Math.max(max, memory.getHeapMemoryUsage().getUsed());
        try {
          Thread.sleep(10);
        } catch (InterruptedException e) {
          return;
        }
      }
    }
  }
}

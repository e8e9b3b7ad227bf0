package org.pcref.app.benchmark;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import org.pcref.app.storage.Database;
import org.pcref.app.storage.DatabaseSettings;
import org.pcref.core.checkin.CheckInSettings;
import org.pcref.core.conversation.Assistant;
import org.pcref.core.message.ConversationKey;
import org.pcref.core.message.Inbound;
import org.pcref.framework.FrameworkLoader;

/**
 * One check-in turn (load the conversation, read the answer, move the check-in on, record the
 * rating, save) with many people checking in at once, on an H2 file and on PostgreSQL. Each of the
 * users answers "checkin all", then a level and "no note" for every competency, over and over.
 * People pause between answers: by default each waits 0.25 to 0.75 s (a person reading and tapping
 * a button is slower still); a pause of 0 makes every user answer as fast as the bot replies, which
 * measures how many turns a second the machine can take. Reports the latency of a turn after a
 * warm-up.
 *
 * <p>Run with {@code bench/checkin-turns.sh [users] [seconds] [mean pause ms]}.
 */
public final class CheckInTurnBenchmark {

  private static final String[] LEVELS = {"developing", "good", "outstanding", "not yet"};

  public static void main(String[] args) throws Exception {
    int users = args.length > 0 ? Integer.parseInt(args[0]) : 50;
    int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 20;
    int pause = args.length > 2 ? Integer.parseInt(args[2]) : 500;
    Path h2 = Files.createTempDirectory("pcref-bench-h2");
    try (Database database = Database.open(DatabaseSettings.embedded(h2))) {
      run("H2 file", database, users, seconds, pause);
    }
    try (EmbeddedPostgres postgres = EmbeddedPostgres.start();
        Database database =
            Database.open(
                new DatabaseSettings(
                    postgres.getJdbcUrl("postgres", "postgres"), "postgres", ""))) {
      run("PostgreSQL", database, users, seconds, pause);
    }
  }

  private static void run(String name, Database database, int users, int seconds, int pause)
      throws Exception {
    Assistant bot =
        new Assistant(
            FrameworkLoader.bundled(),
            database.conversations(),
            database.teams(),
            CheckInSettings.DEFAULTS,
            Clock.systemUTC());
    AtomicBoolean measuring = new AtomicBoolean(false);
    AtomicBoolean running = new AtomicBoolean(true);
    List<long[]> samples = new ArrayList<>();
    List<Thread> threads = new ArrayList<>();
    CountDownLatch started = new CountDownLatch(users);
    for (int u = 0; u < users; u++) {
      long[] latencies = new long[2_000_000];
      int[] count = {0};
      samples.add(latencies);
      ConversationKey key = new ConversationKey("bench", "trust", "ward-" + (u % 10), "user-" + u);
      int seed = u;
      Thread thread =
          new Thread(
              () -> {
                started.countDown();
                int turn = 0;
                java.util.Random random = new java.util.Random(seed);
                while (running.get()) {
                  if (pause > 0) {
                    try {
                      Thread.sleep(pause / 2 + random.nextInt(pause));
                    } catch (InterruptedException e) {
                      return;
                    }
                  }
                  String text = message(turn++, seed);
                  long start = System.nanoTime();
                  bot.handle(
                      Inbound.text(key, "User " + seed, text)
                          .inChannelNamed("Ward " + (seed % 10)));
                  long took = System.nanoTime() - start;
                  if (measuring.get() && count[0] < latencies.length) {
                    latencies[count[0]++] = took;
                  }
                }
                latencies[latencies.length - 1] = count[0];
              },
              "user-" + u);
      threads.add(thread);
      thread.start();
    }
    started.await();
    Thread.sleep(Math.max(3, seconds / 4) * 1000L);
    measuring.set(true);
    long begin = System.nanoTime();
    Thread.sleep(seconds * 1000L);
    measuring.set(false);
    double elapsed = (System.nanoTime() - begin) / 1e9;
    running.set(false);
    for (Thread t : threads) {
      t.join();
    }
    long[] all =
        samples.stream()
            .flatMapToLong(l -> Arrays.stream(l, 0, (int) l[l.length - 1]))
            .sorted()
            .toArray();
    System.out.printf(
        "%-11s %d users, pause %d ms: %d turns in %.0f s (%.0f turns/s): p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, max %.1f ms%n",
        name,
        users,
        pause,
        all.length,
        elapsed,
        all.length / elapsed,
        ms(all, 0.50),
        ms(all, 0.90),
        ms(all, 0.99),
        all[all.length - 1] / 1e6);
  }

  /** checkin all, then for each of the 8 competencies a level and "no note"; then again. */
  private static String message(int turn, int seed) {
    int step = turn % 17;
    if (step == 0) {
      return "checkin all";
    }
    return step % 2 == 1 ? LEVELS[(seed + step) % LEVELS.length] : "no note";
  }

  private static double ms(long[] sorted, double quantile) {
    return sorted[(int) Math.min(sorted.length - 1, Math.floor(quantile * sorted.length))] / 1e6;
  }
}

package org.pcref.app.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.pcref.app.server.BotServer;
import org.pcref.slack.SlackStub;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Slash-command questions per second through the whole HTTP path (signature check, Bolt, the core,
 * Block Kit, the ack), with p50 and p99 latency, against a minimal Bolt app answering a fixed
 * string on the same stack, in the same run, on loopback. Not part of the build: run
 * bench/slack.sh.
 *
 * <p>The two apps take turns in one-second slices, so that whatever else the machine is doing
 * weighs on both alike. Settings (system properties): {@code bench.clients} (8), {@code
 * bench.warmup} seconds per app (30: on two cores the JIT compilers are still busy after ten),
 * {@code bench.seconds} measured per app (20), {@code bench.database} a JDBC URL for the bot's
 * database (default: the application's own default, the H2 file, here under target/).
 */
class SlackBenchmark {

  private static final List<String> QUESTIONS =
      List.of(
          "what does good mean for co-production?",
          "define co-learning",
          "how do we get from good to outstanding in workforce?",
          "which competency mentions the WRES?",
          "define intersectionality",
          "what does outstanding mean for cultural awareness?",
          "aims of partnership working",
          "what does developing mean for trauma informed care?");

  record Result(String app, double perSecond, double p50Millis, double p99Millis, long errors) {
    String line() {
      return String.format(
          Locale.ROOT,
          "%-22s %9.0f req/s   p50 %6.2f ms   p99 %6.2f ms   errors %d",
          app,
          perSecond,
          p50Millis,
          p99Millis,
          errors);
    }
  }

  @Test
  void slashCommandQuestionsPerSecond() throws Exception {
    int clients = Integer.getInteger("bench.clients", 8);
    int warmup = Integer.getInteger("bench.warmup", 30);
    int seconds = Integer.getInteger("bench.seconds", 20);
    try (SlackStub slack = new SlackStub()) {
      String[] settings = {
        "--server.port=0",
        "--pcref.slack.bot-token=xoxb-bench",
        "--pcref.slack.signing-secret=" + SlackRequests.SECRET,
        "--pcref.slack.api-url=" + slack.apiUrl(),
        "--logging.level.root=WARN",
        "--spring.main.banner-mode=off",
        "--pcref.database.url=" + System.getProperty("bench.database", "")
      };
      ConfigurableApplicationContext bot =
          new SpringApplicationBuilder(BotServer.class).run(settings);
      ConfigurableApplicationContext minimal =
          new SpringApplicationBuilder(MinimalBoltApp.class).run(settings);
      try {
        int botPort = port(bot);
        int minimalPort = port(minimal);
        // Both answer before either is measured: an app that refuses every request is fast.
        assertThat(ask(new SlackRequests(botPort), slack, 0).body())
            .contains("Co-Production — Good");
        assertThat(ask(new SlackRequests(minimalPort), slack, 0).body())
            .contains("Co-Production — Good");
        if ("outside".equals(System.getProperty("bench.client"))) {
          outside(botPort, minimalPort, slack, clients, warmup, seconds);
          return;
        }
        Slices warm = new Slices();
        for (int s = 0; s < warmup; s++) {
          run(botPort, slack, clients, warm.bot);
          run(minimalPort, slack, clients, warm.minimal);
        }
        Slices measured = new Slices();
        for (int s = 0; s < seconds; s++) {
          run(botPort, slack, clients, measured.bot);
          run(minimalPort, slack, clients, measured.minimal);
        }
        report(
            measured.bot.result("PCREF Bot"),
            measured.minimal.result("minimal Bolt app"),
            clients,
            seconds,
            sliceRatios(measured.bot, measured.minimal));
      } finally {
        bot.close();
        minimal.close();
      }
    }
  }

  /**
   * The same run with the client in a process of its own ({@code bench/SlackLoad.java}), over every
   * question of the question set, so that neither the client's work nor the kept renderings of a
   * few questions flatter either app.
   */
  private static void outside(
      int botPort, int minimalPort, SlackStub slack, int clients, int warmup, int seconds)
      throws IOException, InterruptedException {
    Path questions =
        Path.of("..", "bot-core", "src", "test", "resources", "org", "pcref", "core", "qa");
    Process client =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                Path.of("..", "bench", "SlackLoad.java").toString(),
                "http://127.0.0.1:" + botPort + "/slack/events",
                "http://127.0.0.1:" + minimalPort + "/slack/events",
                SlackRequests.SECRET,
                slack.responseUrl("bench"),
                Integer.toString(clients),
                Integer.toString(warmup),
                Integer.toString(seconds),
                questions.resolve("question-set.txt").toString(),
                questions.resolve("question-set-kinds.txt").toString())
            .redirectErrorStream(true)
            .start();
    String report = new String(client.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(client.waitFor()).as(report).isZero();
    System.out.print(report);
    Files.writeString(Path.of("target", "slack-benchmark.txt"), report);
  }

  private static int port(ConfigurableApplicationContext context) {
    return ((WebServerApplicationContext) context).getWebServer().getPort();
  }

  private static HttpResponse<String> ask(SlackRequests requests, SlackStub slack, long n) {
    return requests.command(
        SlackStub.TEAM,
        "C" + (n % 50),
        "bench",
        "U" + (n % 500),
        QUESTIONS.get((int) (n % QUESTIONS.size())),
        slack.responseUrl("bench"));
  }

  /** What one app did over all its slices. */
  static final class Tally {
    private final List<Long> latencies = new ArrayList<>();

    /** Requests per second in each slice, in order. */
    private final List<Double> slices = new ArrayList<>();

    private long nanos;
    private long errors;

    synchronized void add(long[] some, int count, long errorCount) {
      for (int i = 0; i < count; i++) {
        latencies.add(some[i]);
      }
      errors += errorCount;
    }

    Result result(String app) {
      long[] all = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
      return new Result(
          app,
          all.length / (nanos / 1e9),
          all[all.length / 2] / 1e6,
          all[(int) (all.length * 0.99)] / 1e6,
          errors);
    }
  }

  static final class Slices {
    final Tally bot = new Tally();
    final Tally minimal = new Tally();
  }

  /** One second of {@code clients} clients asking one app as fast as it answers. */
  private static void run(int port, SlackStub slack, int clients, Tally tally)
      throws InterruptedException {
    long start = System.nanoTime();
    long end = start + 1_000_000_000L;
    AtomicLong sent = new AtomicLong();
    CountDownLatch done = new CountDownLatch(clients);
    for (int c = 0; c < clients; c++) {
      int client = c;
      Thread thread =
          new Thread(
              () -> {
                SlackRequests requests =
                    REQUESTS.computeIfAbsent(port * 100 + client, k -> new SlackRequests(port));
                long[] mine = new long[100_000];
                int i = 0;
                long errors = 0;
                try {
                  while (System.nanoTime() < end && i < mine.length) {
                    long n = sent.getAndIncrement();
                    long t0 = System.nanoTime();
                    HttpResponse<String> response = ask(requests, slack, n * 31 + client);
                    mine[i++] = System.nanoTime() - t0;
                    if (response.statusCode() != 200) {
                      errors++;
                    }
                  }
                } catch (RuntimeException e) {
                  errors++;
                } finally {
                  tally.add(mine, i, errors);
                  done.countDown();
                }
              },
              "bench-" + c);
      thread.start();
    }
    done.await();
    synchronized (tally) {
      long took = System.nanoTime() - start;
      tally.nanos += took;
      tally.slices.add(sent.get() / (took / 1e9));
    }
    slack.reset();
  }

  /** One client (and its kept-alive connections) per app and thread, across slices. */
  private static final java.util.Map<Integer, SlackRequests> REQUESTS =
      new java.util.concurrent.ConcurrentHashMap<>();

  /**
   * The ratio of each bot slice to the minimal app's slice right after it, sorted: a slice that a
   * pause or a neighbour on the machine slowed weighs on one pair only, not on the whole run.
   */
  private static double[] sliceRatios(Tally bot, Tally minimal) {
    int pairs = Math.min(bot.slices.size(), minimal.slices.size());
    double[] ratios = new double[pairs];
    for (int i = 0; i < pairs; i++) {
      ratios[i] = bot.slices.get(i) / minimal.slices.get(i);
    }
    java.util.Arrays.sort(ratios);
    return ratios;
  }

  private static void report(Result bot, Result minimal, int clients, int seconds, double[] ratios)
      throws IOException {
    StringBuilder out = new StringBuilder();
    String database = System.getProperty("bench.database", "");
    out.append(
        String.format(
            Locale.ROOT,
            "Slack slash-command benchmark: %d clients, %d s per app in alternating 1-s slices, loopback, %d cores, database %s%n",
            clients,
            seconds,
            Runtime.getRuntime().availableProcessors(),
            database.isEmpty() ? "H2 file (default)" : database.replaceAll(";.*", "")));
    out.append("  ").append(bot.line()).append("\n  ").append(minimal.line()).append('\n');
    out.append(
        String.format(
            Locale.ROOT,
            "Ratio (PCREF Bot / minimal Bolt app, req/s): %.2f (target >= %s)%n",
            bot.perSecond() / minimal.perSecond(),
            System.getProperty("bench.database") == null
                ? "0.80 on the H2 file"
                : "0.40 on a shared database"));
    out.append(
        String.format(
            Locale.ROOT,
            "Ratio per pair of slices: median %.2f, quartiles %.2f to %.2f, lowest %.2f, highest %.2f (%d pairs)%n",
            ratios[ratios.length / 2],
            ratios[ratios.length / 4],
            ratios[ratios.length * 3 / 4],
            ratios[0],
            ratios[ratios.length - 1],
            ratios.length));
    System.out.print(out);
    Files.writeString(Path.of("target", "slack-benchmark.txt"), out);
  }
}

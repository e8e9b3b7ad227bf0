package org.pcref.app.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
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
 * Block Kit, the ack), with p50 and p99 latency, against a minimal Bolt app answering a fixed string
 * on the same stack, in the same run, on loopback. Not part of the build: run bench/slack.sh.
 *
 * <p>Settings (system properties): {@code bench.clients} (8), {@code bench.warmup} seconds (10),
 * {@code bench.seconds} per round (15), {@code bench.rounds} per app, alternating (2).
 */
class SlackBenchmark {

  private static final List<String> QUESTIONS = List.of(
      "what does good mean for co-production?", "define co-learning", "how do we get from good to outstanding in workforce?",
      "which competency mentions the WRES?", "define intersectionality", "what does outstanding mean for cultural awareness?",
      "aims of partnership working", "what does developing mean for trauma informed care?");

  record Result(String app, double perSecond, double p50Millis, double p99Millis, long errors) {
    String line() {
      return String.format(Locale.ROOT, "%-22s %9.0f req/s   p50 %6.2f ms   p99 %6.2f ms   errors %d", app, perSecond, p50Millis, p99Millis, errors);
    }
  }

  @Test
  void slashCommandQuestionsPerSecond() throws Exception {
    int clients = Integer.getInteger("bench.clients", 8);
    int warmup = Integer.getInteger("bench.warmup", 10);
    int seconds = Integer.getInteger("bench.seconds", 15);
    int rounds = Integer.getInteger("bench.rounds", 2);
    try (SlackStub slack = new SlackStub()) {
      String[] settings = {
        "--server.port=0", "--pcref.slack.bot-token=xoxb-bench", "--pcref.slack.signing-secret=" + SlackRequests.SECRET,
        "--pcref.slack.api-url=" + slack.apiUrl(), "--logging.level.root=WARN", "--spring.main.banner-mode=off"
      };
      ConfigurableApplicationContext bot = new SpringApplicationBuilder(BotServer.class).run(settings);
      ConfigurableApplicationContext minimal = new SpringApplicationBuilder(MinimalBoltApp.class).run(settings);
      try {
        int botPort = port(bot);
        int minimalPort = port(minimal);
        assertThat(ask(new SlackRequests(botPort), slack, 0).body()).contains("Co-Production — Good");
        run("warm-up bot", botPort, slack, clients, warmup);
        run("warm-up minimal", minimalPort, slack, clients, warmup);
        List<Result> bots = new ArrayList<>();
        List<Result> minimals = new ArrayList<>();
        for (int round = 0; round < rounds; round++) {
          bots.add(run("PCREF Bot", botPort, slack, clients, seconds));
          minimals.add(run("minimal Bolt app", minimalPort, slack, clients, seconds));
        }
        report(bots, minimals, clients, seconds, rounds);
      } finally {
        bot.close();
        minimal.close();
      }
    }
  }

  private static int port(ConfigurableApplicationContext context) {
    return ((WebServerApplicationContext) context).getWebServer().getPort();
  }

  private static HttpResponse<String> ask(SlackRequests requests, SlackStub slack, long n) {
    return requests.command(SlackStub.TEAM, "C" + (n % 50), "bench", "U" + (n % 500), QUESTIONS.get((int) (n % QUESTIONS.size())),
        slack.responseUrl("bench"));
  }

  private static Result run(String name, int port, SlackStub slack, int clients, int seconds) throws InterruptedException {
    long end = System.nanoTime() + seconds * 1_000_000_000L;
    AtomicLong sent = new AtomicLong();
    AtomicLong errors = new AtomicLong();
    List<long[]> latencies = new ArrayList<>();
    CountDownLatch done = new CountDownLatch(clients);
    long start = System.nanoTime();
    for (int c = 0; c < clients; c++) {
      long[] mine = new long[2_000_000];
      latencies.add(mine);
      int client = c;
      Thread thread = new Thread(() -> {
        SlackRequests requests = new SlackRequests(port);
        int i = 0;
        try {
          while (System.nanoTime() < end && i < mine.length) {
            long n = sent.getAndIncrement();
            long t0 = System.nanoTime();
            HttpResponse<String> response = ask(requests, slack, n * 31 + client);
            mine[i++] = System.nanoTime() - t0;
            if (response.statusCode() != 200) {
              errors.incrementAndGet();
            }
          }
        } catch (RuntimeException e) {
          errors.incrementAndGet();
        } finally {
          mine[mine.length - 1] = i;
          done.countDown();
        }
      }, "bench-" + c);
      thread.start();
    }
    done.await();
    double elapsed = (System.nanoTime() - start) / 1e9;
    long[] all = latencies.stream().flatMapToLong(l -> Arrays.stream(l, 0, (int) l[l.length - 1])).sorted().toArray();
    Result result = new Result(name, all.length / elapsed, all[all.length / 2] / 1e6, all[(int) (all.length * 0.99)] / 1e6, errors.get());
    slack.reset();
    System.out.println(result.line());
    return result;
  }

  private static void report(List<Result> bots, List<Result> minimals, int clients, int seconds, int rounds) throws IOException {
    Result bot = best(bots);
    Result minimal = best(minimals);
    StringBuilder out = new StringBuilder();
    out.append(String.format(Locale.ROOT, "Slack slash-command benchmark: %d clients, %d rounds of %d s per app, alternating, loopback, %d cores%n",
        clients, rounds, seconds, Runtime.getRuntime().availableProcessors()));
    bots.forEach(r -> out.append("  ").append(r.line()).append('\n'));
    minimals.forEach(r -> out.append("  ").append(r.line()).append('\n'));
    out.append("Best round of each:\n  ").append(bot.line()).append("\n  ").append(minimal.line()).append('\n');
    out.append(String.format(Locale.ROOT, "Ratio (PCREF Bot / minimal Bolt app, req/s): %.2f (target >= 0.80)%n", bot.perSecond() / minimal.perSecond()));
    System.out.print(out);
    Files.writeString(Path.of("target", "slack-benchmark.txt"), out);
  }

  private static Result best(List<Result> results) {
    return results.stream().max((a, b) -> Double.compare(a.perSecond(), b.perSecond())).orElseThrow();
  }

}

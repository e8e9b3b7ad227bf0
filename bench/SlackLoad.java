import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The Slack benchmark's client in a process of its own (run by {@code bench/slack.sh
 * -Dbench.client=outside}): signed {@code /pcref} slash commands, each with its own trigger id and a
 * fresh signature, as Slack sends them, to two apps in alternating one-second slices, rotating
 * through every question of the question set. Only the JDK is needed: {@code java SlackLoad.java
 * BOT_URL MINIMAL_URL SECRET RESPONSE_URL CLIENTS WARMUP SECONDS QUESTION_FILE...}.
 */
public final class SlackLoad {

  record Tally(List<Long> latencies, List<Double> slices, long[] nanosAndErrors) {
    Tally() {
      this(new ArrayList<>(), new ArrayList<>(), new long[2]);
    }

    synchronized void add(long[] some, int count, long errors) {
      for (int i = 0; i < count; i++) {
        latencies.add(some[i]);
      }
      nanosAndErrors[1] += errors;
    }

    String line(String app) {
      long[] all = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
      return String.format(
          Locale.ROOT,
          "%-22s %9.0f req/s   p50 %6.2f ms   p99 %6.2f ms   errors %d",
          app,
          perSecond(),
          all[all.length / 2] / 1e6,
          all[(int) (all.length * 0.99)] / 1e6,
          nanosAndErrors[1]);
    }

    double perSecond() {
      return latencies.size() / (nanosAndErrors[0] / 1e9);
    }
  }

  public static void main(String[] args) throws Exception {
    URI bot = URI.create(args[0]);
    URI minimal = URI.create(args[1]);
    byte[] secret = args[2].getBytes(StandardCharsets.UTF_8);
    String responseUrl = args[3];
    int clients = Integer.parseInt(args[4]);
    int warmup = Integer.parseInt(args[5]);
    int seconds = Integer.parseInt(args[6]);
    List<String> questions = new ArrayList<>();
    for (int i = 7; i < args.length; i++) {
      questions.addAll(questions(Path.of(args[i])));
    }
    HttpClient[] connections = new HttpClient[clients * 2];
    for (int i = 0; i < connections.length; i++) {
      connections[i] = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    }
    AtomicLong sent = new AtomicLong();
    Tally warmBot = new Tally();
    Tally warmMinimal = new Tally();
    for (int s = 0; s < warmup; s++) {
      slice(bot, connections, 0, clients, secret, responseUrl, questions, sent, warmBot);
      slice(minimal, connections, clients, clients, secret, responseUrl, questions, sent, warmMinimal);
    }
    Tally measuredBot = new Tally();
    Tally measuredMinimal = new Tally();
    for (int s = 0; s < seconds; s++) {
      slice(bot, connections, 0, clients, secret, responseUrl, questions, sent, measuredBot);
      slice(
          minimal, connections, clients, clients, secret, responseUrl, questions, sent,
          measuredMinimal);
    }
    int pairs = Math.min(measuredBot.slices().size(), measuredMinimal.slices().size());
    double[] ratios = new double[pairs];
    for (int i = 0; i < pairs; i++) {
      ratios[i] = measuredBot.slices().get(i) / measuredMinimal.slices().get(i);
    }
    Arrays.sort(ratios);
    System.out.printf(
        Locale.ROOT,
        "Client in its own process: %d clients, %d s per app in alternating 1-s slices, %d questions"
            + " (the whole question set)%n  %s%n  %s%n"
            + "Ratio (PCREF Bot / minimal Bolt app, req/s): %.2f%n"
            + "Ratio per pair of slices: median %.2f, quartiles %.2f to %.2f (%d pairs)%n",
        clients,
        seconds,
        questions.size(),
        measuredBot.line("PCREF Bot"),
        measuredMinimal.line("minimal Bolt app"),
        measuredBot.perSecond() / measuredMinimal.perSecond(),
        ratios[pairs / 2],
        ratios[pairs / 4],
        ratios[pairs * 3 / 4],
        pairs);
  }

  /** Every turn of every line of a question set file ({@code question => expected}). */
  static List<String> questions(Path file) throws IOException {
    List<String> found = new ArrayList<>();
    for (String line : Files.readAllLines(file)) {
      if (line.isBlank() || line.startsWith("#") || !line.contains("=>")) {
        continue;
      }
      for (String turn : line.substring(0, line.indexOf("=>")).split(";;")) {
        if (!turn.isBlank()) {
          found.add(turn.strip());
        }
      }
    }
    return found;
  }

  private static void slice(
      URI app,
      HttpClient[] connections,
      int firstConnection,
      int clients,
      byte[] secret,
      String responseUrl,
      List<String> questions,
      AtomicLong sent,
      Tally tally)
      throws InterruptedException {
    long start = System.nanoTime();
    long end = start + 1_000_000_000L;
    AtomicLong inSlice = new AtomicLong();
    CountDownLatch done = new CountDownLatch(clients);
    for (int c = 0; c < clients; c++) {
      HttpClient http = connections[firstConnection + c];
      new Thread(
              () -> {
                long[] mine = new long[100_000];
                int i = 0;
                long errors = 0;
                try {
                  Mac mac = Mac.getInstance("HmacSHA256");
                  mac.init(new SecretKeySpec(secret, "HmacSHA256"));
                  while (System.nanoTime() < end && i < mine.length) {
                    long n = sent.getAndIncrement();
                    inSlice.incrementAndGet();
                    HttpRequest request =
                        signed(app, mac, command(n, questions, responseUrl));
                    long t0 = System.nanoTime();
                    HttpResponse<String> response =
                        http.send(request, HttpResponse.BodyHandlers.ofString());
                    mine[i++] = System.nanoTime() - t0;
                    if (response.statusCode() != 200) {
                      errors++;
                    }
                  }
                } catch (Exception e) {
                  errors++;
                } finally {
                  tally.add(mine, i, errors);
                  done.countDown();
                }
              },
              "load-" + c)
          .start();
    }
    done.await();
    long took = System.nanoTime() - start;
    synchronized (tally) {
      tally.nanosAndErrors()[0] += took;
      tally.slices().add(inSlice.get() / (took / 1e9));
    }
  }

  private static String command(long n, List<String> questions, String responseUrl) {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("token", "legacy-verification-token");
    form.put("team_id", "T0TEAM");
    form.put("team_domain", "trust");
    form.put("channel_id", "C" + (n % 50));
    form.put("channel_name", "bench");
    form.put("user_id", "U" + (n % 500));
    form.put("user_name", "alex");
    form.put("command", "/pcref");
    form.put("text", questions.get((int) (n % questions.size())));
    form.put("api_app_id", "A0APP");
    form.put("response_url", responseUrl);
    form.put("trigger_id", UUID.randomUUID().toString());
    return form.entrySet().stream()
        .map(
            e ->
                URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                    + "="
                    + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }

  /** Signed as Slack signs: {@code v0=} HMAC-SHA256 of {@code v0:timestamp:body}. */
  private static HttpRequest signed(URI app, Mac mac, String body) {
    String timestamp = Long.toString(System.currentTimeMillis() / 1000);
    byte[] signature =
        mac.doFinal(("v0:" + timestamp + ":" + body).getBytes(StandardCharsets.UTF_8));
    return HttpRequest.newBuilder(app)
        .header("Content-Type", "application/x-www-form-urlencoded")
        .header("X-Slack-Request-Timestamp", timestamp)
        .header("X-Slack-Signature", "v0=" + HexFormat.of().formatHex(signature))
        .POST(HttpRequest.BodyPublishers.ofString(body))
        .build();
  }
}

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Soak test of the running server (the real jar, Slack over HTTP, the embedded H2 file): signed
 * {@code /pcref} slash commands at a fixed rate from many distinct conversations, while the
 * server's RSS, heap after a full GC, thread count and H2 file size are sampled. Then the server is
 * stopped, the file measured, the server started and stopped once more, the file measured again,
 * and the live data in it counted. Run by bench/soak.sh; loopback only.
 *
 * <p>Options (name=value): rate (200 per second), seconds (180), sample (10 seconds between
 * samples), conversations (35000 distinct user/channel pairs), jar, data (a folder; default a fresh
 * one under bot-app/target), out (histograms and logs), jvm (extra JVM options for the server,
 * space-separated), histograms (true: a class histogram per sample, whose full GC gives the live
 * heap; false leaves the heap alone), restart (true).
 */
public final class Soak {

  static final String SECRET = "soak-signing-secret";
  static final String TEAM = "T0SOAK";

  /** Questions and follow-ups; each visit of a conversation asks the next one. */
  static final List<String> QUESTIONS = List.of(
      "what does good mean for co-production?", "and outstanding?", "define co-learning",
      "how do we get from good to outstanding in workforce?", "which competency mentions the WRES?", "define intersectionality",
      "what does outstanding mean for cultural awareness?", "and developing?", "aims of partnership working",
      "what does developing mean for trauma informed care?", "what is the evidence for leadership?", "help",
      "what does requires improvement mean for co-production?", "and good?", "define cultural humility", "what is PCREF?");

  public static void main(String[] args) throws Exception {
    Map<String, String> o = new HashMap<>();
    for (String a : args) {
      int eq = a.indexOf('=');
      o.put(a.substring(0, eq).replaceFirst("^--", ""), a.substring(eq + 1));
    }
    int rate = Integer.parseInt(o.getOrDefault("rate", "200"));
    int seconds = Integer.parseInt(o.getOrDefault("seconds", "180"));
    int every = Integer.parseInt(o.getOrDefault("sample", "10"));
    int conversations = Integer.parseInt(o.getOrDefault("conversations", "35000"));
    Path jar = Path.of(o.getOrDefault("jar", "bot-app/target/pcref-bot.jar")).toAbsolutePath();
    Path out = Path.of(o.getOrDefault("out", "bot-app/target/soak")).toAbsolutePath();
    Path data = Path.of(o.getOrDefault("data", out.resolve("data").toString())).toAbsolutePath();
    List<String> jvm = o.getOrDefault("jvm", "").isBlank() ? List.of() : Arrays.asList(o.get("jvm").trim().split("\\s+"));
    boolean histograms = Boolean.parseBoolean(o.getOrDefault("histograms", "true"));
    boolean restart = Boolean.parseBoolean(o.getOrDefault("restart", "true"));
    Files.createDirectories(out);
    Files.createDirectories(data);

    SlackStandIn slack = new SlackStandIn();
    Server server = Server.start(jar, jvm, data, slack, out.resolve("server.log"));
    System.out.printf(Locale.ROOT, "server pid %d on port %d, data %s, JVM options %s%n", server.pid(), server.port, data, jvm);
    System.out.printf(Locale.ROOT, "%d req/s for %d s over %d conversations, a sample every %d s%n%n", rate, seconds, conversations, every);
    System.out.printf(Locale.ROOT, "%6s %9s %8s %8s %9s %9s %8s %8s %7s %10s %8s%n",
        "t(s)", "sent", "errors", "RSS MB", "heap MB", "liveHeap", "threads", "H2 MB", "p50 ms", "p99 ms", "behind");

    Load load = new Load(server.port, slack.responseUrl(), rate, conversations);
    Thread pacer = new Thread(() -> load.run(seconds), "soak-pacer");
    long start = System.nanoTime();
    pacer.start();
    List<String> table = new ArrayList<>();
    for (int t = 0; t <= seconds; t += every) {
      long wake = start + TimeUnit.SECONDS.toNanos(t);
      long wait = wake - System.nanoTime();
      if (wait > 0) {
        TimeUnit.NANOSECONDS.sleep(wait);
      }
      String line = sample(t, server, load, data, out, histograms);
      System.out.println(line);
      table.add(line);
    }
    pacer.join();
    load.close();
    System.out.printf(Locale.ROOT, "%nsent %d, errors %d, replies posted to response_url %d%n", load.sent.get(), load.errors.get(), slack.responses.get());

    server.stop();
    long afterStop = h2Bytes(data);
    long restarted = -1;
    long afterRestart = -1;
    if (restart) {
      Server again = Server.start(jar, jvm, data, slack, out.resolve("server-restart.log"));
      restarted = h2Bytes(data);
      again.stop();
      afterRestart = h2Bytes(data);
    }
    slack.close();
    // The embedded database's password is the data folder's own (db.password there).
    Path passwordFile = data.resolve("db.password");
    String password =
        o.getOrDefault("db-password", Files.exists(passwordFile) ? Files.readString(passwordFile).strip() : "");
    String live = liveData(jar, data, o.getOrDefault("db-user", "sa"), password);
    System.out.printf(Locale.ROOT, "H2 file after stop: %.1f MB; restarted, running: %s; stopped again: %s%n", afterStop / 1e6,
        restarted < 0 ? "(not restarted)" : String.format(Locale.ROOT, "%.1f MB", restarted / 1e6),
        afterRestart < 0 ? "-" : String.format(Locale.ROOT, "%.1f MB", afterRestart / 1e6));
    System.out.println("live data: " + live);
  }

  static String sample(int t, Server server, Load load, Path data, Path out, boolean histograms) {
    Map<String, String> status = procStatus(server.pid());
    long heapUsed = -1;
    long liveHeap = -1;
    try {
      String info = jcmd(server.pid(), "GC.heap_info");
      heapUsed = committedHeap(info);
      if (histograms) {
        // A class histogram makes a full GC first: its total is the live heap.
        String histogram = jcmd(server.pid(), "GC.class_histogram");
        Files.writeString(out.resolve(String.format(Locale.ROOT, "histogram-%05d.txt", t)), histogram);
        String[] lines = histogram.strip().split("\n");
        String[] total = lines[lines.length - 1].trim().split("\\s+");
        liveHeap = Long.parseLong(total[2]);
      }
      if (server.nmt) {
        Files.writeString(out.resolve(String.format(Locale.ROOT, "nmt-%05d.txt", t)), jcmd(server.pid(), "VM.native_memory", "summary"));
      }
    } catch (IOException | RuntimeException e) {
      // A sample without the heap figures is still a sample.
    }
    long[] latency = load.takeLatencies();
    return String.format(Locale.ROOT, "%6d %9d %8d %8.1f %9.1f %9.1f %8s %8.1f %7.2f %10.2f %8d",
        t, load.sent.get(), load.errors.get(), kb(status.get("VmRSS")) / 1024.0, heapUsed / 1048576.0, liveHeap / 1048576.0,
        status.getOrDefault("Threads", "?"), h2Bytes(data) / 1e6, latency[0] / 1e6, latency[1] / 1e6, load.behind());
  }

  /** The committed heap ("garbage-first heap total NNNK" or the like) from GC.heap_info. */
  static long committedHeap(String info) {
    var m = java.util.regex.Pattern.compile("total (?:reserved \\d+K, committed )?(\\d+)K").matcher(info);
    return m.find() ? Long.parseLong(m.group(1)) * 1024 : -1;
  }

  static long kb(String value) {
    return value == null ? -1 : Long.parseLong(value.replaceAll("[^0-9]", ""));
  }

  static Map<String, String> procStatus(long pid) {
    Map<String, String> fields = new HashMap<>();
    try {
      for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
        int colon = line.indexOf(':');
        if (colon > 0) {
          fields.put(line.substring(0, colon), line.substring(colon + 1).trim());
        }
      }
    } catch (IOException gone) {
      // The process has ended.
    }
    return fields;
  }

  static String jcmd(long pid, String... command) throws IOException {
    List<String> line = new ArrayList<>(List.of("jcmd", String.valueOf(pid)));
    line.addAll(List.of(command));
    Process p = new ProcessBuilder(line).redirectErrorStream(true).start();
    String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    try {
      p.waitFor(60, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return text;
  }

  static long h2Bytes(Path data) {
    try {
      Path file = data.resolve("pcref.mv.db");
      return Files.exists(file) ? Files.size(file) : 0;
    } catch (IOException e) {
      return -1;
    }
  }

  /**
   * Rows and characters in the file's tables, read through H2 itself (from the jar's lib folder),
   * opened read-only so that opening it changes nothing.
   */
  static String liveData(Path jar, Path data, String user, String password) throws Exception {
    Path lib = jar.getParent().resolve("lib");
    Path h2;
    try (var files = Files.list(lib)) {
      h2 = files.filter(f -> f.getFileName().toString().matches("h2-.*\\.jar")).findFirst().orElseThrow();
    }
    var loader = new java.net.URLClassLoader(new java.net.URL[] {h2.toUri().toURL()}, Soak.class.getClassLoader());
    var driver = (java.sql.Driver) Class.forName("org.h2.Driver", true, loader).getDeclaredConstructor().newInstance();
    var props = new java.util.Properties();
    props.put("user", user);
    props.put("password", password);
    StringBuilder text = new StringBuilder();
    try (Connection c = driver.connect("jdbc:h2:file:" + data + "/pcref;ACCESS_MODE_DATA=r", props);
        Statement s = c.createStatement()) {
      long total = 0;
      try (ResultSet r = s.executeQuery("SELECT COUNT(*), COALESCE(SUM(LENGTH(state)), 0) FROM conversations")) {
        r.next();
        text.append(String.format(Locale.ROOT, "conversations %d rows, %.2f MB of JSON", r.getLong(1), r.getLong(2) / 1e6));
        total += r.getLong(2);
      }
      List<String> tables = new ArrayList<>();
      try (ResultSet r = s.executeQuery("SELECT table_name FROM information_schema.tables WHERE table_schema = 'PUBLIC' AND table_name <> 'CONVERSATIONS'")) {
        while (r.next()) {
          tables.add(r.getString(1));
        }
      }
      for (String table : tables) {
        try (ResultSet r = s.executeQuery("SELECT COUNT(*) FROM \"" + table + "\"")) {
          r.next();
          if (r.getLong(1) > 0) {
            text.append(String.format(Locale.ROOT, "; %s %d rows", table.toLowerCase(Locale.ROOT), r.getLong(1)));
          }
        }
      }
    }
    return text.toString();
  }

  /** The server as a process of its own, started from the jar as an operator would. */
  static final class Server {
    final Process process;
    final int port;
    final boolean nmt;

    private Server(Process process, int port, boolean nmt) {
      this.process = process;
      this.port = port;
      this.nmt = nmt;
    }

    long pid() {
      return process.pid();
    }

    static Server start(Path jar, List<String> jvm, Path data, SlackStandIn slack, Path log) throws Exception {
      int port;
      try (ServerSocket free = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
        port = free.getLocalPort();
      }
      List<String> command = new ArrayList<>(List.of("java"));
      command.addAll(jvm);
      command.addAll(List.of("-jar", jar.toString(), "serve", "--server.port=" + port, "--server.address=127.0.0.1"));
      ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
      Map<String, String> env = builder.environment();
      env.put("SLACK_API_URL", slack.apiUrl());
      env.put("SLACK_SIGNING_SECRET", SECRET);
      env.put("SLACK_BOT_TOKEN", "xoxb-soak");
      env.put("PCREF_DATA_DIR", data.toString());
      env.put("LOGGING_LEVEL_ROOT", "WARN");
      Process process = builder.start();
      HttpClient http = HttpClient.newHttpClient();
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
      while (System.nanoTime() < deadline) {
        if (!process.isAlive()) {
          throw new IllegalStateException("the server stopped at start; see " + log);
        }
        try {
          HttpResponse<String> health = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health")).build(),
              HttpResponse.BodyHandlers.ofString());
          if (health.body().contains("UP")) {
            return new Server(process, port, jvm.stream().anyMatch(a -> a.startsWith("-XX:NativeMemoryTracking")));
          }
        } catch (IOException notYet) {
          // Still starting.
        }
        Thread.sleep(250);
      }
      process.destroyForcibly();
      throw new IllegalStateException("the server did not answer its health check within 180 s; see " + log);
    }

    /** SIGTERM, as an operator stopping it would: the server closes the database cleanly. */
    void stop() throws InterruptedException {
      process.destroy();
      if (!process.waitFor(120, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor();
      }
    }
  }

  /** Slack's Web API (auth.test and the rest answer ok) and the response_urls, on loopback. */
  static final class SlackStandIn implements AutoCloseable {
    final HttpServer server;
    final AtomicLong responses = new AtomicLong();

    SlackStandIn() throws IOException {
      server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
      server.createContext("/", exchange -> {
        exchange.getRequestBody().readAllBytes();
        String path = exchange.getRequestURI().getPath();
        String body;
        if (path.startsWith("/respond/")) {
          responses.incrementAndGet();
          body = "ok";
        } else if (path.endsWith("auth.test")) {
          body = "{\"ok\":true,\"url\":\"https://soak.example/\",\"team\":\"Soak\",\"user\":\"pcref\",\"team_id\":\"" + TEAM
              + "\",\"user_id\":\"U0BOT\",\"bot_id\":\"B0BOT\"}";
        } else if (path.endsWith("chat.postMessage")) {
          body = "{\"ok\":true,\"channel\":\"C1\",\"ts\":\"1700000000." + System.nanoTime() % 1_000_000 + "\"}";
        } else {
          body = "{\"ok\":true}";
        }
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        exchange.sendResponseHeaders(200, bytes.length);
        try (OutputStream os = exchange.getResponseBody()) {
          os.write(bytes);
        }
      });
      server.setExecutor(Executors.newFixedThreadPool(2));
      server.start();
    }

    String apiUrl() {
      return "http://127.0.0.1:" + server.getAddress().getPort() + "/api/";
    }

    String responseUrl() {
      return "http://127.0.0.1:" + server.getAddress().getPort() + "/respond/soak";
    }

    @Override
    public void close() {
      server.stop(0);
      ((ExecutorService) server.getExecutor()).shutdownNow();
    }
  }

  /**
   * Open-loop load: request n is due at n / rate seconds, whatever the server's pace, sent by a
   * bounded pool. Request n comes from conversation n mod conversations (user U<c> in channel
   * C<c mod 500>), which asks its next question each visit.
   */
  static final class Load {
    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    final ExecutorService senders = Executors.newFixedThreadPool(32);
    final URI endpoint;
    final String responseUrl;
    final int rate;
    final int conversations;
    final AtomicLong sent = new AtomicLong();
    final AtomicLong scheduled = new AtomicLong();
    final AtomicLong errors = new AtomicLong();
    final Mac mac;
    private long[] latencies = new long[1 << 16];
    private int count;

    Load(int port, String responseUrl, int rate, int conversations) throws Exception {
      this.endpoint = URI.create("http://127.0.0.1:" + port + "/slack/events");
      this.responseUrl = responseUrl;
      this.rate = rate;
      this.conversations = conversations;
      this.mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    }

    void run(int seconds) {
      long start = System.nanoTime();
      long total = (long) rate * seconds;
      for (long n = 0; n < total; n++) {
        long due = start + n * 1_000_000_000L / rate;
        long wait = due - System.nanoTime();
        if (wait > 0) {
          try {
            TimeUnit.NANOSECONDS.sleep(wait);
          } catch (InterruptedException e) {
            return;
          }
        }
        long request = n;
        scheduled.incrementAndGet();
        senders.execute(() -> send(request));
      }
    }

    /** Requests due but not yet answered. */
    long behind() {
      return scheduled.get() - sent.get();
    }

    void send(long n) {
      int c = (int) (n % conversations);
      int visit = (int) (n / conversations);
      Map<String, String> form = new LinkedHashMap<>();
      form.put("token", "legacy-verification-token");
      form.put("team_id", TEAM);
      form.put("team_domain", "soak");
      form.put("channel_id", "C" + (c % 500));
      form.put("channel_name", "ward-" + (c % 500));
      form.put("user_id", "U" + c);
      form.put("user_name", "user" + c);
      form.put("command", "/pcref");
      form.put("text", QUESTIONS.get((c + visit) % QUESTIONS.size()));
      form.put("api_app_id", "A0APP");
      form.put("response_url", responseUrl);
      form.put("trigger_id", n + ".1.2");
      StringBuilder body = new StringBuilder();
      form.forEach((k, v) -> body.append(body.length() == 0 ? "" : "&").append(URLEncoder.encode(k, StandardCharsets.UTF_8))
          .append('=').append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
      String timestamp = String.valueOf(Instant.now().getEpochSecond());
      String signature;
      synchronized (mac) {
        signature = "v0=" + HexFormat.of().formatHex(mac.doFinal(("v0:" + timestamp + ":" + body).getBytes(StandardCharsets.UTF_8)));
      }
      HttpRequest request = HttpRequest.newBuilder(endpoint)
          .timeout(Duration.ofSeconds(10))
          .header("Content-Type", "application/x-www-form-urlencoded")
          .header("X-Slack-Request-Timestamp", timestamp)
          .header("X-Slack-Signature", signature)
          .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
          .build();
      long t0 = System.nanoTime();
      try {
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
          errors.incrementAndGet();
        }
      } catch (IOException | InterruptedException e) {
        errors.incrementAndGet();
      }
      record(System.nanoTime() - t0);
      sent.incrementAndGet();
    }

    synchronized void record(long nanos) {
      if (count < latencies.length) {
        latencies[count++] = nanos;
      }
    }

    /** p50 and p99 since the last call. */
    synchronized long[] takeLatencies() {
      if (count == 0) {
        return new long[] {0, 0};
      }
      long[] some = Arrays.copyOf(latencies, count);
      count = 0;
      Arrays.sort(some);
      return new long[] {some[some.length / 2], some[(int) (some.length * 0.99)]};
    }

    void close() throws InterruptedException {
      senders.shutdown();
      senders.awaitTermination(30, TimeUnit.SECONDS);
    }
  }
}

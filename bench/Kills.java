import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A bad day, seen from outside: the real server (the jar, Slack over HTTP against a local stand-in,
 * the embedded H2 file) killed with SIGKILL at random moments while many people run one-competency
 * check-ins by slash command, restarted each time on the same data folder. At the end the H2 file
 * is read (read-only) and every answer the bot acknowledged is looked for in it; every check-in
 * summary that reached the stand-in is counted against the check-ins stored. Run by bench/kills.sh;
 * loopback only.
 *
 * <p>Each person (user U<i> alone in channel C<i>) is strictly sequential: {@code checkin
 * co-production}, then a level, then a note unique to that attempt ({@code note-<i>-<n>}), each
 * next step chosen from what the bot last said (asked for a level: a level; asked for a note: a
 * note; anything else, or no answer: {@code checkin co-production} again, which either starts the
 * next check-in or says where the current one is).
 *
 * <p>Options (name=value): kills (20), people (200), rate (75 commands per second, roughly: each
 * person waits up to 2 * people / rate seconds between commands), up-min / up-max (3 / 8: seconds
 * the server runs, once up, before each kill), after (15: seconds of load after the last restart),
 * quiet (0; 210 or more lets the minute sweep post owed summaries before anything else does), collect (true:
 * then one {@code team} command per person, which posts what is still owed), jar, out, jvm.
 */
public final class Kills {

  static final String SECRET = "kills-signing-secret";
  static final String TEAM = "T0KILL";
  static final String START = "checkin co-production";
  static final String ASKS_LEVEL = "Which level fits your team now?";
  static final String ASKS_NOTE = "Add an evidence note?";
  static final String DONE = "Check-in done";
  static final Pattern NOTE = Pattern.compile("note-(\\d+)-(\\d+)(?!\\d)");
  static final List<String> LEVELS = List.of("good", "developing", "outstanding");

  public static void main(String[] args) throws Exception {
    Map<String, String> o = new HashMap<>();
    for (String a : args) {
      int eq = a.indexOf('=');
      o.put(a.substring(0, eq).replaceFirst("^--", ""), a.substring(eq + 1));
    }
    int kills = Integer.parseInt(o.getOrDefault("kills", "20"));
    int people = Integer.parseInt(o.getOrDefault("people", "200"));
    double rate = Double.parseDouble(o.getOrDefault("rate", "75"));
    double upMin = Double.parseDouble(o.getOrDefault("up-min", "3"));
    double upMax = Double.parseDouble(o.getOrDefault("up-max", "8"));
    int after = Integer.parseInt(o.getOrDefault("after", "15"));
    int quiet = Integer.parseInt(o.getOrDefault("quiet", "0"));
    boolean collect = Boolean.parseBoolean(o.getOrDefault("collect", "true"));
    Path jar = Path.of(o.getOrDefault("jar", "bot-app/target/pcref-bot.jar")).toAbsolutePath();
    Path out = Path.of(o.getOrDefault("out", "bot-app/target/kills")).toAbsolutePath();
    Path data = out.resolve("data");
    List<String> jvm = o.getOrDefault("jvm", "").isBlank() ? List.of() : List.of(o.get("jvm").trim().split("\\s+"));
    Files.createDirectories(data);

    SlackStandIn slack = new SlackStandIn();
    int port;
    try (ServerSocket free = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      port = free.getLocalPort();
    }
    Servers servers = new Servers(jar, jvm, data, slack, out, port);
    long t0 = System.nanoTime();
    servers.start();
    System.out.printf(Locale.ROOT, "server on port %d, data %s; %d people, ~%.0f commands/s, %d kills%n", port, data, people, rate, kills);

    Load load = new Load(port, slack, servers, people, rate);
    load.start();
    List<Double> downtimes = new ArrayList<>();
    for (int k = 1; k <= kills; k++) {
      Thread.sleep((long) (1000 * (upMin + ThreadLocalRandom.current().nextDouble() * (upMax - upMin))));
      long sentBefore = load.sent.get();
      long killedAt = System.nanoTime();
      servers.kill();
      servers.start();
      double down = (System.nanoTime() - killedAt) / 1e9;
      downtimes.add(down);
      System.out.printf(Locale.ROOT, "%6.0f s  kill %2d: down %.1f s; commands sent %d, acknowledged notes %d%n",
          (System.nanoTime() - t0) / 1e9, k, down, sentBefore, load.acknowledged.size());
    }
    Thread.sleep(after * 1000L);
    load.stop();
    System.out.printf(Locale.ROOT, "%6.0f s  load stopped: %d commands (%.1f/s), %d refused or failed, %d not 200%n",
        (System.nanoTime() - t0) / 1e9, load.sent.get(), load.sent.get() / ((System.nanoTime() - t0) / 1e9), load.failed.get(), load.non200.get());
    if (quiet > 0) {
      Thread.sleep(quiet * 1000L);
      System.out.printf(Locale.ROOT, "%6.0f s  after %d s quiet: summaries by chat.postMessage %d%n",
          (System.nanoTime() - t0) / 1e9, quiet, slack.sweeps.get());
    }
    if (collect) {
      slack.phase = " (team at the end)";
      load.collect();
      System.out.printf(Locale.ROOT, "%6.0f s  one team command per person sent%n", (System.nanoTime() - t0) / 1e9);
    }
    servers.stop();
    slack.close();

    Path passwordFile = data.resolve("db.password");
    String password = Files.exists(passwordFile) ? Files.readString(passwordFile).strip() : "";
    Map<String, String> stored = notesStored(jar, data, "sa", password);
    report(load, slack, stored, downtimes, kills, out);
  }

  /** What the run shows, as a table, also written to table.txt. */
  static void report(Load load, SlackStandIn slack, Map<String, String> stored, List<Double> downtimes, int kills, Path out)
      throws IOException {
    Set<String> acked = new HashSet<>(load.acknowledged);
    long ackedStored = acked.stream().filter(stored::containsKey).count();
    List<String> lost = acked.stream().filter(n -> !stored.containsKey(n)).sorted().toList();
    Set<String> ours = new HashSet<>();
    stored.keySet().stream().filter(n -> NOTE.matcher(n).matches()).forEach(ours::add);
    long otherNotes = stored.size() - ours.size();
    // Summaries: every post that says "Check-in done", by the note in it.
    Map<String, List<String>> posts = new HashMap<>();
    for (SlackStandIn.Post post : slack.summaries) {
      for (String note : post.notes()) {
        posts.computeIfAbsent(note, n -> new ArrayList<>()).add(post.source());
      }
    }
    long posted = ours.stream().filter(posts::containsKey).count();
    List<String> neverPosted = ours.stream().filter(n -> !posts.containsKey(n)).sorted().toList();
    List<String> twice = posts.entrySet().stream().filter(e -> e.getValue().size() > 1).map(Map.Entry::getKey).sorted().toList();
    List<String> summarisedNotStored = posts.keySet().stream().filter(n -> !stored.containsKey(n)).sorted().toList();
    Map<String, Long> bySource = new LinkedHashMap<>();
    for (List<String> sources : posts.values()) {
      for (String s : sources) {
        bySource.merge(s, 1L, Long::sum);
      }
    }
    double meanDown = downtimes.stream().mapToDouble(Double::doubleValue).average().orElse(0);
    List<String> rows = new ArrayList<>();
    rows.add(String.format(Locale.ROOT, "kills (SIGKILL)                                   %8d   (mean time to healthy again %.1f s)", kills, meanDown));
    rows.add(String.format(Locale.ROOT, "commands sent                                     %8d   (%d refused/failed, %d not 200)", load.sent.get(), load.failed.get(), load.non200.get()));
    rows.add(String.format(Locale.ROOT, "notes sent                                        %8d", load.notesSent.get()));
    rows.add(String.format(Locale.ROOT, "answers acknowledged (note taken, summary back)   %8d", acked.size()));
    rows.add(String.format(Locale.ROOT, "  of those found in the database                  %8d", ackedStored));
    rows.add(String.format(Locale.ROOT, "  LOST (acknowledged, not stored)                 %8d", lost.size()));
    rows.add(String.format(Locale.ROOT, "check-ins finished (ratings stored)               %8d   (+%d stored but never acknowledged)", ours.size(), ours.size() - ackedStored));
    rows.add(String.format(Locale.ROOT, "  whose summary reached the stand-in              %8d", posted));
    rows.add(String.format(Locale.ROOT, "  summary NEVER posted                            %8d", neverPosted.size()));
    rows.add(String.format(Locale.ROOT, "summaries posted more than once                   %8d", twice.size()));
    rows.add(String.format(Locale.ROOT, "summaries naming a note the database lacks        %8d", summarisedNotStored.size()));
    rows.add(String.format(Locale.ROOT, "ratings with a note no one sent as a note         %8d", otherNotes));
    rows.add("summary posts by way: " + bySource);
    List<String> detail = new ArrayList<>();
    detail.add("lost: " + lost);
    detail.add("never posted: " + neverPosted);
    detail.add("posted more than once: " + twice.stream().map(n -> n + posts.get(n)).toList());
    detail.add("summarised, not stored: " + summarisedNotStored);
    System.out.println();
    rows.forEach(System.out::println);
    detail.forEach(d -> System.out.println(d.length() > 2000 ? d.substring(0, 2000) + "..." : d));
    List<String> all = new ArrayList<>(rows);
    all.addAll(detail);
    Files.write(out.resolve("table.txt"), all);
  }

  /** note -> check-in id, for every rating in the file, read through H2 from the jar's lib folder. */
  static Map<String, String> notesStored(Path jar, Path data, String user, String password) throws Exception {
    Path lib = jar.getParent().resolve("lib");
    Path h2;
    try (var files = Files.list(lib)) {
      h2 = files.filter(f -> f.getFileName().toString().matches("h2-.*\\.jar")).findFirst().orElseThrow();
    }
    var loader = new java.net.URLClassLoader(new java.net.URL[] {h2.toUri().toURL()}, Kills.class.getClassLoader());
    var driver = (java.sql.Driver) Class.forName("org.h2.Driver", true, loader).getDeclaredConstructor().newInstance();
    var props = new java.util.Properties();
    props.put("user", user);
    props.put("password", password);
    Map<String, String> notes = new HashMap<>();
    try (Connection c = driver.connect("jdbc:h2:file:" + data + "/pcref;ACCESS_MODE_DATA=r", props);
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT note, check_in_id FROM ratings")) {
      while (r.next()) {
        notes.put(r.getString(1), r.getString(2));
      }
    }
    return notes;
  }

  /** The server process, killed and started again on the same port and data folder. */
  static final class Servers {
    final Path jar;
    final List<String> jvm;
    final Path data;
    final SlackStandIn slack;
    final Path out;
    final int port;
    final AtomicLong generation = new AtomicLong();
    volatile boolean up;
    private Process process;
    private int starts;

    Servers(Path jar, List<String> jvm, Path data, SlackStandIn slack, Path out, int port) {
      this.jar = jar;
      this.jvm = jvm;
      this.data = data;
      this.slack = slack;
      this.out = out;
      this.port = port;
    }

    void start() throws Exception {
      List<String> command = new ArrayList<>(List.of("java"));
      command.addAll(jvm);
      command.addAll(List.of("-jar", jar.toString(), "serve", "--server.port=" + port, "--server.address=127.0.0.1"));
      Path log = out.resolve(String.format(Locale.ROOT, "server-%02d.log", starts++));
      ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
      Map<String, String> env = builder.environment();
      env.put("SLACK_API_URL", slack.apiUrl());
      env.put("SLACK_SIGNING_SECRET", SECRET);
      env.put("SLACK_BOT_TOKEN", "xoxb-kills");
      env.put("PCREF_DATA_DIR", data.toString());
      env.put("LOGGING_LEVEL_ROOT", "WARN");
      env.put("LOGGING_LEVEL_ORG_PCREF", "INFO");
      process = builder.start();
      HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
      while (System.nanoTime() < deadline) {
        if (!process.isAlive()) {
          throw new IllegalStateException("the server stopped at start; see " + log);
        }
        try {
          HttpResponse<String> health = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health"))
              .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
          if (health.body().contains("UP")) {
            up = true;
            return;
          }
        } catch (IOException notYet) {
          // Still starting.
        }
        Thread.sleep(200);
      }
      throw new IllegalStateException("the server did not answer its health check within 180 s; see " + log);
    }

    /** SIGKILL; returns once the process is gone, so its lock on the data folder is released. */
    void kill() throws InterruptedException {
      up = false;
      generation.incrementAndGet();
      process.destroyForcibly().waitFor();
    }

    void stop() throws InterruptedException {
      up = false;
      process.destroy();
      if (!process.waitFor(120, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor();
      }
    }
  }

  /**
   * Slack's Web API and the response_urls on loopback. Each command has a response_url of its own
   * ({@code /respond/<request>}); every body is kept with its request, and every summary ("Check-in
   * done") with the notes it names and how it came.
   */
  static final class SlackStandIn implements AutoCloseable {
    record Post(String source, Set<String> notes) {}

    final HttpServer server;
    final Map<String, Load.Box> boxes = new ConcurrentHashMap<>();
    /** The note each note command carried, by request, kept after its box is gone. */
    final Map<String, String> noteOf = new ConcurrentHashMap<>();
    final ConcurrentLinkedQueue<Post> summaries = new ConcurrentLinkedQueue<>();
    final AtomicLong sweeps = new AtomicLong();
    /** Set once the last team commands go out, so their posts can be told apart. */
    volatile String phase = "";

    SlackStandIn() throws IOException {
      server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
      server.createContext("/", exchange -> {
        String received = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String path = exchange.getRequestURI().getPath();
        String body;
        if (path.startsWith("/respond/")) {
          String request = path.substring("/respond/".length());
          Load.Box box = boxes.get(request);
          if (received.contains(DONE)) {
            boolean own = notesIn(received).contains(noteOf.getOrDefault(request, "-"));
            summaries.add(new Post((own ? "response_url of its note" : "response_url of a later command") + phase, notesIn(received)));
          }
          if (box != null) {
            box.add(received);
          }
          body = "ok";
        } else if (path.endsWith("auth.test")) {
          body = "{\"ok\":true,\"url\":\"https://kills.example/\",\"team\":\"Kills\",\"user\":\"pcref\",\"team_id\":\"" + TEAM
              + "\",\"user_id\":\"U0BOT\",\"bot_id\":\"B0BOT\"}";
        } else if (path.endsWith("chat.postMessage")) {
          String text = URLDecoder.decode(received, StandardCharsets.UTF_8);
          if (text.contains(DONE)) {
            summaries.add(new Post("chat.postMessage" + phase, notesIn(text)));
            sweeps.incrementAndGet();
          }
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
      server.setExecutor(Executors.newFixedThreadPool(8));
      server.start();
    }

    static Set<String> notesIn(String text) {
      Set<String> notes = new LinkedHashSet<>();
      Matcher m = NOTE.matcher(text);
      while (m.find()) {
        notes.add(m.group());
      }
      return notes;
    }

    String apiUrl() {
      return "http://127.0.0.1:" + server.getAddress().getPort() + "/api/";
    }

    String responseUrl(String request) {
      return "http://127.0.0.1:" + server.getAddress().getPort() + "/respond/" + request;
    }

    @Override
    public void close() {
      server.stop(0);
      ((ExecutorService) server.getExecutor()).shutdownNow();
    }
  }

  /** The people, one thread each, every one strictly sequential. */
  static final class Load {
    /** The bodies that came back for one command: its ack, then its response_url posts. */
    static final class Box {
      final String note;
      final StringBuilder bodies = new StringBuilder();

      Box(String note) {
        this.note = note;
      }

      synchronized void add(String body) {
        bodies.append(body).append('\n');
        notifyAll();
      }

      synchronized String text() {
        return bodies.toString();
      }

      /** Waits until the bodies say where the check-in is, the deadline passes or the server is killed. */
      synchronized String await(long deadline, Servers servers, long generation) throws InterruptedException {
        while (!answered(bodies.toString(), note) && System.nanoTime() < deadline && servers.generation.get() == generation) {
          wait(Math.max(1, Math.min(100, (deadline - System.nanoTime()) / 1_000_000)));
        }
        return bodies.toString();
      }
    }

    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
    final URI endpoint;
    final SlackStandIn slack;
    final Servers servers;
    final int people;
    final double rate;
    final Mac mac;
    final AtomicLong sent = new AtomicLong();
    final AtomicLong failed = new AtomicLong();
    final AtomicLong non200 = new AtomicLong();
    final AtomicLong notesSent = new AtomicLong();
    final Set<String> acknowledged = ConcurrentHashMap.newKeySet();
    final List<Thread> threads = new ArrayList<>();
    volatile boolean running = true;
    private final AtomicLong requests = new AtomicLong();

    Load(int port, SlackStandIn slack, Servers servers, int people, double rate) throws Exception {
      this.endpoint = URI.create("http://127.0.0.1:" + port + "/slack/events");
      this.slack = slack;
      this.servers = servers;
      this.people = people;
      this.rate = rate;
      this.mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    }

    static boolean answered(String text, String note) {
      return text.contains(ASKS_LEVEL) || text.contains(ASKS_NOTE) || (note != null && SlackStandIn.notesIn(text).contains(note) && text.contains(DONE));
    }

    void start() {
      for (int i = 0; i < people; i++) {
        int person = i;
        Thread t = new Thread(() -> person(person), "person-" + i);
        t.setDaemon(true);
        threads.add(t);
        t.start();
      }
    }

    void stop() throws InterruptedException {
      running = false;
      for (Thread t : threads) {
        t.join(30_000);
      }
    }

    /** One team command per person, a few at a time: what is still owed comes with the answer. */
    void collect() throws InterruptedException {
      ExecutorService pool = Executors.newFixedThreadPool(8);
      for (int i = 0; i < people; i++) {
        int person = i;
        pool.execute(() -> {
          try {
            String request = "team-" + person;
            Box box = new Box(null);
            slack.boxes.put(request, box);
            send(person, "team", request, box);
          } catch (Exception e) {
            // Counted as failed by send.
          }
        });
      }
      pool.shutdown();
      pool.awaitTermination(5, TimeUnit.MINUTES);
      Thread.sleep(5_000); // the response_url posts follow their acks
    }

    void person(int person) {
      ThreadLocalRandom random = ThreadLocalRandom.current();
      double meanGap = people / rate;
      String next = START;
      int attempt = 0;
      try {
        Thread.sleep((long) (random.nextDouble() * meanGap * 1000));
        while (running) {
          String note = null;
          String text = next;
          if (next.equals("note")) {
            note = "note-" + person + "-" + (++attempt);
            text = note;
            notesSent.incrementAndGet();
          }
          String request = person + "-" + requests.incrementAndGet();
          Box box = new Box(note);
          slack.boxes.put(request, box);
          if (note != null) {
            slack.noteOf.put(request, note);
          }
          long generation = servers.generation.get();
          Integer status = send(person, text, request, box);
          next = START;
          if (status != null && status == 200) {
            boolean ackHadBody = !box.text().isBlank();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(ackHadBody ? 4 : 10);
            String answer = box.await(deadline, servers, generation);
            if (note != null && answer.contains(DONE) && SlackStandIn.notesIn(answer).contains(note)) {
              acknowledged.add(note);
            } else if (answer.contains(ASKS_NOTE)) {
              next = "note";
            } else if (answer.contains(ASKS_LEVEL)) {
              next = LEVELS.get(random.nextInt(LEVELS.size()));
            }
          } else {
            // Refused (the server is down or starting): wait until it is up, then carry on.
            while (running && !servers.up) {
              Thread.sleep(200);
            }
            Thread.sleep((long) (random.nextDouble() * 2000));
          }
          slack.boxes.remove(request);
          Thread.sleep((long) (random.nextDouble() * 2 * meanGap * 1000));
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }

    /** Sends one signed slash command; the ack's body goes in the box. The status, or null when none came. */
    Integer send(int person, String text, String request, Box box) throws InterruptedException {
      Map<String, String> form = new LinkedHashMap<>();
      form.put("token", "legacy-verification-token");
      form.put("team_id", TEAM);
      form.put("team_domain", "kills");
      form.put("channel_id", "C" + person);
      form.put("channel_name", "ward-" + person);
      form.put("user_id", "U" + person);
      form.put("user_name", "person" + person);
      form.put("command", "/pcref");
      form.put("text", text);
      form.put("api_app_id", "A0APP");
      form.put("response_url", slack.responseUrl(request));
      form.put("trigger_id", request + ".1.2");
      StringBuilder body = new StringBuilder();
      form.forEach((k, v) -> body.append(body.length() == 0 ? "" : "&").append(URLEncoder.encode(k, StandardCharsets.UTF_8))
          .append('=').append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
      String timestamp = String.valueOf(Instant.now().getEpochSecond());
      String signature;
      synchronized (mac) {
        signature = "v0=" + HexFormat.of().formatHex(mac.doFinal(("v0:" + timestamp + ":" + body).getBytes(StandardCharsets.UTF_8)));
      }
      HttpRequest post = HttpRequest.newBuilder(endpoint)
          .timeout(Duration.ofSeconds(10))
          .header("Content-Type", "application/x-www-form-urlencoded")
          .header("X-Slack-Request-Timestamp", timestamp)
          .header("X-Slack-Signature", signature)
          .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
          .build();
      sent.incrementAndGet();
      try {
        HttpResponse<String> response = http.send(post, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
          non200.incrementAndGet();
        } else {
          box.add(response.body());
        }
        return response.statusCode();
      } catch (IOException e) {
        failed.incrementAndGet();
        return null;
      }
    }
  }
}

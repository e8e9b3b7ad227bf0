package org.pcref.slack;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.function.Predicate;

/**
 * A local stand-in for Slack: the Web API under {@code /api/}, {@code response_url}s under {@code
 * /respond/} and the addresses files are uploaded to under {@code /upload/}. It records every call
 * and answers {@code {"ok":true}} unless told otherwise, one scripted answer at a time per method.
 */
public final class SlackStub implements AutoCloseable {

  /** One call Slack received. */
  public record Call(String path, Map<String, String> headers, String body) {
    public String method() {
      return path.startsWith("/api/") ? path.substring(5) : path;
    }

    /** A form field of an API call, or the raw body when it is JSON. */
    public String param(String name) {
      return form().get(name);
    }

    public Map<String, String> form() {
      Map<String, String> fields = new LinkedHashMap<>();
      for (String pair : body.split("&")) {
        int eq = pair.indexOf('=');
        if (eq > 0) {
          fields.put(
              URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
              URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
      }
      return fields;
    }

    /** Everything sent, form fields decoded, to search in. */
    public String content() {
      return body.startsWith("{") ? body : String.join("\n", form().values());
    }
  }

  /** A scripted answer. */
  public record Answer(int status, Map<String, String> headers, String body) {
    public static Answer ok(String json) {
      return new Answer(200, Map.of(), json);
    }

    public static Answer rateLimited(int retryAfterSeconds) {
      return new Answer(
          429,
          Map.of("Retry-After", String.valueOf(retryAfterSeconds)),
          "{\"ok\":false,\"error\":\"ratelimited\"}");
    }
  }

  public static final String BOT_USER = "U0BOT";
  public static final String TEAM = "T0TEAM";

  private final HttpServer server;
  private final List<Call> calls = new ArrayList<>();
  private final Map<String, Deque<Answer>> scripted = new HashMap<>();
  private final Map<String, Answer> standing = new HashMap<>();

  public SlackStub() {
    try {
      server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    server.createContext("/", this::handle);
    server.setExecutor(Executors.newFixedThreadPool(4));
    server.start();
  }

  /** The Web API's address, for {@code SLACK_API_URL}. */
  public String apiUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/api/";
  }

  /** A {@code response_url} that leads here. */
  public String responseUrl(String name) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/respond/" + name;
  }

  /** The next call to {@code method} gets {@code answer}; later ones the default. */
  public synchronized SlackStub then(String method, Answer answer) {
    scripted.computeIfAbsent(method, m -> new ArrayDeque<>()).add(answer);
    return this;
  }

  /** Every call to {@code method} gets {@code answer} (after any scripted with {@link #then}). */
  public synchronized SlackStub always(String method, Answer answer) {
    standing.put(method, answer);
    return this;
  }

  public synchronized List<Call> calls() {
    return List.copyOf(calls);
  }

  public synchronized List<Call> calls(String method) {
    return calls.stream().filter(c -> c.method().equals(method)).toList();
  }

  public synchronized void reset() {
    calls.clear();
    scripted.clear();
  }

  /** Waits until {@code count} calls match, and returns them. */
  public synchronized List<Call> await(Predicate<Call> which, int count, Duration timeout) {
    long end = System.nanoTime() + timeout.toNanos();
    while (true) {
      List<Call> matching = calls.stream().filter(which).toList();
      if (matching.size() >= count) {
        return matching;
      }
      long left = end - System.nanoTime();
      if (left <= 0) {
        throw new AssertionError(
            "expected "
                + count
                + " matching calls to the Slack stub within "
                + timeout
                + ", got "
                + matching.size()
                + "; all calls: "
                + calls.stream().map(Call::path).toList());
      }
      try {
        wait(Math.max(1, left / 1_000_000));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
  }

  public List<Call> await(String method, int count) {
    return await(c -> c.method().equals(method), count, Duration.ofSeconds(10));
  }

  private void handle(HttpExchange exchange) throws IOException {
    String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    Map<String, String> headers = new HashMap<>();
    exchange
        .getRequestHeaders()
        .forEach((k, v) -> headers.put(k.toLowerCase(), String.join(",", v)));
    Call call = new Call(exchange.getRequestURI().getPath(), headers, body);
    Answer answer;
    synchronized (this) {
      calls.add(call);
      Deque<Answer> queue = scripted.get(call.method());
      answer =
          queue != null && !queue.isEmpty()
              ? queue.poll()
              : standing.getOrDefault(call.method(), defaultAnswer(call));
      notifyAll();
    }
    byte[] out = answer.body().getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
    answer.headers().forEach((k, v) -> exchange.getResponseHeaders().set(k, v));
    exchange.sendResponseHeaders(answer.status(), out.length);
    try (OutputStream os = exchange.getResponseBody()) {
      os.write(out);
    }
  }

  /**
   * The id of the file Slack's upload address is for, as {@code files.getUploadURLExternal} gives.
   */
  public static final String FILE_ID = "F0EXPORT1";

  private Answer defaultAnswer(Call call) {
    if (call.path().startsWith("/upload/")) {
      // What Slack's upload address answers once it has the bytes.
      return new Answer(200, Map.of(), "OK - " + call.body().length());
    }
    return switch (call.method()) {
      case "files.getUploadURLExternal" ->
          Answer.ok(
              "{\"ok\":true,\"upload_url\":\"http://127.0.0.1:"
                  + server.getAddress().getPort()
                  + "/upload/"
                  + FILE_ID
                  + "\",\"file_id\":\""
                  + FILE_ID
                  + "\"}");
      case "files.completeUploadExternal" ->
          Answer.ok("{\"ok\":true,\"files\":[{\"id\":\"" + FILE_ID + "\",\"title\":\"export\"}]}");
      case "auth.test" ->
          Answer.ok(
              "{\"ok\":true,\"url\":\"https://pcref.example/\",\"team\":\"Trust\",\"user\":\"pcref\",\"team_id\":\""
                  + TEAM
                  + "\",\"user_id\":\""
                  + BOT_USER
                  + "\",\"bot_id\":\"B0BOT\"}");
      case "conversations.open" ->
          Answer.ok(
              "{\"ok\":true,\"channel\":{\"id\":\"D0DM"
                  + Math.abs(call.content().hashCode() % 1000)
                  + "\"}}");
      case "chat.postMessage" ->
          Answer.ok(
              "{\"ok\":true,\"channel\":\"C1\",\"ts\":\"1700000000."
                  + System.nanoTime() % 1_000_000
                  + "\"}");
      default ->
          call.path().startsWith("/respond/")
              ? new Answer(200, Map.of(), "ok")
              : Answer.ok("{\"ok\":true}");
    };
  }

  @Override
  public void close() {
    server.stop(0);
  }
}

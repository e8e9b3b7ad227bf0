package org.pcref.app.msteams;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A local stand-in for the Bot Connector service (the activity's {@code serviceUrl}): records every
 * reply and card update the bot sends, answers as the connector does, and can be told to fail the
 * next requests (429 with Retry-After, 403, 500). It also serves any fixed documents (OpenID
 * metadata, keys) put in {@link #documents}.
 */
final class ConnectorStub implements AutoCloseable {

  /** One request the bot made, and the activity id the stub answered with. */
  record Request(
      String method, String path, String authorization, JsonNode body, String answeredId) {
    /** Every text the bot showed in this request: message text and card text blocks. */
    String shownText() {
      StringBuilder out = new StringBuilder(body.path("text").asText(""));
      for (JsonNode attachment : body.path("attachments")) {
        attachment
            .path("content")
            .findValuesAsText("text")
            .forEach(t -> out.append('\n').append(t));
      }
      return out.toString();
    }

    List<JsonNode> buttons() {
      List<JsonNode> buttons = new ArrayList<>();
      for (JsonNode attachment : body.path("attachments")) {
        for (JsonNode actions : attachment.path("content").findValues("actions")) {
          actions.forEach(buttons::add);
        }
      }
      return buttons;
    }
  }

  private record Failure(int status, String retryAfter) {}

  private static final ObjectMapper JSON = new ObjectMapper();

  final Map<String, String> documents = new ConcurrentHashMap<>();
  private final HttpServer server;
  private final List<Request> requests = new ArrayList<>();
  private final Deque<Failure> failures = new ArrayDeque<>();
  private final AtomicInteger ids = new AtomicInteger();

  private ConnectorStub(HttpServer server) {
    this.server = server;
  }

  static ConnectorStub start() {
    try {
      HttpServer server =
          HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
      ConnectorStub stub = new ConnectorStub(server);
      server.createContext("/", stub::handle);
      server.start();
      return stub;
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The stub's base URL, as Teams puts it in an activity's serviceUrl. */
  String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/";
  }

  synchronized List<Request> requests() {
    return List.copyOf(requests);
  }

  synchronized void failNext(int status, String retryAfter) {
    failures.add(new Failure(status, retryAfter));
  }

  synchronized void reset() {
    requests.clear();
    failures.clear();
  }

  private void handle(HttpExchange exchange) throws IOException {
    String path = exchange.getRequestURI().getPath();
    String document = documents.get(path);
    if (document != null) {
      respond(exchange, 200, document, null);
      return;
    }
    byte[] raw = exchange.getRequestBody().readAllBytes();
    JsonNode body = raw.length == 0 ? JSON.createObjectNode() : JSON.readTree(raw);
    Failure failure;
    String id =
        exchange.getRequestMethod().equals("PUT")
            ? path.substring(path.lastIndexOf('/') + 1)
            : "reply-" + ids.incrementAndGet();
    synchronized (this) {
      failure = failures.poll();
      requests.add(
          new Request(
              exchange.getRequestMethod(),
              path,
              exchange.getRequestHeaders().getFirst("Authorization"),
              body,
              failure == null ? id : null));
    }
    if (failure != null) {
      respond(
          exchange,
          failure.status(),
          "{\"error\":{\"code\":\"stub\",\"message\":\"failing on purpose\"}}",
          failure.retryAfter());
      return;
    }
    respond(exchange, 200, "{\"id\":\"" + id + "\"}", null);
  }

  private static void respond(HttpExchange exchange, int status, String body, String retryAfter)
      throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", "application/json");
    if (retryAfter != null) {
      exchange.getResponseHeaders().add("Retry-After", retryAfter);
    }
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}

package org.pcref.msteams;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.Attachment;
import com.microsoft.bot.schema.Serialization;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A local stand-in for the Bot Connector service at an activity's {@code serviceUrl}: records every
 * message the bot posts and every card it updates, read back as Bot Framework activities, and
 * answers as the connector does, with the new activity's id.
 */
final class ConnectorStub implements AutoCloseable {

  /**
   * One request the bot made to the connector, the activity id it was given, and the size of its
   * body in bytes.
   */
  record Sent(String method, String path, Activity activity, String id, int bytes) {

    boolean isUpdate() {
      return method.equals("PUT");
    }

    /** Everything the person sees of it: the message's text and the text blocks of its cards. */
    String shown() {
      StringBuilder out = new StringBuilder(activity.getText() == null ? "" : activity.getText());
      for (JsonNode card : cards()) {
        card.findValuesAsText("text").forEach(text -> out.append('\n').append(text));
        card.findParents("valueOn")
            .forEach(toggle -> out.append('\n').append(toggle.path("title").asText()));
      }
      return out.toString();
    }

    /** The Adaptive Cards it carries. */
    List<JsonNode> cards() {
      List<JsonNode> cards = new ArrayList<>();
      if (activity.getAttachments() != null) {
        for (Attachment attachment : activity.getAttachments()) {
          if (CardRenderer.CONTENT_TYPE.equals(attachment.getContentType())) {
            cards.add(Serialization.objectToTree(attachment.getContent()));
          }
        }
      }
      return cards;
    }

    /** The buttons of its cards. */
    List<JsonNode> buttons() {
      List<JsonNode> buttons = new ArrayList<>();
      for (JsonNode card : cards()) {
        for (JsonNode actions : card.findValues("actions")) {
          actions.forEach(buttons::add);
        }
        buttons.addAll(card.findValues("selectAction"));
      }
      return buttons;
    }
  }

  private final HttpServer server;
  private final List<Sent> sent = new ArrayList<>();
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

  /** The stub's base URL, as Teams gives it in an activity's serviceUrl. */
  String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/";
  }

  synchronized List<Sent> sent() {
    return List.copyOf(sent);
  }

  private void handle(HttpExchange exchange) throws IOException {
    String path = exchange.getRequestURI().getPath();
    String method = exchange.getRequestMethod();
    byte[] raw = exchange.getRequestBody().readAllBytes();
    String body = new String(raw, StandardCharsets.UTF_8);
    Activity activity =
        body.isBlank()
            ? new Activity(null)
            : Serialization.treeToValue(Serialization.jsonToTree(body), Activity.class);
    String id =
        method.equals("PUT")
            ? path.substring(path.lastIndexOf('/') + 1)
            : "reply-" + ids.incrementAndGet();
    synchronized (this) {
      sent.add(new Sent(method, path, activity, id, raw.length));
    }
    byte[] answer = ("{\"id\":\"" + id + "\"}").getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", "application/json");
    exchange.sendResponseHeaders(200, answer.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(answer);
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}

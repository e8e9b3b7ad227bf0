package org.pcref.app.slack;

import com.slack.api.app_backend.SlackSignature;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Requests built and signed as Slack builds and signs them ({@code v0=} HMAC-SHA256 of {@code
 * v0:timestamp:body} with the signing secret), sent over real HTTP to {@code /slack/events}.
 */
final class SlackRequests {

  static final String SECRET = "test-signing-secret";

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final URI endpoint;
  private final SlackSignature.Generator signer;

  SlackRequests(int port, String secret) {
    this.endpoint = URI.create("http://127.0.0.1:" + port + "/slack/events");
    this.signer = new SlackSignature.Generator(secret);
  }

  SlackRequests(int port) {
    this(port, SECRET);
  }

  /** A slash command, form-encoded as Slack sends it. */
  HttpResponse<String> command(
      String teamId,
      String channelId,
      String channelName,
      String userId,
      String text,
      String responseUrl) {
    return post(
        commandForm(
            teamId,
            channelId,
            channelName,
            userId,
            text,
            responseUrl,
            java.util.UUID.randomUUID().toString()),
        "application/x-www-form-urlencoded");
  }

  /** The body of a slash command with its {@code trigger_id}, form-encoded as Slack sends it. */
  static String commandForm(
      String teamId,
      String channelId,
      String channelName,
      String userId,
      String text,
      String responseUrl,
      String triggerId) {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("token", "legacy-verification-token");
    form.put("team_id", teamId);
    form.put("team_domain", "trust");
    form.put("channel_id", channelId);
    form.put("channel_name", channelName);
    form.put("user_id", userId);
    form.put("user_name", "alex");
    form.put("command", "/pcref");
    form.put("text", text);
    form.put("api_app_id", "A0APP");
    form.put("response_url", responseUrl);
    form.put("trigger_id", triggerId);
    return form(form);
  }

  /** An Events API callback. */
  HttpResponse<String> event(
      String teamId, String eventId, String eventJson, Map<String, String> extraHeaders) {
    String body =
        "{\"token\":\"legacy\",\"team_id\":\""
            + teamId
            + "\",\"api_app_id\":\"A0APP\",\"event\":"
            + eventJson
            + ",\"type\":\"event_callback\",\"event_id\":\""
            + eventId
            + "\",\"event_time\":"
            + Instant.now().getEpochSecond()
            + ",\"authorizations\":[{\"team_id\":\""
            + teamId
            + "\",\"user_id\":\"U0BOT\",\"is_bot\":true}]}";
    return send(body, "application/json", signedNow(body), extraHeaders);
  }

  /** An interaction ({@code block_actions}), form-encoded as {@code payload=<json>}. */
  HttpResponse<String> interaction(String payloadJson) {
    return post(
        "payload=" + URLEncoder.encode(payloadJson, StandardCharsets.UTF_8),
        "application/x-www-form-urlencoded");
  }

  HttpResponse<String> post(String body, String contentType) {
    return send(body, contentType, signedNow(body), Map.of());
  }

  /** Sends {@code body} with exactly these signature headers (null leaves one out). */
  HttpResponse<String> send(
      String body, String contentType, Signature signature, Map<String, String> extraHeaders) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(endpoint)
            .timeout(Duration.ofSeconds(10))
            .header("Content-Type", contentType)
            .POST(HttpRequest.BodyPublishers.ofString(body));
    if (signature.timestamp() != null) {
      request.header("X-Slack-Request-Timestamp", signature.timestamp());
    }
    if (signature.value() != null) {
      request.header("X-Slack-Signature", signature.value());
    }
    extraHeaders.forEach(request::header);
    try {
      return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  record Signature(String timestamp, String value) {}

  Signature signedNow(String body) {
    return signedAt(Instant.now(), body);
  }

  Signature signedAt(Instant when, String body) {
    String timestamp = String.valueOf(when.getEpochSecond());
    return new Signature(timestamp, signer.generate(timestamp, body));
  }

  static String form(Map<String, String> fields) {
    return fields.entrySet().stream()
        .map(
            e ->
                URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                    + "="
                    + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }

  static String json(String text) {
    return com.slack.api.util.json.GsonFactory.createSnakeCase().toJson(text);
  }
}

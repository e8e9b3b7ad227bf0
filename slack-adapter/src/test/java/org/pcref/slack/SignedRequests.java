package org.pcref.slack;

import com.slack.api.app_backend.SlackSignature;
import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.model.event.Event;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Requests sent over HTTP to {@code /slack/events} and signed as Slack signs them ({@code v0=}
 * HMAC-SHA256 of {@code v0:timestamp:body} with the signing secret, by Bolt's own generator).
 */
final class SignedRequests {

  static final String SECRET = "adapter-test-signing-secret";
  static final String JSON = "application/json";
  static final String FORM = "application/x-www-form-urlencoded";

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final SlackSignature.Generator signer = new SlackSignature.Generator(SECRET);
  private final URI endpoint;

  SignedRequests(URI endpoint) {
    this.endpoint = endpoint;
  }

  HttpResponse<String> event(String eventId, Event event, Map<String, String> headers) {
    String body = SlackPayloads.eventCallback(eventId, event);
    String timestamp = now();
    return send(body, JSON, timestamp, sign(timestamp, body), headers);
  }

  /** A button press, form-encoded as {@code payload=<json>}. */
  HttpResponse<String> interaction(BlockActionPayload payload) {
    return post(
        "payload="
            + URLEncoder.encode(SlackPayloads.SLACK_JSON.toJson(payload), StandardCharsets.UTF_8),
        FORM);
  }

  /** A slash command, form-encoded. */
  HttpResponse<String> command(Map<String, String> fields) {
    return post(form(fields), FORM);
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

  /** Posts {@code body} signed now. */
  HttpResponse<String> post(String body, String contentType) {
    String timestamp = now();
    return send(body, contentType, timestamp, sign(timestamp, body), Map.of());
  }

  String sign(String timestamp, String body) {
    return signer.generate(timestamp, body);
  }

  static String now() {
    return String.valueOf(Instant.now().getEpochSecond());
  }

  /** Posts {@code body} with exactly these signature headers (null leaves one out). */
  HttpResponse<String> send(
      String body,
      String contentType,
      String timestamp,
      String signature,
      Map<String, String> headers) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(endpoint)
            .timeout(Duration.ofSeconds(10))
            .header("Content-Type", contentType)
            .POST(HttpRequest.BodyPublishers.ofString(body));
    if (timestamp != null) {
      request.header(SlackSignature.HeaderNames.X_SLACK_REQUEST_TIMESTAMP, timestamp);
    }
    if (signature != null) {
      request.header(SlackSignature.HeaderNames.X_SLACK_SIGNATURE, signature);
    }
    headers.forEach(request::header);
    try {
      return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}

package org.pcref.slack;

import com.slack.api.app_backend.SlackSignature;
import com.slack.api.bolt.App;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.RequestHeaders;
import com.slack.api.bolt.response.Response;
import com.slack.api.bolt.util.QueryStringParser;
import com.slack.api.bolt.util.SlackRequestParser;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.pcref.core.message.SeenKeys;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code POST /slack/events}: every request Slack sends (slash commands, events, button presses).
 * Unlike Bolt's own servlet it checks the request before reading anything in it: the body is read
 * raw and capped, its signature and timestamp (5-minute window) verified, and only then parsed. An
 * unsigned, altered or stale request gets 401, a malformed or oversized one 400 or 413; none
 * reaches a handler, and none is answered with a 5xx. (A 503 means the bot's own database is down:
 * Slack retries the event later.)
 */
final class SlackEventsServlet extends HttpServlet {

  /** Far above any payload Slack sends (a button press carries its whole message). */
  public static final int MAX_BODY_BYTES = 1 << 20;

  private static final Logger LOG = LoggerFactory.getLogger(SlackEventsServlet.class);

  private final transient App app;
  private final transient BooleanSupplier connected;
  private final transient SlackRequestParser parser;
  private final transient RequestSignature signature;

  SlackEventsServlet(App app, String signingSecret) {
    this(app, signingSecret, () -> true);
  }

  /**
   * @param connected whether Slack has been reached; until then requests get 503, which Slack
   *     retries
   */
  SlackEventsServlet(App app, String signingSecret, BooleanSupplier connected) {
    this.connected = connected;
    this.app = app;
    this.parser = new SlackRequestParser(app.config());
    this.signature = new RequestSignature(signingSecret);
  }

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    if (request.getContentLengthLong() > MAX_BODY_BYTES) {
      write(response, 413, "request too large");
      return;
    }
    byte[] bytes;
    try (InputStream in = request.getInputStream()) {
      bytes = in.readNBytes(MAX_BODY_BYTES + 1);
    }
    if (bytes.length > MAX_BODY_BYTES) {
      write(response, 413, "request too large");
      return;
    }
    if (!signature.isValid(
        request.getHeader(SlackSignature.HeaderNames.X_SLACK_REQUEST_TIMESTAMP),
        bytes,
        request.getHeader(SlackSignature.HeaderNames.X_SLACK_SIGNATURE),
        System.currentTimeMillis() / 1000)) {
      write(response, 401, "invalid request");
      return;
    }
    String body = new String(bytes, StandardCharsets.UTF_8);
    Request<?> slackRequest;
    try {
      slackRequest =
          parser.parse(
              SlackRequestParser.HttpRequest.builder()
                  .requestUri(request.getRequestURI())
                  .queryString(QueryStringParser.toMap(request.getQueryString()))
                  .headers(new RequestHeaders(headers(request)))
                  .requestBody(body)
                  .remoteAddress(request.getRemoteAddr())
                  .build());
    } catch (RuntimeException malformed) {
      LOG.info(
          "Refused a signed Slack request that could not be read: {}",
          malformed.getClass().getSimpleName());
      write(response, 400, "malformed request");
      return;
    }
    if (slackRequest == null) {
      write(response, 400, "unknown request");
      return;
    }
    if (!connected.getAsBoolean()) {
      response.setHeader("Retry-After", "30");
      write(response, 503, "not connected to Slack yet");
      return;
    }
    try {
      write(response, app.run(slackRequest));
    } catch (SeenKeys.Unavailable e) {
      // Not handled, and not recorded as handled: Slack sends the event again in a while.
      LOG.error("Slack event left for Slack to retry: {}", e.getMessage());
      write(response, 503, "try again later");
    } catch (Exception e) {
      // A signed request whose content the handlers could not use: the request's fault, not the
      // server's.
      LOG.warn(
          "Could not handle a Slack {} request: {}", slackRequest.getRequestType(), e.toString());
      write(response, 400, "request not handled");
    }
  }

  private static Map<String, List<String>> headers(HttpServletRequest request) {
    Map<String, List<String>> headers = new HashMap<>();
    for (String name : Collections.list(request.getHeaderNames())) {
      headers.put(name, Collections.list(request.getHeaders(name)));
    }
    return headers;
  }

  private static void write(HttpServletResponse response, int status, String error)
      throws IOException {
    write(response, Response.json(status, "{\"error\":\"" + error + "\"}"));
  }

  /** Bolt's response as UTF-8 bytes with their length (Tomcat's writer is slow with such text). */
  private static void write(HttpServletResponse response, Response slackResponse)
      throws IOException {
    response.setStatus(slackResponse.getStatusCode());
    slackResponse
        .getHeaders()
        .forEach((name, values) -> values.forEach(value -> response.addHeader(name, value)));
    String contentType = slackResponse.getContentType();
    if (contentType != null) {
      response.setHeader(
          "Content-Type",
          contentType.contains("charset") ? contentType : contentType + "; charset=utf-8");
    }
    if (slackResponse.getBody() != null) {
      byte[] body = EncodedBodies.utf8(slackResponse.getBody());
      response.setContentLength(body.length);
      response.getOutputStream().write(body);
    }
  }
}

package org.pcref.slack;

import com.slack.api.app_backend.SlackSignature;
import com.slack.api.bolt.App;
import com.slack.api.bolt.jakarta_servlet.ServletAdapterOps;
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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code POST /slack/events}: every request Slack sends (slash commands, events, button presses).
 * Unlike Bolt's own servlet it checks the request before reading anything in it: the body is read
 * raw and capped, its signature and timestamp (5-minute window) verified, and only then parsed. An
 * unsigned, altered or stale request gets 401, a malformed or oversized one 400 or 413; none reaches
 * a handler, and none is answered with a 5xx.
 */
public final class SlackEventsServlet extends HttpServlet {

  /** Far above any payload Slack sends (a button press carries its whole message). */
  public static final int MAX_BODY_BYTES = 1 << 20;

  /** How far a request's timestamp may be from now, as Slack recommends. */
  static final long WINDOW_SECONDS = 5 * 60;

  private static final Logger LOG = LoggerFactory.getLogger(SlackEventsServlet.class);

  private final transient App app;
  private final transient SlackRequestParser parser;
  private final transient SlackSignature.Verifier verifier;

  public SlackEventsServlet(App app, String signingSecret) {
    this.app = app;
    this.parser = new SlackRequestParser(app.config());
    this.verifier = new SlackSignature.Verifier(new SlackSignature.Generator(signingSecret));
  }

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
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
    String body = new String(bytes, StandardCharsets.UTF_8);
    if (!signed(request, body)) {
      write(response, 401, "invalid request");
      return;
    }
    Request<?> slackRequest;
    try {
      slackRequest = parser.parse(SlackRequestParser.HttpRequest.builder()
          .requestUri(request.getRequestURI())
          .queryString(QueryStringParser.toMap(request.getQueryString()))
          .headers(new RequestHeaders(headers(request)))
          .requestBody(body)
          .remoteAddress(request.getRemoteAddr())
          .build());
    } catch (RuntimeException malformed) {
      LOG.info("Refused a signed Slack request that could not be read: {}", malformed.getClass().getSimpleName());
      write(response, 400, "malformed request");
      return;
    }
    if (slackRequest == null) {
      write(response, 400, "unknown request");
      return;
    }
    try {
      ServletAdapterOps.writeResponse(response, app.run(slackRequest));
    } catch (Exception e) {
      // A signed request whose content the handlers could not use: the request's fault, not the server's.
      LOG.warn("Could not handle a Slack {} request: {}", slackRequest.getRequestType(), e.toString());
      write(response, 400, "request not handled");
    }
  }

  private boolean signed(HttpServletRequest request, String body) {
    String timestamp = request.getHeader(SlackSignature.HeaderNames.X_SLACK_REQUEST_TIMESTAMP);
    String signature = request.getHeader(SlackSignature.HeaderNames.X_SLACK_SIGNATURE);
    if (timestamp == null || signature == null) {
      return false;
    }
    try {
      // Bolt's check lets a timestamp from the future through; Slack's rule is five minutes either way.
      long age = System.currentTimeMillis() / 1000 - Long.parseLong(timestamp.strip());
      return Math.abs(age) <= WINDOW_SECONDS && verifier.isValid(timestamp, body, signature);
    } catch (RuntimeException unreadable) {
      return false;
    }
  }

  private static Map<String, List<String>> headers(HttpServletRequest request) {
    Map<String, List<String>> headers = new HashMap<>();
    for (String name : Collections.list(request.getHeaderNames())) {
      headers.put(name, Collections.list(request.getHeaders(name)));
    }
    return headers;
  }

  private static void write(HttpServletResponse response, int status, String error) throws IOException {
    ServletAdapterOps.writeResponse(response, Response.json(status, "{\"error\":\"" + error + "\"}"));
  }
}

package org.pcref.app.logs;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.slf4j.MDC;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives every request a turn id, in the log's context ({@code turn}) while it is handled and on the
 * thread that finishes the turn later (see {@link #carried}), so that each log line of a turn names
 * it. The id is made here, never taken from the request, so a caller cannot forge log lines.
 */
public final class TurnIds extends OncePerRequestFilter {

  /** The key of the turn id in the log's context (MDC), and in JSON log lines. */
  public static final String KEY = "turn";

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    try (MDC.MDCCloseable turn = MDC.putCloseable(KEY, next())) {
      chain.doFilter(request, response);
    }
  }

  /**
   * {@code task} with the log context of the thread that hands it over, so a turn finished on
   * another thread (Slack's, after the acknowledgement) keeps its id; a task handed over outside
   * any turn (Socket Mode) gets an id of its own.
   */
  public static Runnable carried(Runnable task) {
    Map<String, String> context = MDC.getCopyOfContextMap();
    String id = context != null && context.containsKey(KEY) ? context.get(KEY) : next();
    return () -> {
      Map<String, String> before = MDC.getCopyOfContextMap();
      if (context != null) {
        MDC.setContextMap(context);
      }
      MDC.put(KEY, id);
      try {
        task.run();
      } finally {
        if (before == null) {
          MDC.clear();
        } else {
          MDC.setContextMap(before);
        }
      }
    };
  }

  /** Eight hex digits: enough to tell a turn from the others of the same hour. */
  private static String next() {
    return String.format("%08x", ThreadLocalRandom.current().nextInt());
  }
}

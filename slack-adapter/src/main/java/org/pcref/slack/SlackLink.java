package org.pcref.slack;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.pcref.core.message.Backoff;
import org.pcref.core.message.Untrusted;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Whether the bot has reached Slack yet. With one workspace, Bolt asks Slack who the bot is ({@code
 * auth.test}) before it takes any request; when Slack cannot be reached, or refuses the token, the
 * bot starts all the same (Teams and health with it), says so in one log line, and tries again in
 * the background, after 1, 2, 4 … seconds, at most a minute apart, until Slack answers. Until then
 * Slack's requests get 503, which Slack retries.
 */
final class SlackLink {

  static final Duration FIRST_PAUSE = Duration.ofSeconds(1);
  static final Duration LONGEST_PAUSE = Duration.ofMinutes(1);

  /** After this many failures the pause has reached its longest and stays there. */
  private static final int DOUBLINGS = 7;

  private static final Logger LOG = LoggerFactory.getLogger(SlackLink.class);

  private final CountDownLatch stopped = new CountDownLatch(1);
  private volatile boolean connected;
  private volatile String problem = "not tried yet";
  private Thread retrying;

  /** Already connected: nothing to ask Slack first (apps installed by OAuth). */
  static SlackLink connected() {
    SlackLink link = new SlackLink();
    link.connected = true;
    link.problem = null;
    return link;
  }

  /** Tries {@code connect} now and then in the background until it succeeds. */
  static SlackLink connecting(Runnable connect, Duration firstPause) {
    SlackLink link = new SlackLink();
    if (!link.tryOnce(connect, true)) {
      link.retrying = new Thread(() -> link.retry(connect, firstPause), "slack-connect");
      link.retrying.setDaemon(true);
      link.retrying.start();
    }
    return link;
  }

  boolean isConnected() {
    return connected;
  }

  /** Why Slack is not connected yet, or null when it is. */
  String problem() {
    return connected ? null : problem;
  }

  void stop() {
    stopped.countDown();
  }

  private void retry(Runnable connect, Duration firstPause) {
    Backoff backoff = new Backoff(Integer.MAX_VALUE, firstPause, 2);
    int failed = 1;
    try {
      while (!stopped.await(pause(backoff, failed).toMillis(), TimeUnit.MILLISECONDS)) {
        if (tryOnce(connect, false)) {
          LOG.info("Slack: connected");
          return;
        }
        failed++;
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static Duration pause(Backoff backoff, int failed) {
    Duration wait = backoff.after(Math.min(failed, DOUBLINGS), null).orElse(LONGEST_PAUSE);
    return wait.compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : wait;
  }

  private boolean tryOnce(Runnable connect, boolean first) {
    try {
      connect.run();
      connected = true;
      problem = null;
      return true;
    } catch (RuntimeException e) {
      String reason = reason(e);
      if (first || !Objects.equals(reason, problem)) {
        LOG.warn(
            "Slack: not connected ({}); the bot runs without Slack and tries again in the background",
            reason);
      }
      problem = reason;
      return false;
    }
  }

  /** The innermost cause, in one short line: never a token, never a stack trace. */
  private static String reason(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String message =
        root.getMessage() == null ? "" : ": " + root.getMessage().lines().findFirst().orElse("");
    return Untrusted.forLog(root.getClass().getSimpleName() + message);
  }
}

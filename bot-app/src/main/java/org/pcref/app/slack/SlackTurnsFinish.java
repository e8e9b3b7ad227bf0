package org.pcref.app.slack;

import java.time.Duration;
import java.util.concurrent.ThreadPoolExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.server.context.WebServerGracefulShutdownLifecycle;
import org.springframework.context.SmartLifecycle;

/**
 * On shutdown, lets the Slack turns already acknowledged finish before the database closes: Slack
 * has been told they were received, and will not send them again. Stops after the web server has
 * stopped taking requests, so no turn is queued behind it.
 */
final class SlackTurnsFinish implements SmartLifecycle {

  private static final Logger LOG = LoggerFactory.getLogger(SlackTurnsFinish.class);

  private final ThreadPoolExecutor executor;
  private final Duration patience;
  private volatile boolean running;

  SlackTurnsFinish(ThreadPoolExecutor executor, Duration patience) {
    this.executor = executor;
    this.patience = patience;
  }

  @Override
  public void start() {
    running = true;
  }

  /**
   * Waits until no turn is running or queued, or the patience is spent. The executor stays usable:
   * a context stopped this way may be started again (tests pause the servers they keep); it is shut
   * down when the context closes.
   */
  @Override
  public void stop() {
    running = false;
    long deadline = System.nanoTime() + patience.toNanos();
    try {
      while (busy()) {
        if (System.nanoTime() > deadline) {
          LOG.warn(
              "{} Slack turns were still running after {} s; stopping without them",
              executor.getActiveCount() + executor.getQueue().size(),
              patience.toSeconds());
          return;
        }
        Thread.sleep(20);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private boolean busy() {
    return executor.getActiveCount() > 0 || !executor.getQueue().isEmpty();
  }

  @Override
  public boolean isRunning() {
    return running;
  }

  /** Stops after the web server's graceful shutdown, before the web server itself stops. */
  @Override
  public int getPhase() {
    return WebServerGracefulShutdownLifecycle.SMART_LIFECYCLE_PHASE - 512;
  }
}

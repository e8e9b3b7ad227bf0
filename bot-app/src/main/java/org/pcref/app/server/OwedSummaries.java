package org.pcref.app.server;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.pcref.core.conversation.OwedToChannels;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Once a minute, posts the check-in summaries the bot owes channels because it stopped between
 * saving a check-in's last answer and posting its summary ({@link OwedToChannels}). Safe on any
 * number of servers sharing a database: each summary is claimed by one before it is posted.
 */
final class OwedSummaries implements AutoCloseable {

  static final long EVERY_SECONDS = 60;

  private static final Logger log = LoggerFactory.getLogger(OwedSummaries.class);

  private final OwedToChannels owed;
  private final ScheduledExecutorService timer =
      Executors.newSingleThreadScheduledExecutor(
          task -> {
            Thread thread = new Thread(task, "pcref-owed-summaries");
            thread.setDaemon(true);
            return thread;
          });

  OwedSummaries(OwedToChannels owed) {
    this.owed = owed;
  }

  /** Starts the minute's round, the first a minute from now. */
  void start() {
    timer.scheduleWithFixedDelay(this::postQuietly, EVERY_SECONDS, EVERY_SECONDS, TimeUnit.SECONDS);
  }

  /** Never lets a failure end the timer: the next round tries again. */
  private void postQuietly() {
    try {
      int posted = owed.post();
      if (posted > 0) {
        log.info("Posted {} check-in summaries owed to channels", posted);
      }
    } catch (RuntimeException e) {
      log.warn("Could not post owed summaries yet: {}", e.getClass().getSimpleName());
    }
  }

  @Override
  public void close() {
    timer.shutdownNow();
  }
}

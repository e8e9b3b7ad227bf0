package org.pcref.app.storage;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes follow-up contexts in the background, every so often, and once more on close. A failure
 * never ends the writing: what was not written waits for the next try, and the log says how many
 * waited, never whose or what.
 */
final class WriteBehind implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(WriteBehind.class);

  private final Runnable flush;
  private final IntSupplier waiting;
  private final ScheduledExecutorService writer;

  /** Runs {@code flush} every {@code every}, or only on {@link #close()} when it is null. */
  WriteBehind(String threadName, Duration every, Runnable flush, IntSupplier waiting) {
    this.flush = flush;
    this.waiting = waiting;
    if (every == null) {
      this.writer = null;
      return;
    }
    this.writer =
        Executors.newSingleThreadScheduledExecutor(
            task -> {
              Thread thread = new Thread(task, threadName);
              thread.setDaemon(true);
              return thread;
            });
    long millis = every.toMillis();
    writer.scheduleWithFixedDelay(this::flushQuietly, millis, millis, TimeUnit.MILLISECONDS);
  }

  /** Stops writing in the background, then writes what is left. */
  @Override
  public void close() {
    if (writer != null) {
      writer.shutdown();
    }
    flushQuietly();
  }

  private void flushQuietly() {
    try {
      flush.run();
    } catch (RuntimeException | Error e) {
      log.warn(
          "Could not write {} follow-up contexts yet: {}",
          waiting.getAsInt(),
          e.getClass().getSimpleName());
    }
  }
}

package org.pcref.app.storage;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Forgets, soon after start and then every {@link #EVERY}, the conversations that carry nothing any
 * more ({@link JdbcConversationStore#forgetIdle}): without it the table keeps a row for everyone
 * who ever asked a question. Deleting only rows unchanged since they were read, it is safe on any
 * number of servers sharing a database, each doing it on its own.
 */
public final class IdleConversations implements AutoCloseable {

  /**
   * A conversation untouched this long, without a check-in or a team, is forgotten: far past the 30
   * minutes in which "and Outstanding?" still refers to the last question.
   */
  static final Duration FORGET_AFTER = Duration.ofDays(1);

  static final Duration EVERY = Duration.ofHours(1);

  private static final Logger log = LoggerFactory.getLogger(IdleConversations.class);

  private final JdbcConversationStore conversations;
  private final Clock clock;
  private final ScheduledExecutorService timer;

  public IdleConversations(Database database, Clock clock) {
    this.conversations = new JdbcConversationStore(database.dataSource());
    this.clock = clock;
    this.timer =
        Executors.newSingleThreadScheduledExecutor(
            task -> {
              Thread thread = new Thread(task, "pcref-idle-conversations");
              thread.setDaemon(true);
              return thread;
            });
    timer.scheduleWithFixedDelay(this::forgetQuietly, 60, EVERY.toSeconds(), TimeUnit.SECONDS);
  }

  /** Forgets the conversations idle for {@link #FORGET_AFTER}; returns how many. */
  int forget() {
    return conversations.forgetIdle(clock.instant().minus(FORGET_AFTER));
  }

  /** Never lets a failure end the timer: the next round tries again. */
  private void forgetQuietly() {
    try {
      int forgotten = forget();
      if (forgotten > 0) {
        log.info(
            "Forgot {} idle conversations (no check-in, no team, untouched for {})",
            forgotten,
            FORGET_AFTER);
      }
    } catch (RuntimeException e) {
      log.warn("Could not forget idle conversations yet: {}", e.getClass().getSimpleName());
    }
  }

  @Override
  public void close() {
    timer.shutdownNow();
  }
}

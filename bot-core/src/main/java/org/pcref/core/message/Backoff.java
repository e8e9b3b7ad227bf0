package org.pcref.core.message;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * How long to wait before trying a failed delivery again: {@code first} after the first failure,
 * {@code factor} times longer after each one after it, or as long as the platform asked when that
 * is longer; after the last of {@code tries}, no more. The one retry policy of the bot: nudges use
 * it through their scheduler, and Slack's answers for their quick second try.
 *
 * @param tries how many tries in all, the first included
 * @param first the wait after the first failure
 * @param factor how much longer each wait is than the one before
 */
public record Backoff(int tries, Duration first, int factor) {

  public Backoff {
    Objects.requireNonNull(first, "first");
    if (tries < 1 || factor < 1 || first.isNegative()) {
      throw new IllegalArgumentException(
          "a backoff has at least one try, a factor of at least 1 and no negative wait");
    }
  }

  /**
   * The wait after {@code failed} tries have failed (1 after the first), at least {@code asked}
   * (the platform's Retry-After, or zero or null when it said nothing); empty when that was the
   * last try.
   */
  public Optional<Duration> after(int failed, Duration asked) {
    if (failed < 1) {
      throw new IllegalArgumentException("wait after a failed try, not before the first");
    }
    if (failed >= tries) {
      return Optional.empty();
    }
    Duration wait = first;
    for (int i = 1; i < failed; i++) {
      wait = wait.multipliedBy(factor);
    }
    return Optional.of(asked != null && asked.compareTo(wait) > 0 ? asked : wait);
  }
}

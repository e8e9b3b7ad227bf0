package org.pcref.slack;

import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.SlackApiTextResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Set;
import org.pcref.core.message.Delivery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Calls to the Slack Web API that honour its rate limits: a {@code 429} is waited out for as long
 * as its {@code Retry-After} says (up to a limit), Slack's passing errors and network failures are
 * tried again with doubling backoff, and what still fails comes back as a {@link Delivery}, never
 * thrown and never swallowed.
 */
final class SlackCalls {

  /** Waits; a test passes one that only records. */
  @FunctionalInterface
  interface Sleeper {
    void sleep(Duration duration) throws InterruptedException;
  }

  /** One Web API call. */
  @FunctionalInterface
  interface ApiCall<T extends SlackApiTextResponse> {
    T run() throws IOException, SlackApiException;
  }

  /** The response of a call that worked, or why it did not. */
  record Outcome<T>(T response, Delivery failure) {
    boolean ok() {
      return failure == null;
    }
  }

  /** Errors that will not go away by trying again: the address is gone for good. */
  static final Set<String> UNREACHABLE = Set.of(
      "channel_not_found", "is_archived", "not_in_channel", "user_not_found", "user_disabled",
      "account_inactive", "invalid_auth", "token_revoked", "token_expired", "not_authed",
      "cannot_dm_bot", "team_access_not_granted", "app_uninstalled");

  /** Errors worth another try. */
  static final Set<String> PASSING = Set.of(
      "ratelimited", "internal_error", "fatal_error", "service_unavailable", "request_timeout");

  private static final Logger LOG = LoggerFactory.getLogger(SlackCalls.class);

  private final Sleeper sleeper;
  private final int attempts;
  private final Duration firstBackoff;
  private final Duration longestWait;

  /**
   * @param attempts how many times one call is tried in all
   * @param firstBackoff the wait after the first passing failure; it doubles each time
   * @param longestWait a {@code Retry-After} longer than this is not waited out but reported
   */
  SlackCalls(Sleeper sleeper, int attempts, Duration firstBackoff, Duration longestWait) {
    this.sleeper = sleeper;
    this.attempts = attempts;
    this.firstBackoff = firstBackoff;
    this.longestWait = longestWait;
  }

  /** For answers people are waiting for: a couple of quick tries. */
  static SlackCalls interactive() {
    return new SlackCalls(SlackCalls::sleep, 3, Duration.ofMillis(500), Duration.ofSeconds(10));
  }

  /** For nudges, which can wait. */
  static SlackCalls patient() {
    return new SlackCalls(SlackCalls::sleep, 4, Duration.ofSeconds(1), Duration.ofSeconds(60));
  }

  <T extends SlackApiTextResponse> Outcome<T> call(String method, ApiCall<T> apiCall) {
    Duration backoff = firstBackoff;
    Delivery last = null;
    for (int attempt = 1; attempt <= attempts; attempt++) {
      Duration wait;
      try {
        T response = apiCall.run();
        if (response.isOk()) {
          return new Outcome<>(response, null);
        }
        String error = response.getError();
        if (UNREACHABLE.contains(error)) {
          LOG.warn("{}: the address is gone ({})", method, error);
          return new Outcome<>(null, new Delivery.Unreachable(error));
        }
        last = new Delivery.Failed(error, Duration.ZERO);
        if (!PASSING.contains(error)) {
          LOG.warn("{} failed: {}", method, error);
          return new Outcome<>(null, last);
        }
        wait = backoff;
      } catch (SlackApiException e) {
        int status = e.getResponse().code();
        if (status == 429) {
          Duration retryAfter = retryAfter(e.getResponse().header("Retry-After"));
          last = new Delivery.Failed("rate limited by Slack", retryAfter);
          if (retryAfter.compareTo(longestWait) > 0) {
            LOG.warn("{} rate limited for {} s; not waiting that long", method, retryAfter.toSeconds());
            return new Outcome<>(null, last);
          }
          wait = retryAfter;
        } else {
          last = new Delivery.Failed("Slack answered HTTP " + status, Duration.ZERO);
          wait = backoff;
        }
      } catch (IOException e) {
        last = new Delivery.Failed("could not reach Slack: " + e.getClass().getSimpleName(), Duration.ZERO);
        wait = backoff;
      }
      if (attempt == attempts) {
        break;
      }
      LOG.info("{} attempt {} of {} failed ({}); trying again in {} ms", method, attempt, attempts, reason(last), wait.toMillis());
      try {
        sleeper.sleep(wait);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
      backoff = backoff.multipliedBy(2);
    }
    LOG.warn("{} failed after {} attempts: {}", method, attempts, reason(last));
    return new Outcome<>(null, last);
  }

  private static String reason(Delivery delivery) {
    return delivery instanceof Delivery.Failed failed ? failed.reason() : String.valueOf(delivery);
  }

  private static Duration retryAfter(String header) {
    try {
      return Duration.ofSeconds(Math.max(0, Long.parseLong(header == null ? "1" : header.strip())));
    } catch (NumberFormatException e) {
      return Duration.ofSeconds(1);
    }
  }

  private static void sleep(Duration duration) throws InterruptedException {
    Thread.sleep(duration.toMillis());
  }
}

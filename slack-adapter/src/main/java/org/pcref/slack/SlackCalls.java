package org.pcref.slack;

import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.SlackApiTextResponse;
import io.micrometer.core.instrument.Metrics;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import org.pcref.core.message.Backoff;
import org.pcref.core.message.Delivery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Calls to the Slack Web API, with what fails come back as a {@link Delivery}, never thrown and
 * never swallowed: an address gone for good is {@link Delivery.Unreachable}; a {@code 429}, Slack's
 * passing errors and network failures are {@link Delivery.Failed}, with the wait a {@code
 * Retry-After} asks for. Nudges make one try ({@link #once()}) and leave the next to their
 * scheduler. Answers someone is waiting for have no scheduler to send them later, and are lost if
 * not sent now, so they are tried again here by the shared {@link Backoff} ({@link
 * #interactive()}).
 */
final class SlackCalls {

  /** Waits between the tries of an answer; a test passes one that only records. */
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
  static final Set<String> UNREACHABLE =
      Set.of(
          "channel_not_found",
          "is_archived",
          "not_in_channel",
          "user_not_found",
          "user_disabled",
          "account_inactive",
          "invalid_auth",
          "token_revoked",
          "token_expired",
          "not_authed",
          "cannot_dm_bot",
          "team_access_not_granted",
          "app_uninstalled");

  /** Errors worth another try. */
  static final Set<String> PASSING =
      Set.of(
          "ratelimited", "internal_error", "fatal_error", "service_unavailable", "request_timeout");

  private static final String RATE_LIMITED = "rate limited by Slack";

  private static final Logger LOG = LoggerFactory.getLogger(SlackCalls.class);

  private final Backoff backoff;
  private final Duration longestWait;
  private final Sleeper sleeper;

  /**
   * @param backoff how many tries, and the waits between them
   * @param longestWait a wait longer than this (a long {@code Retry-After}) is not waited out but
   *     reported
   */
  SlackCalls(Backoff backoff, Duration longestWait, Sleeper sleeper) {
    this.backoff = backoff;
    this.longestWait = longestWait;
    this.sleeper = sleeper;
  }

  /** For nudges: one try; their scheduler tries again when Slack asked it to wait. */
  static SlackCalls once() {
    return new SlackCalls(new Backoff(1, Duration.ZERO, 1), Duration.ZERO, SlackCalls::sleep);
  }

  /** For answers people are waiting for: a couple of quick tries. */
  static SlackCalls interactive() {
    return new SlackCalls(
        new Backoff(3, Duration.ofMillis(500), 2), Duration.ofSeconds(10), SlackCalls::sleep);
  }

  <T extends SlackApiTextResponse> Outcome<T> call(String method, ApiCall<T> apiCall) {
    for (int tried = 1; ; tried++) {
      Try<T> once = tryOnce(method, apiCall);
      Outcome<T> outcome = once.outcome();
      if (!once.worthAnother() || !(outcome.failure() instanceof Delivery.Failed failed)) {
        return outcome;
      }
      Optional<Duration> wait = backoff.after(tried, failed.retryAfter());
      if (wait.isEmpty()) {
        LOG.warn("{} failed after {} tries: {}", method, tried, failed.reason());
        return outcome;
      }
      if (wait.get().compareTo(longestWait) > 0) {
        LOG.warn(
            "{} failed ({}); not waiting {} s to try again",
            method,
            failed.reason(),
            wait.get().toSeconds());
        return outcome;
      }
      LOG.info(
          "{} try {} of {} failed ({}); trying again in {} ms",
          method,
          tried,
          backoff.tries(),
          failed.reason(),
          wait.get().toMillis());
      try {
        sleeper.sleep(wait.get());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return outcome;
      }
    }
  }

  /** One try, and whether another might go better. */
  private record Try<T>(Outcome<T> outcome, boolean worthAnother) {}

  private static <T extends SlackApiTextResponse> Try<T> tryOnce(
      String method, ApiCall<T> apiCall) {
    Try<T> once = tryAndTell(method, apiCall);
    Metrics.counter(
            "pcref.slack.api.calls", "method", method, "outcome", outcome(once.outcome().failure()))
        .increment();
    return once;
  }

  /** How a call ended, in a few words for the metric: ok, ratelimited, unreachable or failed. */
  private static String outcome(Delivery failure) {
    if (failure == null) {
      return "ok";
    }
    if (failure instanceof Delivery.Unreachable) {
      return "unreachable";
    }
    String reason = ((Delivery.Failed) failure).reason();
    return reason.equals("ratelimited") || reason.equals(RATE_LIMITED) ? "ratelimited" : "failed";
  }

  private static <T extends SlackApiTextResponse> Try<T> tryAndTell(
      String method, ApiCall<T> apiCall) {
    try {
      T response = apiCall.run();
      if (response.isOk()) {
        return new Try<>(new Outcome<>(response, null), false);
      }
      String error = response.getError();
      if (UNREACHABLE.contains(error)) {
        LOG.warn("{}: the address is gone ({})", method, error);
        return new Try<>(new Outcome<>(null, new Delivery.Unreachable(error)), false);
      }
      if (!PASSING.contains(error)) {
        LOG.warn("{} failed: {}", method, error);
      }
      return new Try<>(
          new Outcome<>(null, new Delivery.Failed(error, Duration.ZERO)), PASSING.contains(error));
    } catch (SlackApiException e) {
      int status = e.getResponse().code();
      Delivery failure =
          status == 429
              ? new Delivery.Failed(RATE_LIMITED, retryAfter(e.getResponse().header("Retry-After")))
              : new Delivery.Failed("Slack answered HTTP " + status, Duration.ZERO);
      return new Try<>(new Outcome<>(null, failure), true);
    } catch (IOException e) {
      return new Try<>(
          new Outcome<>(
              null,
              new Delivery.Failed(
                  "could not reach Slack: " + e.getClass().getSimpleName(), Duration.ZERO)),
          true);
    }
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

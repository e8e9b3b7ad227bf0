package org.pcref.slack;

import com.slack.api.Slack;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.SlackApiTextResponse;
import com.slack.api.methods.response.chat.ChatPostMessageResponse;
import com.slack.api.methods.response.conversations.ConversationsOpenResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.pcref.core.conversation.Address;
import org.pcref.core.conversation.Delivery;
import org.pcref.core.conversation.Notifier;
import org.pcref.core.conversation.Reply;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Messages the bot starts (nudges), sent to Slack: a person by direct message ({@code
 * conversations.open}, then {@code chat.postMessage}) or a channel. A rate limit ({@code 429} and
 * its {@code Retry-After}) is waited out and Slack's passing errors retried with backoff, a few
 * times; what still fails is reported as a {@link Delivery}, never swallowed.
 */
public final class SlackNotifier implements Notifier {

  /** Waits; a test passes one that only records. */
  @FunctionalInterface
  public interface Sleeper {
    void sleep(Duration duration) throws InterruptedException;
  }

  /** Errors that will not go away by trying again: the address is gone for good. */
  static final Set<String> UNREACHABLE = Set.of(
      "channel_not_found", "is_archived", "not_in_channel", "user_not_found", "user_disabled",
      "account_inactive", "invalid_auth", "token_revoked", "token_expired", "not_authed",
      "cannot_dm_bot", "team_access_not_granted", "app_uninstalled");

  /** Errors worth another try. */
  static final Set<String> PASSING = Set.of(
      "ratelimited", "internal_error", "fatal_error", "service_unavailable", "request_timeout");

  private static final Logger LOG = LoggerFactory.getLogger(SlackNotifier.class);

  private final Slack slack;
  private final BotTokens tokens;
  private final Sleeper sleeper;
  private final int attempts;
  private final Duration firstBackoff;
  private final Duration longestWait;
  private final BlockKitRenderer renderer = new BlockKitRenderer();

  /**
   * @param attempts how many times one call is tried in all
   * @param firstBackoff the wait after the first passing failure; it doubles each time
   * @param longestWait a {@code Retry-After} longer than this is not waited out here but reported
   */
  public SlackNotifier(Slack slack, BotTokens tokens, Sleeper sleeper, int attempts, Duration firstBackoff, Duration longestWait) {
    this.slack = slack;
    this.tokens = tokens;
    this.sleeper = sleeper;
    this.attempts = attempts;
    this.firstBackoff = firstBackoff;
    this.longestWait = longestWait;
  }

  public SlackNotifier(Slack slack, BotTokens tokens) {
    this(slack, tokens, duration -> Thread.sleep(duration.toMillis()), 4, Duration.ofSeconds(1), Duration.ofSeconds(60));
  }

  @Override
  public String platform() {
    return SlackAdapter.PLATFORM;
  }

  @Override
  public Delivery deliver(Address to, List<Reply> replies) {
    if (!SlackAdapter.PLATFORM.equals(to.platform())) {
      return new Delivery.Unreachable("not a Slack address: " + to.platform());
    }
    Optional<String> token = tokens.forWorkspace(to.tenant());
    if (token.isEmpty()) {
      return new Delivery.Unreachable("the app is not installed in workspace " + to.tenant());
    }
    MethodsClient client = slack.methods(token.get(), to.tenant());
    String channel = to.channel();
    if (to.isDirect()) {
      Outcome<ConversationsOpenResponse> opened = call(() -> client.conversationsOpen(r -> r.users(List.of(to.user()))));
      if (opened.failure() != null) {
        return opened.failure();
      }
      channel = opened.response().getChannel().getId();
    }
    String firstId = null;
    String target = channel;
    for (SlackMessage message : renderer.messages(replies)) {
      Outcome<ChatPostMessageResponse> posted = call(() -> client.chatPostMessage(r -> r
          .channel(target).blocks(message.blocks()).text(message.text())));
      if (posted.failure() != null) {
        return posted.failure();
      }
      firstId = firstId == null ? posted.response().getChannel() + "/" + posted.response().getTs() : firstId;
    }
    return new Delivery.Sent(firstId);
  }

  @FunctionalInterface
  private interface ApiCall<T extends SlackApiTextResponse> {
    T run() throws IOException, SlackApiException;
  }

  private record Outcome<T>(T response, Delivery failure) {}

  private <T extends SlackApiTextResponse> Outcome<T> call(ApiCall<T> apiCall) {
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
          return new Outcome<>(null, new Delivery.Unreachable(error));
        }
        last = new Delivery.Failed(error, Duration.ZERO);
        if (!PASSING.contains(error)) {
          return new Outcome<>(null, last);
        }
        wait = backoff;
      } catch (SlackApiException e) {
        int status = e.getResponse().code();
        if (status == 429) {
          Duration retryAfter = retryAfter(e.getResponse().header("Retry-After"));
          last = new Delivery.Failed("rate limited by Slack", retryAfter);
          if (retryAfter.compareTo(longestWait) > 0) {
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
      LOG.info("Slack send attempt {} of {} failed ({}); trying again in {} ms", attempt, attempts, reason(last), wait.toMillis());
      try {
        sleeper.sleep(wait);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
      backoff = backoff.multipliedBy(2);
    }
    LOG.warn("Slack send failed after {} attempts: {}", attempts, reason(last));
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
}

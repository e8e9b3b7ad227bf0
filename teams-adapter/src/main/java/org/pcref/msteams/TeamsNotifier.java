package org.pcref.msteams;

import com.microsoft.bot.connector.rest.ErrorResponseException;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.ConversationReference;
import com.microsoft.bot.schema.ResourceResponse;
import io.micrometer.core.instrument.Metrics;
import java.io.IOException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import org.pcref.core.message.Address;
import org.pcref.core.message.Delivery;
import org.pcref.core.message.Notifier;
import org.pcref.core.message.Reply;
import org.pcref.msteams.ConversationReferences.StoredReference;

/**
 * Nudges in Teams: continues the stored conversation of the channel or the person's chat and sends
 * the replies there, in one try. A rate limit (429) or a Teams error (5xx) is reported as {@link
 * Delivery.Failed}, with the pause Teams asks for, and the nudge scheduler tries again when it is
 * due; Teams saying the bot is gone (403, 404) makes the reference inactive and the address {@link
 * Delivery.Unreachable}. A nudge is one reply, so one activity: a failed try sent nothing, and the
 * next sends it whole.
 */
public final class TeamsNotifier implements Notifier {

  private static final Logger LOG = System.getLogger(TeamsNotifier.class.getName());

  private final TeamsAdapter adapter;
  private final String appId;
  private final ConversationReferences references;
  private final ServiceUrlAllowList serviceUrls;
  private final CardRenderer renderer = new CardRenderer();

  /** Why the last call to Teams got no answer, or null when it was answered (or none was made). */
  private volatile String unanswered;

  public TeamsNotifier(
      TeamsAdapter adapter, TeamsSettings settings, ConversationReferences references) {
    this.adapter = adapter;
    this.appId = settings.appId();
    this.references = references;
    this.serviceUrls = ServiceUrlAllowList.of(settings);
  }

  /**
   * Why the last call to Teams got no answer at all (no connection, a time-out); empty when Teams
   * answered it, whatever it said, or when no call has been made yet.
   */
  public Optional<String> lastCallUnanswered() {
    return Optional.ofNullable(unanswered);
  }

  @Override
  public String platform() {
    return InboundActivities.PLATFORM;
  }

  @Override
  public Delivery deliver(Address to, List<Reply> replies) {
    if (!platform().equals(to.platform())) {
      return new Delivery.Unreachable("not a Teams address");
    }
    Optional<StoredReference> stored;
    try {
      stored = references.find(to);
    } catch (RuntimeException e) {
      return new Delivery.Failed(
          "conversation references unavailable: " + e.getMessage(), Duration.ZERO);
    }
    if (stored.isEmpty()) {
      return new Delivery.Unreachable("the bot has no active conversation there");
    }
    ConversationReference reference = ReferenceKeeper.read(stored.get());
    if (reference == null || !serviceUrls.allows(reference.getServiceUrl())) {
      return new Delivery.Unreachable("stored conversation has no allowed service URL");
    }
    Progress progress = new Progress();
    Failure failure = send(reference, renderer.render(replies), progress);
    Metrics.counter("pcref.teams.api.calls", "method", "send", "outcome", outcome(failure))
        .increment();
    unanswered = failure != null && failure.status() == 0 ? failure.reason() : null;
    if (failure == null) {
      return new Delivery.Sent(progress.firstId);
    }
    if (failure.gone()) {
      try {
        references.deactivate(stored.get());
      } catch (RuntimeException e) {
        LOG.log(
            Level.WARNING, "Could not deactivate the conversation reference: " + e.getMessage());
      }
      LOG.log(
          Level.INFO,
          "Teams conversation "
              + stored.get().conversation()
              + " is gone ("
              + failure.status()
              + "); reference made inactive");
      return new Delivery.Unreachable(
          "Teams answered " + failure.status() + ": the bot was removed or the chat is gone");
    }
    String reason =
        failure.status() == 0
            ? "could not reach Teams: " + failure.reason()
            : "Teams answered " + failure.status();
    LOG.log(Level.INFO, "Teams nudge not sent (" + reason + "); the scheduler tries again");
    return new Delivery.Failed(reason, failure.retryAfter());
  }

  /** How a send ended, in a few words for the metric: ok, ratelimited, unreachable or failed. */
  private static String outcome(Failure failure) {
    if (failure == null) {
      return "ok";
    }
    if (failure.status() == 429) {
      return "ratelimited";
    }
    return failure.gone() ? "unreachable" : "failed";
  }

  /** Which activities went out, and the id of the first. */
  private static final class Progress {
    int sent;
    String firstId;
  }

  private Failure send(
      ConversationReference reference, List<Activity> activities, Progress progress) {
    try {
      adapter
          .continueConversation(
              appId,
              reference,
              turn -> {
                // The continuation activity has a made-up id; without it the nudge is a new post
                // (sendToConversation), not a reply to a message that does not exist.
                turn.getActivity().setId(null);
                while (progress.sent < activities.size()) {
                  ResourceResponse response =
                      turn.sendActivity(activities.get(progress.sent)).join();
                  if (progress.firstId == null && response != null) {
                    progress.firstId = response.getId();
                  }
                  progress.sent++;
                }
                return CompletableFuture.completedFuture(null);
              })
          .get();
      return null;
    } catch (ExecutionException | CompletionException e) {
      return Failure.of(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Failure(0, "interrupted", Duration.ZERO);
    }
  }

  /** Why one attempt failed: the HTTP status (0 for no answer) and the pause Teams asked for. */
  record Failure(int status, String reason, Duration retryAfter) {

    static Failure of(Throwable e) {
      Throwable cause = e;
      while (cause.getCause() != null
          && !(cause instanceof ErrorResponseException)
          && !(cause instanceof IOException)) {
        cause = cause.getCause();
      }
      if (cause instanceof ErrorResponseException error && error.response() != null) {
        int status = error.response().code();
        return new Failure(
            status, "HTTP " + status, retryAfter(error.response().headers().get("Retry-After")));
      }
      return new Failure(
          0, cause.getClass().getSimpleName() + ": " + cause.getMessage(), Duration.ZERO);
    }

    boolean gone() {
      return status == 403 || status == 404;
    }

    private static Duration retryAfter(String header) {
      if (header == null) {
        return Duration.ZERO;
      }
      try {
        return Duration.ofSeconds(Math.max(0, Long.parseLong(header.strip())));
      } catch (NumberFormatException e) {
        return Duration.ZERO;
      }
    }
  }
}

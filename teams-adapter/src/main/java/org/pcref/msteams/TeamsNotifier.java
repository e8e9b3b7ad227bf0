package org.pcref.msteams;

import com.microsoft.bot.connector.rest.ErrorResponseException;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.ConversationReference;
import com.microsoft.bot.schema.ResourceResponse;
import java.io.IOException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ThreadLocalRandom;
import org.pcref.core.message.Address;
import org.pcref.core.message.Delivery;
import org.pcref.core.message.Notifier;
import org.pcref.core.message.Reply;
import org.pcref.msteams.ConversationReferences.StoredReference;

/**
 * Nudges in Teams: continues the stored conversation of the channel or the person's chat and sends
 * the replies there. A rate limit (429) or a Teams error (5xx) is tried again a few times after a
 * growing, jittered pause (or the pause Teams asks for); Teams saying the bot is gone (403, 404)
 * makes the reference inactive and the address {@link Delivery.Unreachable}. Never retries forever.
 */
public final class TeamsNotifier implements Notifier {

  /** How often and how patiently to try one delivery. */
  public record Backoff(int attempts, Duration first, Duration max) {
    public static final Backoff DEFAULT = new Backoff(4, Duration.ofSeconds(1), Duration.ofSeconds(30));

    public Backoff {
      if (attempts < 1) {
        throw new IllegalArgumentException("at least one attempt");
      }
    }

    /** The pause before attempt {@code next} (2, 3, ...): exponential, with jitter in its upper half. */
    Duration pauseBefore(int next, Duration asked) {
      if (!asked.isZero()) {
        return asked.compareTo(max) > 0 ? max : asked;
      }
      long ceiling = Math.min(max.toMillis(), first.toMillis() << Math.min(20, next - 2));
      return Duration.ofMillis(ceiling / 2 + ThreadLocalRandom.current().nextLong(ceiling / 2 + 1));
    }
  }

  /** Waits between attempts; tests record the pauses instead of sleeping. */
  public interface Sleeper {
    void sleep(Duration pause) throws InterruptedException;
  }

  private static final Logger LOG = System.getLogger(TeamsNotifier.class.getName());

  private final TeamsAdapter adapter;
  private final String appId;
  private final ConversationReferences references;
  private final ServiceUrlAllowList serviceUrls;
  private final Backoff backoff;
  private final Sleeper sleeper;
  private final CardRenderer renderer = new CardRenderer();

  public TeamsNotifier(TeamsAdapter adapter, TeamsSettings settings, ConversationReferences references) {
    this(adapter, settings, references, Backoff.DEFAULT, pause -> Thread.sleep(pause.toMillis()));
  }

  public TeamsNotifier(
      TeamsAdapter adapter, TeamsSettings settings, ConversationReferences references, Backoff backoff, Sleeper sleeper) {
    this.adapter = adapter;
    this.appId = settings.appId();
    this.references = references;
    this.serviceUrls = ServiceUrlAllowList.of(settings);
    this.backoff = backoff;
    this.sleeper = sleeper;
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
      return new Delivery.Failed("conversation references unavailable: " + e.getMessage(), Duration.ZERO);
    }
    if (stored.isEmpty()) {
      return new Delivery.Unreachable("the bot has no active conversation there");
    }
    ConversationReference reference = ReferenceKeeper.read(stored.get());
    if (reference == null || !serviceUrls.allows(reference.getServiceUrl())) {
      return new Delivery.Unreachable("stored conversation has no allowed service URL");
    }
    List<Activity> activities = renderer.render(replies);
    Progress progress = new Progress();
    Failure last = null;
    for (int attempt = 1; attempt <= backoff.attempts(); attempt++) {
      if (attempt > 1) {
        try {
          sleeper.sleep(backoff.pauseBefore(attempt, last.retryAfter()));
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return new Delivery.Failed("interrupted", Duration.ZERO);
        }
      }
      Failure failure = send(reference, activities, progress);
      if (failure == null) {
        return new Delivery.Sent(progress.firstId);
      }
      if (failure.gone()) {
        try {
          references.deactivate(stored.get());
        } catch (RuntimeException e) {
          LOG.log(Level.WARNING, "Could not deactivate the conversation reference: " + e.getMessage());
        }
        LOG.log(Level.INFO, "Teams conversation " + stored.get().conversation() + " is gone (" + failure.status() + "); reference made inactive");
        return new Delivery.Unreachable("Teams answered " + failure.status() + ": the bot was removed or the chat is gone");
      }
      if (!failure.worthRetrying()) {
        return new Delivery.Failed("Teams answered " + failure.status(), Duration.ZERO);
      }
      LOG.log(Level.INFO, "Teams nudge attempt " + attempt + " failed (" + failure.reason() + ")");
      last = failure;
    }
    return new Delivery.Failed("gave up after " + backoff.attempts() + " attempts: " + last.reason(), last.retryAfter());
  }

  /** Which activities already went out, so a retry does not send them twice. */
  private static final class Progress {
    int sent;
    String firstId;
  }

  private Failure send(ConversationReference reference, List<Activity> activities, Progress progress) {
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
                  ResourceResponse response = turn.sendActivity(activities.get(progress.sent)).join();
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
      while (cause.getCause() != null && !(cause instanceof ErrorResponseException) && !(cause instanceof IOException)) {
        cause = cause.getCause();
      }
      if (cause instanceof ErrorResponseException error && error.response() != null) {
        int status = error.response().code();
        return new Failure(status, "HTTP " + status, retryAfter(error.response().headers().get("Retry-After")));
      }
      return new Failure(0, cause.getClass().getSimpleName() + ": " + cause.getMessage(), Duration.ZERO);
    }

    boolean gone() {
      return status == 403 || status == 404;
    }

    boolean worthRetrying() {
      return status == 0 || status == 408 || status == 429 || status >= 500;
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

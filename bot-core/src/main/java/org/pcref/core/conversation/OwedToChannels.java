package org.pcref.core.conversation;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.pcref.core.conversation.ConversationStore.Owing;
import org.pcref.core.message.Address;
import org.pcref.core.message.ConversationKey;
import org.pcref.core.message.Delivery;
import org.pcref.core.message.Notifier;
import org.pcref.core.message.Reply;

/**
 * Posts what the bot owes channels: the replies for everyone (a check-in's summary) that a turn
 * gave but no platform confirmed posting, because the bot stopped in between. The next turn in the
 * conversation posts them too; this is for the conversations where nobody says anything more. Run
 * it every minute or so; several instances may run it at once.
 */
public final class OwedToChannels {

  /**
   * A debt this recent may still be on its way: the adapter posts a turn's replies just after the
   * turn, and says so just after that.
   */
  static final Duration GRACE = Duration.ofMinutes(2);

  /** Older than this, a summary would surprise more than it informs: it is dropped, and logged. */
  static final Duration TOO_OLD = Duration.ofDays(1);

  static final int PER_RUN = 100;

  private static final Logger LOG = System.getLogger(OwedToChannels.class.getName());

  private final ConversationStore store;
  private final Map<String, Notifier> notifiers;
  private final Clock clock;

  /** {@code notifiers}: one per platform that can be posted to unasked. */
  public OwedToChannels(ConversationStore store, List<Notifier> notifiers, Clock clock) {
    this.store = store;
    this.notifiers =
        notifiers.stream()
            .collect(Collectors.toUnmodifiableMap(Notifier::platform, Function.identity()));
    this.clock = clock;
  }

  /** Posts what is owed and quiet for {@link #GRACE}; returns how many channels were paid. */
  public int post() {
    Instant now = clock.instant();
    int paid = 0;
    for (Owing owing : store.owing(now.minus(GRACE), PER_RUN)) {
      Notifier notifier = notifiers.get(owing.key().platform());
      if (notifier == null) {
        continue; // a platform that prints each turn's replies as it ends (the terminal)
      }
      ConversationState read = owing.state();
      // A millisecond later, so that a second instance's settle of the same row finds it changed.
      ConversationState settled = read.withOwed(List.of(), read.updatedAt().plusMillis(1));
      if (!store.settle(owing.key(), read, settled)) {
        continue; // a turn, or another instance, got there first
      }
      if (read.updatedAt().plus(TOO_OLD).isBefore(now)) {
        LOG.log(
            Level.WARNING,
            "Dropped a summary owed to " + where(owing.key()) + " since " + read.updatedAt());
        continue;
      }
      Delivery delivery = notifier.deliver(channelOf(owing.key()), again(read.owed()));
      if (delivery instanceof Delivery.Sent) {
        paid++;
      } else if (delivery instanceof Delivery.Failed failed) {
        // Owed again, for the next run (or the next turn).
        store.settle(owing.key(), settled, read.withOwed(read.owed(), settled.updatedAt()));
        LOG.log(
            Level.WARNING,
            "Could not post a summary owed to " + where(owing.key()) + " yet: " + failed.reason());
      } else if (delivery instanceof Delivery.Unreachable gone) {
        LOG.log(
            Level.WARNING,
            "Dropped a summary owed to " + where(owing.key()) + ": " + gone.reason());
      }
    }
    return paid;
  }

  static List<Reply> again(List<Reply> owed) {
    List<Reply> replies = new ArrayList<>();
    replies.add(new Reply.Text(Assistant.OWED_AGAIN));
    replies.addAll(owed);
    return replies;
  }

  private static Address channelOf(ConversationKey key) {
    return Address.channel(key.platform(), key.tenant(), key.channel());
  }

  private static String where(ConversationKey key) {
    return key.platform() + " channel " + key.channel();
  }
}

package org.pcref.msteams;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.microsoft.bot.builder.InvokeResponse;
import com.microsoft.bot.builder.TurnContext;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.ActivityTypes;
import com.microsoft.bot.schema.AdaptiveCardInvokeResponse;
import com.microsoft.bot.schema.ChannelAccount;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.pcref.core.conversation.Assistant;
import org.pcref.core.message.Address;
import org.pcref.core.message.ConversationKey;
import org.pcref.core.message.Delivery;
import org.pcref.core.message.Inbound;
import org.pcref.core.message.Notifier;
import org.pcref.core.message.Reply;
import org.pcref.core.message.SeenKeys;

/**
 * One Teams turn: remembers where the bot can write later, reads the activity as the core's input,
 * asks the core, and sends the core's replies rendered as Teams messages. A pressed card is updated
 * to show the answer; an activity Teams delivers twice is handled once.
 */
final class TeamsTurns implements com.microsoft.bot.builder.Bot {

  private static final Logger LOG = System.getLogger(TeamsTurns.class.getName());
  private static final String CARD_ACTION = "adaptiveCard/action";

  private final Assistant bot;
  private final CardRenderer renderer = new CardRenderer();
  private final ReferenceKeeper references;
  private final SeenKeys seenActivities;
  private final ConversationReferences stored;
  private final Notifier personal;
  private final TenantDepartures tenants;
  private final Cache<String, Boolean> seenHere =
      Caffeine.newBuilder().maximumSize(50_000).expireAfterWrite(Duration.ofHours(1)).build();

  TeamsTurns(
      Assistant bot,
      ReferenceKeeper references,
      SeenKeys seenActivities,
      ConversationReferences stored,
      Notifier personal,
      TenantDepartures tenants) {
    this.bot = bot;
    this.references = references;
    this.seenActivities = seenActivities;
    this.stored = stored;
    this.personal = personal;
    this.tenants = tenants;
  }

  @Override
  public CompletableFuture<Void> onTurn(TurnContext turn) {
    Activity activity = turn.getActivity();
    if (!firstDelivery(activity)) {
      LOG.log(Level.DEBUG, "Activity {0} was delivered again; ignored", activity.getId());
      return invokeAnswer(turn, null);
    }
    references.remember(activity);
    try {
      switch (activity.getType()) {
        case ActivityTypes.MESSAGE -> message(turn);
        case ActivityTypes.INVOKE -> {
          return invoke(turn);
        }
        case ActivityTypes.CONVERSATION_UPDATE -> conversationUpdate(turn);
        case ActivityTypes.INSTALLATION_UPDATE -> installationUpdate(turn);
        default -> LOG.log(Level.DEBUG, "Activity type {0} ignored", activity.getType());
      }
    } catch (RuntimeException e) {
      // Teams would deliver the activity again on an error and the person would get two answers.
      LOG.log(Level.ERROR, "Teams turn " + activity.getId() + " could not be answered", e);
    }
    return CompletableFuture.completedFuture(null);
  }

  /** False for an activity this instance or, through the database, another one has handled. */
  private boolean firstDelivery(Activity activity) {
    if (activity.getId() == null) {
      return true;
    }
    String key =
        InboundActivities.tenant(activity)
            + "|"
            + activity.getConversation().getId()
            + "|"
            + activity.getId();
    return once(key);
  }

  private boolean once(String key) {
    if (seenHere.asMap().putIfAbsent(key, Boolean.TRUE) != null) {
      return false;
    }
    try {
      return seenActivities.firstTime(key);
    } catch (RuntimeException e) {
      // Better to answer a redelivered activity twice than not to answer at all.
      LOG.log(Level.WARNING, "Could not check whether " + key + " was handled: " + e.getMessage());
      return true;
    }
  }

  private void message(TurnContext turn) {
    Activity activity = turn.getActivity();
    Optional<Inbound> inbound = InboundActivities.read(activity);
    if (inbound.isEmpty()) {
      return;
    }
    if (forEveryone(activity)) {
      privately(turn, inbound.get());
      return;
    }
    List<Reply> replies = bot.handle(inbound.get());
    Submit.read(activity.getValue())
        .ifPresent(pressed -> markAnswered(turn, pressed, inbound.get().userName()));
    send(turn, inbound.get(), replies);
  }

  /** {@code Action.Execute} buttons: the card is replaced in the invoke response itself. */
  private CompletableFuture<Void> invoke(TurnContext turn) {
    Activity activity = turn.getActivity();
    Optional<Submit> pressed = Submit.read(activity.getValue());
    if (!CARD_ACTION.equals(activity.getName()) || pressed.isEmpty()) {
      return sendInvokeResponse(turn, new InvokeResponse(501, null));
    }
    Inbound inbound = InboundActivities.read(activity).orElseThrow();
    if (forEveryone(activity)) {
      privately(turn, inbound);
      return invokeAnswer(turn, null);
    }
    List<Reply> replies = bot.handle(inbound);
    send(turn, inbound, replies);
    return invokeAnswer(turn, renderer.answered(pressed.get(), inbound.userName()));
  }

  private CompletableFuture<Void> invokeAnswer(TurnContext turn, Object card) {
    if (!ActivityTypes.INVOKE.equals(turn.getActivity().getType())) {
      return CompletableFuture.completedFuture(null);
    }
    AdaptiveCardInvokeResponse answer = new AdaptiveCardInvokeResponse();
    answer.setStatusCode(200);
    if (card == null) {
      answer.setType("application/vnd.microsoft.activity.message");
      answer.setValue("Already done.");
    } else {
      answer.setType(CardRenderer.CONTENT_TYPE);
      answer.setValue(card);
    }
    return sendInvokeResponse(turn, new InvokeResponse(200, answer));
  }

  private static CompletableFuture<Void> sendInvokeResponse(
      TurnContext turn, InvokeResponse response) {
    Activity activity = new Activity(ActivityTypes.INVOKE_RESPONSE);
    activity.setValue(response);
    return turn.sendActivity(activity).thenApply(sent -> null);
  }

  private void conversationUpdate(TurnContext turn) {
    Activity activity = turn.getActivity();
    String botId = activity.getRecipient() == null ? null : activity.getRecipient().getId();
    if (contains(activity.getMembersRemoved(), botId)) {
      removed(activity);
    } else if (contains(activity.getMembersAdded(), botId)) {
      installed(turn);
    }
  }

  private void installationUpdate(TurnContext turn) {
    String action = turn.getActivity().getAction();
    if (action == null) {
      return;
    }
    if (action.startsWith("remove")) {
      removed(turn.getActivity());
    } else if (action.equals("add")) {
      installed(turn);
    }
  }

  /** The bot can no longer write here; with that, it may have left the whole tenant. */
  private void removed(Activity activity) {
    references.forget(activity);
    tenants.removed(InboundActivities.tenant(activity));
  }

  private void installed(TurnContext turn) {
    tenants.installed(InboundActivities.tenant(turn.getActivity()));
    welcome(turn);
  }

  /**
   * The core's welcome, for a personal chat or a channel. Teams announces an installation twice
   * (installationUpdate and conversationUpdate), so a conversation is welcomed once (again only
   * after a day, when the record of the welcome is cleared).
   */
  private void welcome(TurnContext turn) {
    Activity activity = turn.getActivity();
    String key =
        "welcome|"
            + InboundActivities.tenant(activity)
            + "|"
            + InboundActivities.conversation(activity);
    if (!once(key)) {
      return;
    }
    List<Reply> welcome = bot.welcome(InboundActivities.isPersonal(activity));
    turn.sendActivities(renderer.render(welcome)).join();
  }

  /** A button on a channel's card that each person presses for themselves. */
  private static boolean forEveryone(Activity activity) {
    return !InboundActivities.isPersonal(activity)
        && Submit.read(activity.getValue()).map(Submit::everyone).orElse(false);
  }

  /**
   * The press is answered in the person's one-to-one chat with the bot, and the conversation goes
   * on there; the channel's card stays as it is for everyone else. Without such a chat (the person
   * never opened one) the bot cannot write to them alone, and says so in the channel.
   */
  private void privately(TurnContext turn, Inbound pressed) {
    String tenant = pressed.key().tenant();
    String user = pressed.key().user();
    Address to = Address.directMessage(InboundActivities.PLATFORM, tenant, user);
    Optional<ConversationReferences.StoredReference> chat = stored.find(to);
    if (chat.isEmpty()) {
      turn.sendActivities(
              renderer.render(
                  List.of(
                      new Reply.Text(
                          pressed.userName()
                              + ", I can only ask you privately in a one-to-one chat: open a chat with me"
                              + " (Apps, then PCREF Bot), say hello, then press the button again."))))
          .join();
      return;
    }
    Inbound inChat =
        new Inbound(
            new ConversationKey(
                InboundActivities.PLATFORM, tenant, chat.get().conversation(), user),
            pressed.userName(),
            "",
            pressed.action(),
            true,
            null);
    List<Reply> replies = bot.handle(inChat);
    Delivery delivery = personal.deliver(to, replies);
    if (delivery instanceof Delivery.Sent) {
      bot.posted(inChat.key(), replies);
    } else {
      LOG.log(Level.WARNING, "A private answer to a channel card's button was not delivered");
    }
  }

  private void markAnswered(TurnContext turn, Submit pressed, String userName) {
    String cardId = turn.getActivity().getReplyToId();
    if (cardId == null) {
      return;
    }
    Activity update = CardRenderer.message(renderer.answered(pressed, userName), pressed.label());
    update.setId(cardId);
    try {
      turn.updateActivity(update).join();
    } catch (RuntimeException e) {
      // The answer still counts; only the old card keeps its buttons.
      LOG.log(Level.WARNING, "Could not update card " + cardId + ": " + e.getMessage());
    }
  }

  /** Sends the turn's replies; once Teams has taken them all, the bot owes the channel nothing. */
  private void send(TurnContext turn, Inbound inbound, List<Reply> replies) {
    if (replies.isEmpty()) {
      return;
    }
    turn.sendActivities(renderer.render(replies)).join();
    bot.posted(inbound.key(), replies);
  }

  private static boolean contains(List<ChannelAccount> members, String id) {
    return id != null && members != null && members.stream().anyMatch(m -> id.equals(m.getId()));
  }
}

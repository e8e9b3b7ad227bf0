package org.pcref.slack;

import com.slack.api.bolt.App;
import com.slack.api.model.event.AppHomeOpenedEvent;
import com.slack.api.model.event.AppMentionEvent;
import com.slack.api.model.event.MessageBotEvent;
import com.slack.api.model.event.MessageChangedEvent;
import com.slack.api.model.event.MessageDeletedEvent;
import com.slack.api.model.event.MessageEvent;
import com.slack.api.model.event.MessageFileShareEvent;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.regex.Pattern;
import org.pcref.core.conversation.Assistant;
import org.pcref.core.message.ConversationKey;
import org.pcref.core.message.Inbound;
import org.pcref.core.message.SeenKeys;
import org.pcref.core.message.Ways;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Slack adapter's entry point: registers on a Bolt {@link App} the handlers that translate
 * {@code /pcref}, mentions, direct messages, button presses and App Home into the core's {@link
 * Bot}, and the check that handles each event once.
 */
public final class SlackAdapter {

  /** The platform name in conversation keys and addresses. */
  public static final String PLATFORM = "slack";

  /** The slash command, as in {@code slack/manifest.yml}. */
  public static final String COMMAND = "/pcref";

  /** How people in Slack reach the bot in a team's channel or one to one, as replies say it. */
  public static final Ways WAYS =
      new Ways(
          "in your team’s channel (mention me there, or type " + COMMAND + " checkin)",
          "in a direct message with me (PCREF Bot, under Apps)");

  static final String BUSY = "Sorry, I’m busy right now. Please try again in a minute.";

  private static final Logger LOG = LoggerFactory.getLogger(SlackAdapter.class);

  private final Assistant bot;
  private final Executor executor;
  private final SeenKeys events;
  private final SeenKeys triggers;

  /**
   * @param executor where turns run after Slack has its ack; bounded, so a flood is refused
   *     politely
   * @param events the event ids handled already (shared by every instance of the bot), which also
   *     keep the trigger ids of slash commands and button presses
   */
  public SlackAdapter(Assistant bot, Executor executor, SeenKeys events) {
    this(bot, executor, events, events);
  }

  /**
   * @param triggers the trigger ids of the slash commands and button presses handled, for as long
   *     as a signed request may be sent again (five minutes): in memory when one server owns the
   *     database, else shared like {@code events}
   */
  public SlackAdapter(Assistant bot, Executor executor, SeenKeys events, SeenKeys triggers) {
    this.bot = bot;
    this.executor = executor;
    this.events = events;
    this.triggers = triggers;
  }

  /** Adds the bot's handlers to {@code app} and returns it. */
  public App register(App app) {
    BlockKitRenderer renderer = new BlockKitRenderer();
    Outbox outbox = new Outbox(app.slack(), SlackCalls.interactive());
    Messages messages = new Messages(bot, executor, renderer, outbox);
    AppHome home = new AppHome(bot, executor, renderer, outbox);
    app.use(new OncePerEvent(events, triggers));
    app.command(COMMAND, new SlashCommands(bot, triggers, executor, renderer, outbox));
    app.event(AppMentionEvent.class, messages.mentions());
    app.event(MessageEvent.class, messages.directMessages());
    app.event(AppHomeOpenedEvent.class, home.opened());
    // Edits, deletions, files and bot posts in a direct message are not questions.
    app.event(MessageChangedEvent.class, (payload, context) -> context.ack());
    app.event(MessageDeletedEvent.class, (payload, context) -> context.ack());
    app.event(MessageBotEvent.class, (payload, context) -> context.ack());
    app.event(MessageFileShareEvent.class, (payload, context) -> context.ack());
    app.blockAction(
        Pattern.compile(".+"), new ButtonPresses(bot, executor, renderer, outbox, home));
    return app;
  }

  static ConversationKey key(String teamId, String channelId, String userId) {
    return new ConversationKey(PLATFORM, teamId, channelId, userId);
  }

  /**
   * A direct message (Slack's ids for them start with D) or a channel, with its name when known.
   */
  static Inbound place(Inbound inbound, String channelId, String channelName) {
    if (channelId != null && channelId.startsWith("D")) {
      return inbound.inDirectMessage();
    }
    return inbound.inChannelNamed(channelName);
  }

  static void submit(Executor executor, Runnable task) {
    try {
      executor.execute(
          () -> {
            try {
              task.run();
            } catch (RuntimeException e) {
              LOG.error("A Slack task failed", e);
            }
          });
    } catch (RejectedExecutionException busy) {
      LOG.warn("Too busy to handle a Slack request; it was dropped");
    }
  }
}

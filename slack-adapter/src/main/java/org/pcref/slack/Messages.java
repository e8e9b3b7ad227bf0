package org.pcref.slack;

import com.slack.api.app_backend.events.payload.EventsApiPayload;
import com.slack.api.bolt.context.builtin.EventContext;
import com.slack.api.bolt.handler.BoltEventHandler;
import com.slack.api.methods.MethodsClient;
import com.slack.api.model.event.AppMentionEvent;
import com.slack.api.model.event.MessageEvent;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.regex.Pattern;
import org.pcref.core.conversation.Assistant;
import org.pcref.core.message.Inbound;
import org.pcref.core.message.Reply;

/**
 * Messages typed to the bot: {@code @PCREF Bot <question>} in a channel (answered in the thread it
 * was asked in, if any) and anything in a direct message with the bot. Slack gets its ack at once;
 * the turn runs on the executor and is answered with {@code chat.postMessage}.
 */
final class Messages {

  /** The leading mention of the bot ({@code <@U0BOT>}), which is not part of the question. */
  private static final Pattern MENTION = Pattern.compile("^\\s*(<@[A-Z0-9]+(\\|[^>]*)?>[\\s:,]*)+");

  private final Assistant bot;
  private final Executor executor;
  private final BlockKitRenderer renderer;
  private final Outbox outbox;

  Messages(Assistant bot, Executor executor, BlockKitRenderer renderer, Outbox outbox) {
    this.bot = bot;
    this.executor = executor;
    this.renderer = renderer;
    this.outbox = outbox;
  }

  BoltEventHandler<AppMentionEvent> mentions() {
    return (EventsApiPayload<AppMentionEvent> payload, EventContext context) -> {
      AppMentionEvent event = payload.getEvent();
      if (event.getUser() == null || event.getBotId() != null) {
        return context.ack();
      }
      String question =
          MENTION.matcher(event.getText() == null ? "" : event.getText()).replaceFirst("");
      Inbound inbound =
          SlackAdapter.place(
              Inbound.text(
                  SlackAdapter.key(context.getTeamId(), event.getChannel(), event.getUser()),
                  nameOf(event),
                  question),
              event.getChannel(),
              null);
      answer(context.client(), inbound, event.getChannel(), event.getThreadTs());
      return context.ack();
    };
  }

  BoltEventHandler<MessageEvent> directMessages() {
    return (EventsApiPayload<MessageEvent> payload, EventContext context) -> {
      MessageEvent event = payload.getEvent();
      // Only people's own messages in a direct message with the bot; edits, joins and bots are not
      // questions.
      if (!"im".equals(event.getChannelType())
          || event.getUser() == null
          || event.getBotId() != null) {
        return context.ack();
      }
      Inbound inbound =
          Inbound.text(
                  SlackAdapter.key(context.getTeamId(), event.getChannel(), event.getUser()),
                  null,
                  event.getText())
              .inDirectMessage();
      answer(context.client(), inbound, event.getChannel(), event.getThreadTs());
      return context.ack();
    };
  }

  /**
   * The person's name when Slack sends their profile with the mention (the core falls back to their
   * id).
   */
  private static String nameOf(AppMentionEvent event) {
    AppMentionEvent.UserProfile profile = event.getUserProfile();
    if (profile == null) {
      return null;
    }
    return profile.getDisplayName() != null && !profile.getDisplayName().isBlank()
        ? profile.getDisplayName()
        : profile.getRealName();
  }

  private void answer(MethodsClient client, Inbound inbound, String channel, String threadTs) {
    Inbound received = bot.received(inbound);
    SlackAdapter.submit(
        executor,
        () -> {
          List<Reply> replies = bot.handle(received);
          List<Reply> shown = outbox.shareFiles(client, channel, received.key().user(), replies);
          if (outbox.post(client, channel, threadTs, renderer.messages(shown))) {
            bot.posted(received.key(), replies);
          }
        });
  }
}

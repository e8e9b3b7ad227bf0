package org.pcref.app.terminal;

import java.util.List;
import org.pcref.core.conversation.Assistant;
import org.pcref.core.message.ConversationKey;
import org.pcref.core.message.Inbound;
import org.pcref.core.message.PlainText;
import org.pcref.core.message.PlainText.Rendered;
import org.pcref.core.message.Reply;
import org.pcref.core.message.Ways;

/** One person talking to the bot in the terminal; replies come back as plain text. */
final class TerminalConversation {

  static final String PLATFORM = "terminal";
  static final String TENANT = "local";
  static final String DIRECT = "direct";

  /** How a team's channel and a direct conversation are reached from the terminal. */
  static final Ways WAYS =
      new Ways(
          "in your team’s channel: chat --channel and the channel’s name (chat --channel ward-7)",
          "without --channel, which talks to me one to one");

  private final Assistant bot;
  private final ConversationKey key;
  private final String userName;

  TerminalConversation(Assistant bot, String channel, String user) {
    this.bot = bot;
    this.key = new ConversationKey(PLATFORM, TENANT, channel, user);
    this.userName = user;
  }

  /** What the bot answers to {@code text}. */
  Rendered say(String text) {
    return PlainText.render(replies(text));
  }

  /**
   * What the bot answers to {@code text}, as the core's replies, which the terminal shows: there is
   * no channel to post to, so nothing is owed to one.
   */
  List<Reply> replies(String text) {
    List<Reply> replies = bot.handle(turn(Inbound.text(key, userName, text)));
    bot.posted(key, replies);
    return replies;
  }

  private Inbound turn(Inbound inbound) {
    return DIRECT.equals(key.channel()) ? inbound.inDirectMessage() : inbound;
  }
}

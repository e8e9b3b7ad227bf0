package org.pcref.app.storage;

import java.util.ArrayList;
import java.util.List;
import org.pcref.core.conversation.Assistant;
import org.pcref.core.message.Choice;
import org.pcref.core.message.ConversationKey;
import org.pcref.core.message.Inbound;
import org.pcref.core.message.PlainText;
import org.pcref.core.message.Reply;

/** One person talking to a bot in one place, for storage tests that read as a conversation. */
final class Talker {

  private final Assistant bot;
  private final ConversationKey key;
  private final String name;
  private final String channelName;
  private final boolean direct;
  private List<Reply> last = List.of();

  private Talker(
      Assistant bot, ConversationKey key, String name, String channelName, boolean direct) {
    this.bot = bot;
    this.key = key;
    this.name = name;
    this.channelName = channelName;
    this.direct = direct;
  }

  static Talker inChannel(
      Assistant bot,
      String platform,
      String tenant,
      String channel,
      String user,
      String name,
      String channelName) {
    return new Talker(
        bot, new ConversationKey(platform, tenant, channel, user), name, channelName, false);
  }

  static Talker direct(Assistant bot, String platform, String tenant, String user, String name) {
    return new Talker(
        bot, new ConversationKey(platform, tenant, "dm-" + user, user), name, "", true);
  }

  Talker says(String text) {
    return turn(Inbound.text(key, name, text));
  }

  Talker presses(String label) {
    return turn(Inbound.action(key, name, button(label).toAction()));
  }

  /** Presses a button someone else was shown (a round's announcement in the channel). */
  Talker press(Choice choice) {
    return turn(Inbound.action(key, name, choice.toAction()));
  }

  String reply() {
    return PlainText.render(last).text();
  }

  List<Reply> replies() {
    return last;
  }

  Choice button(String label) {
    List<Choice> all = new ArrayList<>();
    for (Reply each : last) {
      Reply reply = each instanceof Reply.ForChannel shared ? shared.reply() : each;
      if (reply instanceof Reply.Card card) {
        all.addAll(card.choices());
      } else if (reply instanceof Reply.Choices choices) {
        all.addAll(choices.choices());
      }
    }
    return all.stream()
        .filter(c -> c.label().equals(label))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no “" + label + "” in: " + reply()));
  }

  private Talker turn(Inbound inbound) {
    Inbound placed = direct ? inbound.inDirectMessage() : inbound.inChannelNamed(channelName);
    last = bot.handle(placed);
    bot.posted(key, last);
    return this;
  }
}

package org.pcref.core.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.List;
import org.pcref.core.message.Action;
import org.pcref.core.message.Choice;
import org.pcref.core.message.ConversationKey;
import org.pcref.core.message.Inbound;
import org.pcref.core.message.PlainText;
import org.pcref.core.message.Reply;
import org.pcref.framework.Framework;
import org.pcref.framework.FrameworkLoader;

/**
 * A conversation with the bot, for tests that read like a chat: {@code chat.user("define
 * co-learning").expectReply("two-way process")}.
 */
public final class Chat {

  private static final Framework PCREF = FrameworkLoader.bundled();

  private final Assistant bot;
  private final ConversationKey key;
  private final String name;
  private final boolean direct;
  private List<Reply> replies = List.of();
  private PlainText.Rendered last = new PlainText.Rendered("", List.of());
  private boolean stopsBeforePosting;

  public Chat(Assistant bot, ConversationKey key) {
    this(bot, key, "Alex", false);
  }

  private Chat(Assistant bot, ConversationKey key, String name, boolean direct) {
    this.bot = bot;
    this.key = key;
    this.name = name;
    this.direct = direct;
  }

  /** {@code name} talking in channel {@code channel} of the test workspace. */
  public static Chat in(Assistant bot, String channel, String name) {
    return new Chat(
        bot,
        new ConversationKey("test", "tenant", channel, name.toLowerCase(java.util.Locale.ROOT)),
        name,
        false);
  }

  /** {@code name} in a direct message with the bot. */
  public static Chat direct(Assistant bot, String name) {
    String id = name.toLowerCase(java.util.Locale.ROOT);
    return new Chat(bot, new ConversationKey("test", "tenant", "dm-" + id, id), name, true);
  }

  public static Chat withBundledFramework(Clock clock) {
    return new Chat(
        new Assistant(PCREF, new InMemoryConversationStore(), clock),
        new ConversationKey("test", "tenant", "channel", "alex"));
  }

  public Chat user(String text) {
    return turn(Inbound.text(key, name, text));
  }

  /** Says {@code text}, whoever is talking; for tests that read as a conversation. */
  public Chat says(String text) {
    return user(text);
  }

  /** Presses the numbered choice of the last reply, as the terminal does. */
  public Chat picks(int number) {
    return press(last.choices().get(number - 1));
  }

  /** Presses the button of the last reply with this label. */
  public Chat presses(String label) {
    return press(
        buttons().stream()
            .filter(c -> c.label().equals(label))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no button “" + label + "” in: " + last.text())));
  }

  /**
   * Ticks the items {@code ids} of the last reply's checklist and presses its button {@code label},
   * as a card's toggles or checkboxes are sent with its submit button.
   */
  public Chat ticks(String label, String... ids) {
    Choice submit =
        replies.stream()
            .map(r -> r instanceof Reply.ForChannel shared ? shared.reply() : r)
            .filter(Reply.Checklist.class::isInstance)
            .map(r -> ((Reply.Checklist) r).submit())
            .filter(c -> c.label().equals(label))
            .findFirst()
            .orElseThrow(
                () -> new AssertionError("no checklist “" + label + "” in: " + last.text()));
    return turn(Inbound.action(key, name, submit.toAction().ticking(List.of(ids))));
  }

  public Chat presses(String actionId, String value) {
    return turn(Inbound.action(key, name, new Action(actionId, value)));
  }

  /** Presses a button kept from an earlier reply. */
  public Chat press(Choice choice) {
    return turn(Inbound.action(key, name, choice.toAction()));
  }

  public Choice button(String label) {
    return buttons().stream().filter(c -> c.label().equals(label)).findFirst().orElseThrow();
  }

  /** Every button of the last replies, numbered or not, as a platform shows them. */
  private List<Choice> buttons() {
    List<Choice> buttons = new java.util.ArrayList<>();
    for (Reply each : replies) {
      Reply reply = each instanceof Reply.ForChannel shared ? shared.reply() : each;
      if (reply instanceof Reply.Card card) {
        buttons.addAll(card.choices());
      } else if (reply instanceof Reply.Choices question) {
        buttons.addAll(question.choices());
      } else if (reply instanceof Reply.Checklist checklist) {
        buttons.addAll(checklist.choices());
      } else if (reply instanceof Reply.Grid grid) {
        buttons.addAll(grid.choices());
      } else if (reply instanceof Reply.Summary summary) {
        buttons.addAll(summary.choices());
      } else if (reply instanceof Reply.Timeline timeline) {
        buttons.addAll(timeline.choices());
      }
    }
    return buttons;
  }

  private Chat turn(Inbound inbound) {
    replies = bot.handle(direct ? inbound.inDirectMessage() : inbound);
    last = PlainText.render(replies);
    if (stopsBeforePosting) {
      stopsBeforePosting = false;
    } else {
      bot.posted(key, replies);
    }
    return this;
  }

  /**
   * The bot stops after the next turn, before the platform posts its replies: the turn's answers
   * are saved, its replies never reach the channel.
   */
  public Chat stopsBeforePosting() {
    stopsBeforePosting = true;
    return this;
  }

  public List<Reply> replies() {
    return replies;
  }

  public Chat expectReply(String... fragments) {
    for (String fragment : fragments) {
      assertThat(last.text()).containsIgnoringCase(fragment);
    }
    return this;
  }

  public Chat expectNoReplyContaining(String fragment) {
    assertThat(last.text()).doesNotContainIgnoringCase(fragment);
    return this;
  }

  public String lastReply() {
    return last.text();
  }

  public List<String> choiceLabels() {
    return last.choices().stream().map(Choice::label).toList();
  }
}

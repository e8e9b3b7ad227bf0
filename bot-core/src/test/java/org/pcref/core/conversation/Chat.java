package org.pcref.core.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.List;
import org.pcref.framework.Framework;
import org.pcref.framework.FrameworkLoader;

/**
 * A conversation with the bot, for tests that read like a chat: {@code
 * chat.user("define co-learning").expectReply("two-way process")}.
 */
public final class Chat {

  private static final Framework PCREF = FrameworkLoader.bundled();

  private final Bot bot;
  private final ConversationKey key;
  private PlainText.Rendered last = new PlainText.Rendered("", List.of());

  public Chat(Bot bot, ConversationKey key) {
    this.bot = bot;
    this.key = key;
  }

  public static Chat withBundledFramework(Clock clock) {
    return new Chat(
        new Bot(PCREF, new InMemoryConversationStore(), clock),
        new ConversationKey("test", "tenant", "channel", "alex"));
  }

  public Chat user(String text) {
    return turn(Inbound.text(key, "Alex", text));
  }

  /** Presses the numbered choice of the last reply, as the terminal does. */
  public Chat picks(int number) {
    return turn(Inbound.action(key, "Alex", last.choices().get(number - 1).toAction()));
  }

  public Chat presses(String actionId, String value) {
    return turn(Inbound.action(key, "Alex", new Action(actionId, value)));
  }

  private Chat turn(Inbound inbound) {
    last = PlainText.render(bot.handle(inbound));
    return this;
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

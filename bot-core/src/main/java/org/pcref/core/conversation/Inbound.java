package org.pcref.core.conversation;

import java.util.Objects;
import java.util.Optional;

/**
 * One thing a person did in a conversation: typed {@code text}, or pressed a button ({@code
 * action}). Adapters build it from the platform's payload; the core never sees the payload.
 *
 * @param key where and who
 * @param userName the person's display name, for history and summaries
 * @param text what they typed (empty for a button press)
 * @param action the button they pressed, or null
 * @param direct whether this is a one-to-one conversation with the bot
 */
public record Inbound(ConversationKey key, String userName, String text, Action action, boolean direct) {

  public Inbound {
    Objects.requireNonNull(key, "key");
    userName = userName == null || userName.isBlank() ? key.user() : userName;
    text = text == null ? "" : text;
  }

  public static Inbound text(ConversationKey key, String userName, String text) {
    return new Inbound(key, userName, text, null, false);
  }

  public static Inbound action(ConversationKey key, String userName, Action action) {
    return new Inbound(key, userName, "", Objects.requireNonNull(action, "action"), false);
  }

  public Inbound inDirectMessage() {
    return new Inbound(key, userName, text, action, true);
  }

  public Optional<Action> pressed() {
    return Optional.ofNullable(action);
  }
}

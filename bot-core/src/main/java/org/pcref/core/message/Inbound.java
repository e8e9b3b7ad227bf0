package org.pcref.core.message;

import java.time.Instant;
import java.util.Objects;

/**
 * One thing a person did in a conversation: typed {@code text}, or pressed a button ({@code
 * action}). Adapters build it from the platform's payload; the core never sees the payload.
 *
 * @param key where and who
 * @param userName the person's display name, for history and summaries
 * @param text what they typed (empty for a button press), without control characters (see {@link
 *     Typed})
 * @param action the button they pressed, or null
 * @param direct whether this is a one-to-one conversation with the bot
 * @param channelName the channel's display name (a new team is named after it), or its id
 * @param receivedAt when the platform's request arrived, where the turn waits before it runs (a
 *     queue, a database); null when it runs at once
 */
public record Inbound(
    ConversationKey key,
    String userName,
    String text,
    Action action,
    boolean direct,
    String channelName,
    Instant receivedAt) {

  public Inbound {
    Objects.requireNonNull(key, "key");
    userName = Typed.clean(userName);
    userName = userName.isBlank() ? key.user() : userName;
    text = Typed.clean(text);
    channelName = Typed.clean(channelName);
    channelName = channelName.isBlank() ? key.channel() : channelName;
  }

  public Inbound(
      ConversationKey key,
      String userName,
      String text,
      Action action,
      boolean direct,
      String channelName) {
    this(key, userName, text, action, direct, channelName, null);
  }

  public static Inbound text(ConversationKey key, String userName, String text) {
    return new Inbound(key, userName, text, null, false, null);
  }

  public static Inbound action(ConversationKey key, String userName, Action action) {
    return new Inbound(key, userName, "", Objects.requireNonNull(action, "action"), false, null);
  }

  /** The same person, place and moment, pressing {@code pressed} instead of typing. */
  public Inbound pressing(Action pressed) {
    return new Inbound(
        key,
        userName,
        "",
        Objects.requireNonNull(pressed, "pressed"),
        direct,
        channelName,
        receivedAt);
  }

  /** The same, received at {@code when}. */
  public Inbound receivedAt(Instant when) {
    return new Inbound(key, userName, text, action, direct, channelName, when);
  }

  public Inbound inDirectMessage() {
    return new Inbound(key, userName, text, action, true, channelName, receivedAt);
  }

  public Inbound inChannelNamed(String name) {
    return new Inbound(key, userName, text, action, direct, name, receivedAt);
  }
}

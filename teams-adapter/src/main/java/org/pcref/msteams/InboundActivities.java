package org.pcref.msteams;

import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.ChannelAccount;
import com.microsoft.bot.schema.Mention;
import com.microsoft.bot.schema.teams.TeamsChannelData;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.pcref.core.message.ConversationKey;
import org.pcref.core.message.Inbound;

/**
 * Reads a Teams activity as the core's {@link Inbound}: who (the person's AAD object id), where
 * (the AAD tenant and the channel or chat), and what (text without the bot's @mention, or the
 * pressed button's action). The same person in two tenants is two people.
 */
final class InboundActivities {

  static final String PLATFORM = "teams";
  static final String PERSONAL = "personal";

  private static final Pattern ANY_MENTION = Pattern.compile("<at>(.*?)</at>", Pattern.DOTALL);

  private InboundActivities() {}

  /** The message as the core's input, or empty when it has neither text nor a button of ours. */
  static Optional<Inbound> read(Activity activity) {
    ConversationKey key = key(activity);
    String name = activity.getFrom() == null ? null : activity.getFrom().getName();
    Inbound inbound;
    Optional<Submit> submit = Submit.read(activity.getValue());
    if (submit.isPresent()) {
      inbound = Inbound.action(key, name, submit.get().toAction());
    } else {
      String text = textWithoutMention(activity);
      if (text.isBlank()) {
        return Optional.empty();
      }
      inbound = Inbound.text(key, name, text);
    }
    if (isPersonal(activity)) {
      return Optional.of(inbound.inDirectMessage());
    }
    return Optional.of(inbound.inChannelNamed(channelName(activity)));
  }

  static ConversationKey key(Activity activity) {
    return new ConversationKey(
        PLATFORM, tenant(activity), conversation(activity), userId(activity.getFrom()));
  }

  /** The AAD tenant id; the Emulator sends none and gets its channel id instead. */
  static String tenant(Activity activity) {
    if (activity.getConversation() != null && notBlank(activity.getConversation().getTenantId())) {
      return activity.getConversation().getTenantId();
    }
    TeamsChannelData data = activity.teamsGetChannelData();
    if (data != null && data.getTenant() != null && notBlank(data.getTenant().getId())) {
      return data.getTenant().getId();
    }
    return activity.getChannelId() == null ? "unknown" : activity.getChannelId();
  }

  /**
   * The channel or chat: a channel's id without the thread ({@code ;messageid=...}), so that every
   * thread of a channel belongs to the channel's team; otherwise the chat's conversation id.
   */
  static String conversation(Activity activity) {
    TeamsChannelData data = activity.teamsGetChannelData();
    if (data != null && data.getChannel() != null && notBlank(data.getChannel().getId())) {
      return data.getChannel().getId();
    }
    if (data != null && notBlank(data.getTeamsChannelId())) {
      return data.getTeamsChannelId();
    }
    String id = activity.getConversation() == null ? null : activity.getConversation().getId();
    if (id == null) {
      throw new IllegalArgumentException("activity without a conversation");
    }
    int thread = id.indexOf(";messageid=");
    return thread < 0 ? id : id.substring(0, thread);
  }

  /** A person's AAD object id, which stays the same across chats; the Emulator only has an id. */
  static String userId(ChannelAccount account) {
    if (account == null) {
      throw new IllegalArgumentException("activity without a sender");
    }
    return notBlank(account.getAadObjectId()) ? account.getAadObjectId() : account.getId();
  }

  static boolean isPersonal(Activity activity) {
    return activity.getConversation() != null
        && (PERSONAL.equals(activity.getConversation().getConversationType())
            || activity.getConversation().getConversationType() == null
                && !activity.getConversation().isGroup());
  }

  /** The channel's name where Teams gives it, else the team's, else the chat's, else its id. */
  static String channelName(Activity activity) {
    TeamsChannelData data = activity.teamsGetChannelData();
    if (data != null && data.getChannel() != null && notBlank(data.getChannel().getName())) {
      return data.getChannel().getName();
    }
    if (data != null && data.getTeam() != null && notBlank(data.getTeam().getName())) {
      return data.getTeam().getName();
    }
    if (activity.getConversation() != null && notBlank(activity.getConversation().getName())) {
      return activity.getConversation().getName();
    }
    return conversation(activity);
  }

  /**
   * The text without the bot's {@code <at>…</at>} mention; other people's mentions keep their name
   * only. Literal replacement: a mention's text is never read as a pattern.
   */
  static String textWithoutMention(Activity activity) {
    String text = activity.getText() == null ? "" : activity.getText();
    String botId = activity.getRecipient() == null ? null : activity.getRecipient().getId();
    for (Mention mention : mentions(activity)) {
      if (mention.getMentioned() != null
          && botId != null
          && botId.equals(mention.getMentioned().getId())
          && notBlank(mention.getText())) {
        text = text.replace(mention.getText(), " ");
      }
    }
    Matcher others = ANY_MENTION.matcher(text);
    text = others.replaceAll(result -> Matcher.quoteReplacement(result.group(1)));
    return text.replace('\u00a0', ' ').strip();
  }

  private static List<Mention> mentions(Activity activity) {
    try {
      return activity.getMentions();
    } catch (RuntimeException unreadable) {
      return List.of();
    }
  }

  private static boolean notBlank(String s) {
    return s != null && !s.isBlank();
  }
}

package org.pcref.slack;

import com.slack.api.Slack;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.response.chat.ChatPostMessageResponse;
import com.slack.api.methods.response.conversations.ConversationsOpenResponse;
import java.util.List;
import java.util.Optional;
import org.pcref.core.message.Address;
import org.pcref.core.message.Delivery;
import org.pcref.core.message.Notifier;
import org.pcref.core.message.Reply;

/**
 * Messages the bot starts (nudges), sent to Slack: a person by direct message ({@code
 * conversations.open}, then {@code chat.postMessage}) or a channel. One try: a failure is reported
 * as a {@link Delivery}, never swallowed, with the wait a rate limit ({@code 429}) asks for, and
 * the nudge scheduler tries again when it is due.
 */
public final class SlackNotifier implements Notifier {

  private final Slack slack;
  private final BotTokens tokens;
  private final SlackCalls calls;
  private final BlockKitRenderer renderer = new BlockKitRenderer();

  public SlackNotifier(Slack slack, BotTokens tokens) {
    this(slack, tokens, SlackCalls.once());
  }

  SlackNotifier(Slack slack, BotTokens tokens, SlackCalls calls) {
    this.slack = slack;
    this.tokens = tokens;
    this.calls = calls;
  }

  @Override
  public String platform() {
    return SlackAdapter.PLATFORM;
  }

  @Override
  public Delivery deliver(Address to, List<Reply> replies) {
    if (!SlackAdapter.PLATFORM.equals(to.platform())) {
      return new Delivery.Unreachable("not a Slack address: " + to.platform());
    }
    Optional<String> token = tokens.forWorkspace(to.tenant());
    if (token.isEmpty()) {
      return new Delivery.Unreachable("the app is not installed in workspace " + to.tenant());
    }
    MethodsClient client = slack.methods(token.get(), to.tenant());
    String channel = to.channel();
    if (to.isDirect()) {
      SlackCalls.Outcome<ConversationsOpenResponse> opened =
          calls.call(
              "conversations.open",
              () -> client.conversationsOpen(r -> r.users(List.of(to.user()))));
      if (!opened.ok()) {
        return opened.failure();
      }
      channel = opened.response().getChannel().getId();
    }
    String firstId = null;
    String target = channel;
    for (SlackMessage message : renderer.messages(replies)) {
      SlackCalls.Outcome<ChatPostMessageResponse> posted =
          calls.call(
              "chat.postMessage",
              () ->
                  client.chatPostMessage(
                      r -> r.channel(target).blocks(message.blocks()).text(message.text())));
      if (!posted.ok()) {
        return posted.failure();
      }
      firstId =
          firstId == null
              ? posted.response().getChannel() + "/" + posted.response().getTs()
              : firstId;
    }
    return new Delivery.Sent(firstId);
  }
}

package org.pcref.slack;

import com.slack.api.Slack;
import com.slack.api.app_backend.interactive_components.response.ActionResponse;
import com.slack.api.bolt.util.Responder;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.response.conversations.ConversationsOpenResponse;
import com.slack.api.model.view.View;
import com.slack.api.webhook.WebhookResponse;
import java.io.IOException;
import java.util.List;
import org.pcref.core.message.Reply;
import org.pcref.core.message.Untrusted;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends rendered messages back to Slack: through a {@code response_url} (answers to slash commands
 * and to buttons on private messages) or with the Web API ({@code chat.postMessage} for mentions
 * and direct messages, {@code views.publish} for App Home); exports as files. A failure is logged
 * with Slack's error, never with the message text or a token.
 */
final class Outbox {

  private static final Logger LOG = LoggerFactory.getLogger(Outbox.class);

  private final Slack slack;
  private final SlackCalls calls;
  private final FileUploads files;

  Outbox(Slack slack, SlackCalls calls) {
    this.slack = slack;
    this.calls = calls;
    this.files = new FileUploads(calls, this);
  }

  /**
   * {@code replies} with their files (exports) shared as Slack files in {@code userId}'s direct
   * message with the bot, each replaced by a line saying so ({@link FileUploads}); to call before
   * rendering, on the executor (uploads take time).
   */
  List<Reply> shareFiles(MethodsClient client, String channel, String userId, List<Reply> replies) {
    return files.upload(client, channel, userId, replies);
  }

  /**
   * Private to the person who asked, except messages for the channel, which everyone sees. Returns
   * whether Slack took every one.
   */
  boolean respond(String responseUrl, List<SlackMessage> messages) {
    boolean all = true;
    for (SlackMessage message : messages) {
      all &=
          respond(
              responseUrl,
              ActionResponse.builder()
                  .responseType(message.forChannel() ? "in_channel" : "ephemeral")
                  .replaceOriginal(false)
                  .blocks(message.blocks())
                  .text(message.text())
                  .build());
    }
    return all;
  }

  /** Returns whether Slack took it. */
  boolean respond(String responseUrl, ActionResponse response) {
    try {
      WebhookResponse sent = new Responder(slack, responseUrl).send(response);
      if (sent.getCode() != 200) {
        LOG.warn(
            "Slack refused a response_url message: HTTP {} {}",
            sent.getCode(),
            Untrusted.forLog(sent.getBody()));
        return false;
      }
      return true;
    } catch (IOException | RuntimeException e) {
      LOG.warn("Could not reach Slack's response_url: {}", e.toString());
      return false;
    }
  }

  /**
   * Posts in a channel or direct message, in the thread {@code threadTs} when it is not null,
   * honouring Slack's rate limits; stops at the first message that cannot be sent. Returns whether
   * every one was sent.
   */
  boolean post(MethodsClient client, String channel, String threadTs, List<SlackMessage> messages) {
    for (SlackMessage message : messages) {
      if (!calls
          .call(
              "chat.postMessage",
              () ->
                  client.chatPostMessage(
                      r ->
                          r.channel(channel)
                              .threadTs(threadTs)
                              .blocks(message.blocks())
                              .text(message.text())))
          .ok()) {
        return false;
      }
    }
    return true;
  }

  /**
   * The direct message with {@code userId}, opened if need be; null when Slack will not open it.
   */
  String directMessage(MethodsClient client, String userId) {
    SlackCalls.Outcome<ConversationsOpenResponse> opened =
        calls.call(
            "conversations.open", () -> client.conversationsOpen(r -> r.users(List.of(userId))));
    return opened.ok() && opened.response().getChannel() != null
        ? opened.response().getChannel().getId()
        : null;
  }

  /** Publishes {@code view} as {@code userId}'s App Home. */
  void publishHome(MethodsClient client, String userId, View view) {
    calls.call("views.publish", () -> client.viewsPublish(r -> r.userId(userId).view(view)));
  }
}

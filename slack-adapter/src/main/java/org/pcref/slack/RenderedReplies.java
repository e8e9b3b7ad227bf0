package org.pcref.slack;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.slack.api.app_backend.slash_commands.response.SlashCommandResponse;
import com.slack.api.bolt.util.JsonOps;
import java.util.List;
import org.pcref.core.message.Reply;

/**
 * The replies of a turn as Slack messages, and the first as the JSON of a private slash-command
 * ack. The same questions come again and again and their answers are the same replies, so what they
 * render to is kept (a bounded number, the most used); rendering is pure, so a kept rendering is
 * the one that would be made afresh. Exports are rendered every time, never kept.
 */
final class RenderedReplies {

  /** What a turn's replies become in Slack. */
  record Rendered(List<SlackMessage> messages, String privateAck) {}

  private final BlockKitRenderer renderer;

  /** At most about two million characters of kept acks, weighed by their length. */
  private final Cache<List<Reply>, Rendered> kept =
      Caffeine.newBuilder()
          .maximumWeight(2_000_000)
          .<List<Reply>, Rendered>weigher(
              (replies, rendered) ->
                  rendered.privateAck() == null ? 1_000 : rendered.privateAck().length())
          .build();

  RenderedReplies(BlockKitRenderer renderer) {
    this.renderer = renderer;
  }

  Rendered of(List<Reply> replies) {
    if (replies.stream().anyMatch(FileUploads::isFile)) {
      return render(replies);
    }
    return kept.get(List.copyOf(replies), this::renderToKeep);
  }

  /** A rendering to keep: its ack's bytes are kept with it ({@link EncodedBodies}). */
  private Rendered renderToKeep(List<Reply> replies) {
    Rendered rendered = render(replies);
    if (rendered.privateAck() != null) {
      EncodedBodies.keep(rendered.privateAck());
    }
    return rendered;
  }

  private Rendered render(List<Reply> replies) {
    List<SlackMessage> messages = renderer.messages(replies);
    if (messages.isEmpty() || messages.get(0).forChannel()) {
      return new Rendered(messages, null);
    }
    SlackMessage first = messages.get(0);
    // Exactly what Bolt's SlashCommandContext.ack(...) would write for this message.
    String ack =
        JsonOps.toJsonString(
            SlashCommandResponse.builder()
                .responseType("ephemeral")
                .blocks(first.blocks())
                .text(first.text())
                .build());
    return new Rendered(messages, ack);
  }
}

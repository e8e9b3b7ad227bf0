package org.pcref.slack;

import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackFilesUploadV2Exception;
import com.slack.api.methods.response.files.FilesUploadV2Response;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.pcref.core.message.Reply;

/**
 * Exports ({@link Reply.File}) as Slack files rather than as text: the SDK's {@code files.uploadV2}
 * asks Slack for an upload address ({@code files.getUploadURLExternal}), sends the bytes there and
 * shares the file ({@code files.completeUploadExternal} with the channel). A file goes to the
 * person's direct message with the bot, never to a channel: an export holds the team's notes, and
 * whoever asks in a channel has asked privately. When Slack will not take the file (the app was
 * installed before it asked for {@code files:write}, or Slack is down) the person is told why, and
 * the renderer shows the file itself only when it is short ({@link
 * BlockKitRenderer#MAX_INLINE_FILE}).
 */
final class FileUploads {

  /** The scope an upload needs; an older install may not have it. */
  static final String SCOPE = "files:write";

  private final SlackCalls calls;
  private final Outbox outbox;

  FileUploads(SlackCalls calls, Outbox outbox) {
    this.calls = calls;
    this.outbox = outbox;
  }

  /**
   * {@code replies} with each file uploaded for {@code userId} and replaced by a line saying where
   * it went (nothing, when the conversation is already their direct message). A file that could not
   * be uploaded stays, after a line saying why. {@code channel} is where the turn is answered.
   */
  List<Reply> upload(MethodsClient client, String channel, String userId, List<Reply> replies) {
    if (replies.stream().noneMatch(FileUploads::isFile)) {
      return replies;
    }
    // Always the direct message with the bot: a slash command typed in a direct message between two
    // people comes from a conversation the bot is not in, and is not for the other person.
    String target = outbox.directMessage(client, userId);
    boolean direct = target != null && target.equals(channel);
    List<Reply> out = new ArrayList<>();
    for (Reply reply : replies) {
      if (!isFile(reply)) {
        out.add(reply);
        continue;
      }
      Reply.File file = file(reply);
      String failure =
          target == null
              ? "I couldn’t open a direct message with you to send " + file.name() + "."
              : send(client, target, file);
      if (failure == null) {
        if (!direct) {
          out.add(
              forSameAudience(
                  reply, new Reply.Text("I’ve sent you " + file.name() + " in a direct message.")));
        }
      } else {
        out.add(forSameAudience(reply, new Reply.Text(failure)));
        out.add(reply);
      }
    }
    return out;
  }

  /** Null when the file was shared; else what to tell the person. */
  private String send(MethodsClient client, String target, Reply.File file) {
    byte[] bytes = file.content().getBytes(StandardCharsets.UTF_8);
    SlackCalls.Outcome<FilesUploadV2Response> sent =
        calls.call(
            "files.uploadV2",
            () -> {
              try {
                return client.filesUploadV2(
                    r ->
                        r.channel(target)
                            .filename(file.name())
                            .title(file.name())
                            .fileData(bytes)
                            .requestFileInfo(false));
              } catch (SlackFilesUploadV2Exception e) {
                return failed(e);
              }
            });
    if (sent.ok()) {
      return null;
    }
    String reason =
        sent.failure() instanceof org.pcref.core.message.Delivery.Failed f
            ? f.reason()
            : ((org.pcref.core.message.Delivery.Unreachable) sent.failure()).reason();
    if ("missing_scope".equals(reason) || "not_allowed_token_type".equals(reason)) {
      return "I couldn’t attach "
          + file.name()
          + ": this Slack app may not share files yet. Ask whoever manages Slack apps here to"
          + " reinstall PCREF Bot so it gets the "
          + SCOPE
          + " permission.";
    }
    return "I couldn’t attach "
        + file.name()
        + " (Slack said: "
        + reason
        + "). Please try again in a minute.";
  }

  /** The failed step's error as a response, so the call is judged like any other. */
  private static FilesUploadV2Response failed(SlackFilesUploadV2Exception e) {
    FilesUploadV2Response response = new FilesUploadV2Response();
    response.setOk(false);
    response.setError(error(e));
    return response;
  }

  private static String error(SlackFilesUploadV2Exception e) {
    if (e.getCompleteResponse() != null && e.getCompleteResponse().getError() != null) {
      return e.getCompleteResponse().getError();
    }
    for (var uploaded : e.getUploadResponses().entrySet()) {
      if (uploaded.getValue().getCode() != 200) {
        return "upload answered HTTP " + uploaded.getValue().getCode();
      }
    }
    return e.getGetURLResponses().stream()
        .map(r -> r.getError())
        .filter(java.util.Objects::nonNull)
        .reduce((first, last) -> last)
        .orElse("upload failed");
  }

  static boolean isFile(Reply reply) {
    return reply instanceof Reply.File
        || reply instanceof Reply.ForChannel shared && shared.reply() instanceof Reply.File;
  }

  private static Reply.File file(Reply reply) {
    return reply instanceof Reply.File f ? f : (Reply.File) ((Reply.ForChannel) reply).reply();
  }

  private static Reply forSameAudience(Reply original, Reply text) {
    return original instanceof Reply.ForChannel ? new Reply.ForChannel(text) : text;
  }
}

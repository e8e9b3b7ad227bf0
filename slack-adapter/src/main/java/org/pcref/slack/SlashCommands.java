package org.pcref.slack;

import com.google.gson.JsonObject;
import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.handler.builtin.SlashCommandHandler;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.response.Response;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.pcref.core.conversation.Assistant;
import org.pcref.core.message.Inbound;
import org.pcref.core.message.Reply;
import org.pcref.core.message.SeenKeys;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code /pcref <anything>}: the text goes to the core as typed ({@code /pcref} alone gets the
 * help), once per trigger id (a signed command sent again is acked and not run). A question the
 * core can answer at once (from memory, or read along with recording the trigger) is answered on
 * the request thread. Any other turn runs on the executor, so that a slow database cannot hold up
 * the ack. When the turn is done within {@link #ACK_BUDGET} (nearly always) its first message is
 * the ack itself, private to the person who asked; the rest, and everything when the turn is slow,
 * goes through the {@code response_url}. A reply for the channel (a check-in summary) is posted for
 * everyone.
 */
final class SlashCommands implements SlashCommandHandler {

  private static final Logger LOG = LoggerFactory.getLogger(SlashCommands.class);

  /** Slack wants the ack within 3 s; this leaves room for the network. */
  static final Duration ACK_BUDGET = Duration.ofMillis(2_000);

  /** The ack of a turn that shares a file, which takes longer than an ack may. */
  static final String PREPARING = "Preparing the file…";

  private final Assistant bot;
  private final SeenKeys triggers;
  private final Executor executor;
  private final BlockKitRenderer renderer;
  private final Outbox outbox;
  private final RenderedReplies answers;

  SlashCommands(
      Assistant bot,
      SeenKeys triggers,
      Executor executor,
      BlockKitRenderer renderer,
      Outbox outbox) {
    this.bot = bot;
    this.triggers = triggers;
    this.executor = executor;
    this.renderer = renderer;
    this.outbox = outbox;
    this.answers = new RenderedReplies(renderer);
  }

  @Override
  public Response apply(SlashCommandRequest request, SlashCommandContext context) {
    SlashCommandPayload payload = request.getPayload();
    Inbound inbound =
        SlackAdapter.place(
            Inbound.text(
                SlackAdapter.key(payload.getTeamId(), payload.getChannelId(), payload.getUserId()),
                payload.getUserName(),
                payload.getText()),
            payload.getChannelId(),
            payload.getChannelName());
    String responseUrl = payload.getResponseUrl();
    Assistant.Once once;
    try {
      String trigger = payload.getTriggerId();
      once =
          trigger == null
              ? new Assistant.Once(true, bot.answerFromMemory(inbound))
              : bot.answerOnce(inbound, triggers, OncePerEvent.triggerKey(trigger));
    } catch (SeenKeys.Unavailable down) {
      return notRun(down);
    }
    if (!once.firstTime()) {
      OncePerEvent.sentAgain("slash command", payload.getTriggerId());
      return context.ack();
    }
    CompletableFuture<List<Reply>> turn;
    Optional<List<Reply>> atOnce = once.answer();
    try {
      turn =
          atOnce.isPresent()
              ? CompletableFuture.completedFuture(atOnce.get())
              : CompletableFuture.supplyAsync(queued(inbound), executor);
    } catch (RejectedExecutionException busy) {
      return context.ack(SlackAdapter.BUSY);
    }
    try {
      List<Reply> replies = turn.get(ACK_BUDGET.toMillis(), TimeUnit.MILLISECONDS);
      if (replies.stream().anyMatch(FileUploads::isFile)) {
        // An upload takes longer than an ack may: the file and what is said about it come after.
        SlackAdapter.submit(executor, () -> answerLater(context, payload, inbound, replies));
        return context.ack(PREPARING);
      }
      RenderedReplies.Rendered rendered = answers.of(replies);
      List<SlackMessage> messages = rendered.messages();
      if (rendered.privateAck() == null) {
        later(inbound, responseUrl, replies, messages);
        return context.ack();
      }
      later(inbound, responseUrl, replies, messages.subList(1, messages.size()));
      return Response.json(200, rendered.privateAck());
    } catch (TimeoutException slow) {
      // Answered from the executor's thread that finishes the turn, once it does.
      turn.thenAccept(replies -> answerLater(context, payload, inbound, replies));
      return context.ack();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return context.ack(SlackAdapter.BUSY);
    } catch (ExecutionException e) {
      // Assistant.handle never throws; should it ever, the person still gets a polite answer, not
      // an error.
      return context.ack(SlackAdapter.BUSY);
    }
  }

  /**
   * The ack of a slash command that was not run because its trigger could not be recorded. Slack
   * never sends a slash command again, and shows its own error for a 503: say plainly that nothing
   * was done, rather than run it when the database is back.
   */
  private static Response notRun(SeenKeys.Unavailable down) {
    LOG.warn("A slash command was not run: {}", down.getMessage());
    JsonObject answer = new JsonObject();
    answer.addProperty("response_type", "ephemeral");
    answer.addProperty("text", SlackText.escape(Assistant.TOO_LATE));
    return Response.json(200, answer.toString());
  }

  /** The whole answer through the {@code response_url}, files shared first. */
  private void answerLater(
      SlashCommandContext context,
      SlashCommandPayload payload,
      Inbound inbound,
      List<Reply> replies) {
    List<Reply> shown =
        outbox.shareFiles(context.client(), payload.getChannelId(), payload.getUserId(), replies);
    if (outbox.respond(payload.getResponseUrl(), renderer.messages(shown))) {
      bot.posted(inbound.key(), replies);
    }
  }

  /** The turn, to run once the executor gets to it; not taken if that is too late. */
  private java.util.function.Supplier<List<Reply>> queued(Inbound inbound) {
    Inbound received = bot.received(inbound);
    return () -> bot.handle(received);
  }

  /**
   * Sends the messages after the ack; when Slack took them, the turn's replies were posted. (A
   * reply for the channel never goes in the ack: {@link RenderedReplies} keeps those private.)
   */
  private void later(
      Inbound inbound, String responseUrl, List<Reply> replies, List<SlackMessage> messages) {
    if (!messages.isEmpty()) {
      List<SlackMessage> copy = List.copyOf(messages);
      SlackAdapter.submit(
          executor,
          () -> {
            if (outbox.respond(responseUrl, copy)) {
              bot.posted(inbound.key(), replies);
            }
          });
    }
  }
}

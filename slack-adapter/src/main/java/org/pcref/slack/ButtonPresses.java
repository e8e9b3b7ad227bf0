package org.pcref.slack;

import static com.slack.api.model.block.Blocks.context;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.app_backend.interactive_components.response.ActionResponse;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.handler.builtin.BlockActionHandler;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.block.ActionsBlock;
import com.slack.api.model.block.LayoutBlock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import org.pcref.core.conversation.Assistant;
import org.pcref.core.message.Action;
import org.pcref.core.message.Inbound;
import org.pcref.core.message.Reply;

/**
 * A button press: the core's action id and value go back to the core unchanged. The message whose
 * button was pressed is first rewritten without its buttons (so the question cannot be answered
 * twice) and says who chose what; the conversation then goes on in a new message. A button that
 * everyone in the channel may press (on a message for the whole channel) leaves its message as it
 * is, and the answer goes to the person who pressed it alone. Buttons on App Home are passed to
 * {@link AppHome}.
 */
final class ButtonPresses implements BlockActionHandler {

  private final Assistant bot;
  private final Executor executor;
  private final BlockKitRenderer renderer;
  private final Outbox outbox;
  private final AppHome home;

  ButtonPresses(
      Assistant bot, Executor executor, BlockKitRenderer renderer, Outbox outbox, AppHome home) {
    this.bot = bot;
    this.executor = executor;
    this.renderer = renderer;
    this.outbox = outbox;
    this.home = home;
  }

  @Override
  public Response apply(BlockActionRequest request, ActionContext context) {
    BlockActionPayload payload = request.getPayload();
    if (payload.getActions() == null
        || payload.getActions().isEmpty()
        || payload.getUser() == null) {
      return context.ack();
    }
    BlockActionPayload.Action pressed = payload.getActions().get(0);
    if (SlackChecklist.isTick(pressed)) {
      // A box ticked: Slack sends the state of every box with the submit button's press.
      return context.ack();
    }
    String chosen =
        pressed.getSelectedOption() != null ? pressed.getSelectedOption().getValue() : null;
    Action found = Buttons.action(pressed.getActionId(), pressed.getValue(), chosen);
    if (found == null) {
      return context.ack();
    }
    Action action = found.ticking(SlackChecklist.ticked(payload.getState()));
    String teamId =
        context.getTeamId() != null ? context.getTeamId() : payload.getUser().getTeamId();
    String userId = payload.getUser().getId();
    String userName =
        payload.getUser().getName() != null
            ? payload.getUser().getName()
            : payload.getUser().getUsername();
    if (payload.getView() != null && "home".equals(payload.getView().getType())) {
      SlackAdapter.submit(
          executor, () -> home.pressed(context.client(), teamId, userId, userName, action));
      return context.ack();
    }
    if (payload.getChannel() == null) {
      return context.ack();
    }
    String channelId = payload.getChannel().getId();
    Inbound inbound =
        bot.received(
            SlackAdapter.place(
                Inbound.action(SlackAdapter.key(teamId, channelId, userId), userName, action),
                channelId,
                payload.getChannel().getName()));
    String label = label(pressed);
    SlackAdapter.submit(
        executor,
        () -> {
          String responseUrl = payload.getResponseUrl();
          boolean forEveryone = Buttons.isForEveryone(pressed.getActionId());
          if (responseUrl != null && !forEveryone) {
            outbox.respond(responseUrl, answered(payload, userName, label));
          }
          List<Reply> replies = bot.handle(inbound);
          List<SlackMessage> next =
              renderer.messages(outbox.shareFiles(context.client(), channelId, userId, replies));
          boolean privateMessage =
              payload.getContainer() != null && payload.getContainer().isEphemeral();
          if (forEveryone || privateMessage || payload.getMessage() == null) {
            // What was private stays private: without a response_url it is not sent at all.
            if (responseUrl != null && outbox.respond(responseUrl, next)) {
              bot.posted(inbound.key(), replies);
            }
          } else {
            String thread =
                payload.getMessage() != null ? payload.getMessage().getThreadTs() : null;
            if (outbox.post(context.client(), channelId, thread, next)) {
              bot.posted(inbound.key(), replies);
            }
          }
        });
    return context.ack();
  }

  /** What the person chose, in the words they saw: a button's label or an option's text. */
  private static String label(BlockActionPayload.Action pressed) {
    if (pressed.getSelectedOption() != null && pressed.getSelectedOption().getText() != null) {
      return pressed.getSelectedOption().getText().getText();
    }
    return pressed.getText() != null ? pressed.getText().getText() : pressed.getValue();
  }

  /** The pressed message without its buttons, and a line saying who chose what. */
  private static ActionResponse answered(
      BlockActionPayload payload, String userName, String label) {
    List<LayoutBlock> blocks = new ArrayList<>();
    if (payload.getMessage() != null && payload.getMessage().getBlocks() != null) {
      payload.getMessage().getBlocks().stream()
          .filter(b -> !(b instanceof ActionsBlock))
          .limit(BlockKitRenderer.MAX_BLOCKS - 1)
          .forEach(blocks::add);
    }
    String chose = "✓ " + SlackText.escape(userName) + " chose *" + SlackText.escape(label) + "*";
    blocks.add(context(c -> c.elements(List.of(BlockKitRenderer.markdown(chose)))));
    return ActionResponse.builder().replaceOriginal(true).blocks(blocks).text(chose).build();
  }
}

package org.pcref.slack;

import static com.slack.api.model.block.Blocks.divider;

import com.slack.api.app_backend.events.payload.EventsApiPayload;
import com.slack.api.bolt.context.builtin.EventContext;
import com.slack.api.bolt.handler.BoltEventHandler;
import com.slack.api.methods.MethodsClient;
import com.slack.api.model.block.ActionsBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.element.ButtonElement;
import com.slack.api.model.event.AppHomeOpenedEvent;
import com.slack.api.model.view.View;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import org.pcref.core.conversation.Assistant;
import org.pcref.core.conversation.Home;
import org.pcref.core.message.Action;
import org.pcref.core.message.Inbound;
import org.pcref.core.message.Reply;

/**
 * The App Home tab: what the core's {@link Home} shows (each of the person's teams at a glance: the
 * level of each competency as a grid, who set it and when, and when the team is next due to check
 * in) and its buttons, rendered as blocks. A button pressed there carries on in the person's direct
 * message with the bot, and the tab is published again.
 */
final class AppHome {

  static final int MAX_BLOCKS = 100;

  private final Assistant bot;
  private final Executor executor;
  private final BlockKitRenderer renderer;
  private final Outbox outbox;

  AppHome(Assistant bot, Executor executor, BlockKitRenderer renderer, Outbox outbox) {
    this.bot = bot;
    this.executor = executor;
    this.renderer = renderer;
    this.outbox = outbox;
  }

  BoltEventHandler<AppHomeOpenedEvent> opened() {
    return (EventsApiPayload<AppHomeOpenedEvent> payload, EventContext context) -> {
      AppHomeOpenedEvent event = payload.getEvent();
      if (event.getUser() != null
          && event.getChannel() != null
          && !"messages".equals(event.getTab())) {
        MethodsClient client = context.client();
        String teamId = context.getTeamId();
        SlackAdapter.submit(
            executor, () -> publish(client, teamId, event.getChannel(), event.getUser()));
      }
      return context.ack();
    };
  }

  void publish(MethodsClient client, String teamId, String channel, String userId) {
    Home home = bot.home(SlackAdapter.key(teamId, channel, userId));
    outbox.publishHome(client, userId, View.builder().type("home").blocks(blocks(home)).build());
  }

  void pressed(MethodsClient client, String teamId, String userId, String userName, Action action) {
    String channel = outbox.directMessage(client, userId);
    if (channel == null) {
      return;
    }
    Inbound inbound =
        Inbound.action(SlackAdapter.key(teamId, channel, userId), userName, action)
            .inDirectMessage();
    List<Reply> replies = bot.handle(inbound);
    List<Reply> shown = outbox.shareFiles(client, channel, userId, replies);
    if (outbox.post(client, channel, null, renderer.messages(shown))) {
      bot.posted(inbound.key(), replies);
    }
    publish(client, teamId, channel, userId);
  }

  /**
   * What the home shows, each team after a divider, as many blocks as Slack allows, then a divider
   * and the home's buttons, the first (start a check-in) marked as the one to press.
   */
  List<LayoutBlock> blocks(Home home) {
    List<LayoutBlock> blocks = new ArrayList<>();
    for (Reply reply : home.shown()) {
      if (!blocks.isEmpty() && (reply instanceof Reply.Grid || reply instanceof Reply.Card)) {
        blocks.add(divider());
      }
      blocks.addAll(renderer.blocks(reply));
    }
    List<LayoutBlock> buttons = renderer.buttons(home.buttons());
    if (!buttons.isEmpty()
        && buttons.get(0) instanceof ActionsBlock row
        && row.getElements().get(0) instanceof ButtonElement first) {
      first.setStyle("primary");
    }
    int room = MAX_BLOCKS - 1 - buttons.size();
    List<LayoutBlock> view = new ArrayList<>(blocks.subList(0, Math.min(room, blocks.size())));
    view.add(divider());
    view.addAll(buttons);
    return view;
  }
}

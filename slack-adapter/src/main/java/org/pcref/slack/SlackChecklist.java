package org.pcref.slack;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.composition.OptionObject;
import com.slack.api.model.block.element.CheckboxesElement;
import com.slack.api.model.view.ViewState;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.pcref.core.message.Reply;

/**
 * A checklist as Block Kit: per group (a level) its heading and items in full, numbered, then a
 * {@code checkboxes} element with an option per item (at most ten to an element, as Slack allows;
 * an option's text is at most 75 characters, hence the full text above it). Ticking a box sends
 * Slack's block_actions, which is only acknowledged; the submit button's press carries the state of
 * every box on the message, which {@link #ticked} reads.
 */
final class SlackChecklist {

  /** The action id of a checkboxes element starts with this. */
  static final String ACTION = "ticks#";

  static final int MAX_OPTIONS = 10;
  static final int MAX_OPTION_TEXT = 75;

  private SlackChecklist() {}

  /** The checklist without its buttons (the caller adds the submit button and the others). */
  static List<LayoutBlock> blocks(Reply.Checklist checklist) {
    List<LayoutBlock> blocks =
        new ArrayList<>(SlackLayouts.heading(checklist.title(), checklist.subtitle()));
    int element = 0;
    for (Reply.TickGroup group : checklist.groups()) {
      StringBuilder text = new StringBuilder();
      if (!group.heading().isEmpty()) {
        text.append('*').append(SlackText.escape(group.heading())).append('*');
      }
      for (Reply.Tick tick : group.ticks()) {
        text.append('\n')
            .append(SlackText.escape(tick.id()))
            .append(". ")
            .append(SlackText.escape(tick.text()));
      }
      blocks.addAll(BlockKitRenderer.textBlocks(text.toString().strip()));
      List<Reply.Tick> ticks = group.ticks();
      for (int from = 0; from < ticks.size(); from += MAX_OPTIONS) {
        List<OptionObject> options = new ArrayList<>();
        for (Reply.Tick tick : ticks.subList(from, Math.min(ticks.size(), from + MAX_OPTIONS))) {
          String label = SlackText.escape(tick.id() + " · " + tick.text());
          options.add(
              OptionObject.builder()
                  .text(plainText(SlackText.shorten(label, MAX_OPTION_TEXT)))
                  .value(tick.id())
                  .build());
        }
        String actionId = ACTION + element++;
        blocks.add(
            actions(
                a ->
                    a.elements(
                        List.of(
                            CheckboxesElement.builder()
                                .actionId(actionId)
                                .options(options)
                                .build()))));
      }
    }
    if (!checklist.footer().isEmpty()) {
      blocks.add(SlackLayouts.contextLine(SlackText.escape(checklist.footer())));
    }
    return blocks;
  }

  /** Whether a block_actions is a box ticked or unticked, not a button press. */
  static boolean isTick(BlockActionPayload.Action action) {
    return action.getActionId() != null && action.getActionId().startsWith(ACTION);
  }

  /** The ids of the boxes ticked on the message, from the state Slack sends with a press. */
  static List<String> ticked(ViewState state) {
    List<String> ids = new ArrayList<>();
    if (state == null || state.getValues() == null) {
      return ids;
    }
    for (Map<String, ViewState.Value> block : state.getValues().values()) {
      for (Map.Entry<String, ViewState.Value> element : block.entrySet()) {
        if (element.getKey().startsWith(ACTION)
            && element.getValue() != null
            && element.getValue().getSelectedOptions() != null) {
          element.getValue().getSelectedOptions().forEach(o -> ids.add(o.getValue()));
        }
      }
    }
    return ids;
  }
}

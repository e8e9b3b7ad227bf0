package org.pcref.slack;

import com.slack.api.model.block.ActionsBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.element.BlockElement;
import com.slack.api.model.block.element.ButtonElement;
import com.slack.api.model.block.element.OverflowMenuElement;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.pcref.core.message.Action;
import org.pcref.core.message.Choice;

/**
 * Slack wants every button's {@code action_id} unique within its message, but the core gives many
 * buttons the same action id (their values differ). Each button gets the core's id plus its place;
 * a press gives back the core's id unchanged. A button on a message for the whole channel is marked
 * as one everyone may press: pressing it leaves the message as it is and answers the person alone.
 */
final class Buttons {

  /** The action id of an overflow menu; its options carry the core's action ids themselves. */
  static final String OVERFLOW = "slack.more";

  /** Slack's limit on an option's value, shorter than a button's. */
  static final int MAX_OPTION_VALUE = 150;

  private static final char SEPARATOR = '#';
  private static final char OPTION_SEPARATOR = ' ';
  private static final String FOR_EVERYONE = "!";

  private Buttons() {}

  /**
   * What an overflow option for {@code choice} carries: the core's action id and value together (an
   * overflow has one action id for all its options); empty when that does not fit an option.
   */
  static Optional<String> optionValue(Choice choice) {
    String value = choice.actionId() + OPTION_SEPARATOR + choice.value();
    boolean fits =
        choice.actionId().indexOf(OPTION_SEPARATOR) < 0
            && !choice.actionId().isEmpty()
            && value.length() <= MAX_OPTION_VALUE;
    return fits ? Optional.of(value) : Optional.empty();
  }

  /**
   * The core's action for a press in Slack: a button's id and value, or what the chosen overflow
   * option carries. Null when the press is neither (nothing the bot sent).
   */
  static Action action(String slackActionId, String value, String selectedOption) {
    if (slackActionId == null) {
      return null;
    }
    String coreId = coreActionId(slackActionId);
    if (!coreId.equals(OVERFLOW)) {
      return new Action(coreId, value);
    }
    int at = selectedOption == null ? -1 : selectedOption.indexOf(OPTION_SEPARATOR);
    return at <= 0
        ? null
        : new Action(selectedOption.substring(0, at), selectedOption.substring(at + 1));
  }

  /**
   * Makes every action id in {@code blocks} unique: the replies of one turn share a message, and
   * each numbers its buttons from 0. A repeated id gets a further number after its place, which
   * {@link #coreActionId} drops like the place.
   */
  static void keepUnique(List<LayoutBlock> blocks) {
    Set<String> seen = new HashSet<>();
    for (LayoutBlock block : blocks) {
      if (block instanceof ActionsBlock row) {
        for (BlockElement element : row.getElements()) {
          if (element instanceof ButtonElement button) {
            button.setActionId(unique(button.getActionId(), seen));
          } else if (element instanceof OverflowMenuElement menu) {
            menu.setActionId(unique(menu.getActionId(), seen));
          }
        }
      }
    }
  }

  private static String unique(String actionId, Set<String> seen) {
    String id = actionId;
    for (int n = 1; !seen.add(id); n++) {
      id = actionId + "." + n;
    }
    return id;
  }

  static String slackActionId(String coreActionId, int place) {
    return coreActionId + SEPARATOR + place;
  }

  /** The same button, marked as one that everyone in the channel may press. */
  static String forEveryone(String slackActionId) {
    return slackActionId.endsWith(FOR_EVERYONE) ? slackActionId : slackActionId + FOR_EVERYONE;
  }

  static boolean isForEveryone(String slackActionId) {
    return slackActionId != null && slackActionId.endsWith(FOR_EVERYONE);
  }

  static String coreActionId(String slackActionId) {
    int at = slackActionId.lastIndexOf(SEPARATOR);
    return at < 0 ? slackActionId : slackActionId.substring(0, at);
  }
}

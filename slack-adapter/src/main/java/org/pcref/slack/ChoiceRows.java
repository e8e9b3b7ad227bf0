package org.pcref.slack;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.composition.OptionObject;
import com.slack.api.model.block.element.BlockElement;
import com.slack.api.model.block.element.ButtonElement;
import com.slack.api.model.block.element.OverflowMenuElement;
import java.util.ArrayList;
import java.util.List;
import org.pcref.core.message.Choice;

/**
 * A reply's choices as rows Slack shows well on a phone. Up to {@link #ALL_AS_BUTTONS} choices are
 * all buttons; with more, the first {@link #PRIMARY} stay buttons (the core puts the answers first:
 * the levels of a check-in question) and the rest go into overflow menus ("⋯") of two to five
 * options each, so one row is never cut off at card width. An overflow option carries the core's
 * action id with its value ({@link Buttons#optionValue}), and a press gives back the same {@link
 * org.pcref.core.message.Action} the button would have. A choice whose value is too long for an
 * option stays a button.
 */
final class ChoiceRows {

  static final int PRIMARY = 4;
  static final int ALL_AS_BUTTONS = 5;
  static final int MAX_ROW = 25;
  static final int MAX_OVERFLOW = 5;
  static final int MIN_OVERFLOW = 2;
  static final int MAX_OPTION_TEXT = 75;

  private ChoiceRows() {}

  /** Actions blocks for {@code choices}, in order; none when there are none. */
  static List<LayoutBlock> of(List<Choice> choices) {
    List<BlockElement> buttons = new ArrayList<>();
    List<Integer> secondary = new ArrayList<>();
    for (int i = 0; i < choices.size(); i++) {
      boolean primary = choices.size() <= ALL_AS_BUTTONS || i < PRIMARY;
      if (primary || Buttons.optionValue(choices.get(i)).isEmpty()) {
        buttons.add(button(choices.get(i), i));
      } else {
        secondary.add(i);
      }
    }
    if (secondary.size() < MIN_OVERFLOW) {
      secondary.forEach(i -> buttons.add(button(choices.get(i), i)));
      secondary.clear();
    }
    List<BlockElement> elements = new ArrayList<>(buttons);
    for (List<Integer> menu : menus(secondary)) {
      List<OptionObject> options = new ArrayList<>();
      for (int i : menu) {
        Choice choice = choices.get(i);
        options.add(
            OptionObject.builder()
                .text(plainText(label(choice)))
                .value(Buttons.optionValue(choice).orElseThrow())
                .build());
      }
      elements.add(
          OverflowMenuElement.builder()
              .actionId(Buttons.slackActionId(Buttons.OVERFLOW, menu.get(0)))
              .options(options)
              .build());
    }
    List<LayoutBlock> rows = new ArrayList<>();
    for (int start = 0; start < elements.size(); start += MAX_ROW) {
      List<BlockElement> row =
          List.copyOf(elements.subList(start, Math.min(elements.size(), start + MAX_ROW)));
      rows.add(actions(a -> a.elements(row)));
    }
    return rows;
  }

  /** The secondary choices in menus of two to five, as even as they can be. */
  static List<List<Integer>> menus(List<Integer> secondary) {
    List<List<Integer>> menus = new ArrayList<>();
    if (secondary.isEmpty()) {
      return menus;
    }
    int count = (secondary.size() + MAX_OVERFLOW - 1) / MAX_OVERFLOW;
    int start = 0;
    for (int m = 0; m < count; m++) {
      int size = (secondary.size() - start) / (count - m);
      menus.add(List.copyOf(secondary.subList(start, start + size)));
      start += size;
    }
    return menus;
  }

  private static ButtonElement button(Choice choice, int place) {
    return ButtonElement.builder()
        .text(plainText(label(choice)))
        .actionId(Buttons.slackActionId(choice.actionId(), place))
        .value(choice.value())
        .build();
  }

  private static String label(Choice choice) {
    return SlackText.shorten(SlackText.escape(choice.label()), MAX_OPTION_TEXT);
  }
}

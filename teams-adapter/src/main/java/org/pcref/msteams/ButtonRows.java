package org.pcref.msteams;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.pcref.core.message.Choice;

/**
 * A card's buttons laid out for a phone: in rows that fit a card 360 pixels wide (a row too wide
 * cuts its last button off, and Teams mobile folds away buttons past the sixth), and a choice whose
 * title is too long for any button as a tappable line of text that wraps.
 */
final class ButtonRows {

  /**
   * How many characters of button titles fit in one row of a card 360 pixels wide (a phone), each
   * button counting {@link #BUTTON_PADDING} more for its padding and the gap to the next: a row
   * wider than the card would cut its last button off.
   */
  static final int ROW_WIDTH = 40;

  /**
   * A button title longer than this (a question asked back in full) does not fit a phone's card on
   * one line, and Teams does not wrap button titles: it becomes a tappable line of text instead.
   */
  static final int LONGEST_TITLE = 34;

  static final int BUTTON_PADDING = 5;

  /** At most three buttons a row, whatever their length: Teams mobile folds the rest away. */
  static final int BUTTONS_PER_ROW = 3;

  private ButtonRows() {}

  static void add(ArrayNode body, List<Choice> choices, String question, boolean everyone) {
    for (List<Choice> buttons : rows(choices)) {
      if (buttons.size() == 1 && length(buttons.get(0).label()) > LONGEST_TITLE) {
        body.add(tappableLine(buttons.get(0), question, everyone));
        continue;
      }
      ObjectNode row = body.addObject();
      row.put("type", "ActionSet");
      ArrayNode actions = row.putArray("actions");
      for (Choice choice : buttons) {
        ObjectNode action = actions.addObject();
        action.put("type", "Action.Submit");
        // Button titles are shown as plain text by Teams: no markdown to escape.
        action.put("title", choice.label());
        action.set("data", Submit.of(choice, question, everyone).toData());
      }
    }
  }

  /** A choice with a long title as a line of text, wrapped as needed, that is tapped to choose. */
  private static ObjectNode tappableLine(Choice choice, String question, boolean everyone) {
    ObjectNode line = JsonNodeFactory.instance.objectNode();
    line.put("type", "Container");
    line.put("style", "emphasis");
    line.put("spacing", "Small");
    ObjectNode action = line.putObject("selectAction");
    action.put("type", "Action.Submit");
    action.put("title", choice.label());
    action.set("data", Submit.of(choice, question, everyone).toData());
    line.putArray("items")
        .add(CardRenderer.textBlock("› " + choice.label()).put("color", "Accent"));
    return line;
  }

  private static int length(String label) {
    return label.codePointCount(0, label.length());
  }

  /** The buttons in rows that fit a phone's card, in order: as many to a row as fit. */
  static List<List<Choice>> rows(List<Choice> choices) {
    List<List<Choice>> rows = new ArrayList<>();
    List<Choice> row = new ArrayList<>();
    int width = 0;
    for (Choice choice : choices) {
      int needed = length(choice.label()) + BUTTON_PADDING;
      boolean alone = length(choice.label()) > LONGEST_TITLE;
      if (!row.isEmpty()
          && (alone || width + needed > ROW_WIDTH || row.size() == BUTTONS_PER_ROW)) {
        rows.add(row);
        row = new ArrayList<>();
        width = 0;
      }
      row.add(choice);
      width += alone ? ROW_WIDTH : needed;
    }
    if (!row.isEmpty()) {
      rows.add(row);
    }
    return rows;
  }
}

package org.pcref.core.checkin;

import java.util.List;

/**
 * One turn of input to a check-in: what was typed, or the value of a check-in button ({@code
 * <check-in id>/<position>/<step>/<answer>}).
 */
record Input(String text, String button, List<String> ticked) {

  Input {
    ticked = ticked == null ? List.of() : List.copyOf(ticked);
  }

  static Input typed(String text) {
    return new Input(text.strip(), null, List.of());
  }

  /** A button, with the ids of the items ticked on its card (a checklist's), if any. */
  static Input pressed(String value, List<String> ticked) {
    return new Input("", value, ticked);
  }

  boolean isButton() {
    return button != null;
  }

  /** The answer part of a button, when the button belongs to the question now asked; else null. */
  String answerFor(CheckIn checkIn) {
    if (button == null) {
      return null;
    }
    String prefix = ButtonValue.prefix(checkIn);
    return button.startsWith(prefix) ? button.substring(prefix.length()) : null;
  }
}

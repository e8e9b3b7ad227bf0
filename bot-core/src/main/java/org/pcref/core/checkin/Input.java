package org.pcref.core.checkin;

/**
 * One turn of input to a check-in: what was typed, or the value of a check-in button ({@code
 * <check-in id>/<position>/<step>/<answer>}).
 */
record Input(String text, String button) {

  static Input typed(String text) {
    return new Input(text.strip(), null);
  }

  static Input pressed(String value) {
    return new Input("", value);
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

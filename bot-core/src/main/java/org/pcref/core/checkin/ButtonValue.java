package org.pcref.core.checkin;

import org.pcref.core.message.Choice;

/** Builds check-in buttons whose value names the question they answer. */
final class ButtonValue {

  static final String ACTION = "checkin";

  private ButtonValue() {}

  static String prefix(CheckIn c) {
    return c.id() + "/" + c.position() + "/" + c.step() + "/" + c.checked().size() + "/";
  }

  static Choice choice(CheckIn c, String label, String answer) {
    return new Choice(label, ACTION, prefix(c) + answer);
  }

  /** Buttons offered outside a question (continue, start over), tied to the check-in only. */
  static Choice about(CheckIn c, String label, String answer) {
    return new Choice(label, ACTION, c.id() + "//" + answer);
  }

  static String aboutAnswer(CheckIn c, String value) {
    String prefix = c.id() + "//";
    return value != null && value.startsWith(prefix) ? value.substring(prefix.length()) : null;
  }
}

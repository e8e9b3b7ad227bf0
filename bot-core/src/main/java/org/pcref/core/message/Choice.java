package org.pcref.core.message;

import java.util.Objects;

/**
 * One button or numbered option offered to the user. Pressing it sends back an {@link Action} with
 * the same id and value.
 */
public record Choice(String label, String actionId, String value) {

  /** The action id of a choice that simply asks the bot a question (its value). */
  public static final String ASK = "ask";

  public Choice {
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(actionId, "actionId");
    value = value == null ? "" : value;
  }

  /** A choice that, when picked, asks {@code question} as if the user had typed it. */
  public static Choice ask(String label, String question) {
    return new Choice(label, ASK, question);
  }

  public Action toAction() {
    return new Action(actionId, value);
  }
}

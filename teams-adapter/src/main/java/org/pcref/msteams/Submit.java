package org.pcref.msteams;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;
import org.pcref.core.message.Action;
import org.pcref.core.message.Choice;

/**
 * The data of an {@code Action.Submit} button: the core's action id and value, returned unchanged,
 * plus the button's label and the question it answered, so the card can be updated to show what was
 * chosen. Teams sends the data back as the activity's {@code value} (or, for {@code
 * Action.Execute}, as {@code value.action.data}), with the values of the card's inputs beside it: a
 * checklist's toggles (see {@link TeamsChecklist}).
 *
 * @param everyone whether the button is on a card for the whole channel, which each person presses
 *     for themselves: the card stays as it is and the answer goes to the person alone
 */
record Submit(
    String actionId,
    String value,
    String label,
    String question,
    boolean everyone,
    List<String> ticked) {

  static final String KEY = "pcref";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int MAX_QUESTION = 300;

  static Submit of(Choice choice, String question) {
    return of(choice, question, false);
  }

  static Submit of(Choice choice, String question, boolean everyone) {
    String shortQuestion =
        question.length() > MAX_QUESTION ? question.substring(0, MAX_QUESTION - 1) + "…" : question;
    return new Submit(
        choice.actionId(), choice.value(), choice.label(), shortQuestion, everyone, List.of());
  }

  ObjectNode toData() {
    ObjectNode data = JSON.createObjectNode();
    ObjectNode ours = data.putObject(KEY);
    ours.put("action", actionId);
    ours.put("value", value);
    ours.put("label", label);
    ours.put("question", question);
    if (everyone) {
      ours.put("everyone", true);
    }
    return data;
  }

  Action toAction() {
    return new Action(actionId, value, ticked);
  }

  /** Reads the data of a pressed button, from a message's or an invoke's {@code value}. */
  static Optional<Submit> read(Object activityValue) {
    if (activityValue == null) {
      return Optional.empty();
    }
    JsonNode value = JSON.valueToTree(activityValue);
    // A message's value is the button's data with the card's inputs; an invoke's, its action.data.
    JsonNode data = value.path(KEY).isObject() ? value : value.path("action").path("data");
    JsonNode ours = data.path(KEY);
    if (!ours.isObject() || !ours.path("action").isTextual()) {
      return Optional.empty();
    }
    return Optional.of(
        new Submit(
            ours.path("action").asText(),
            ours.path("value").asText(""),
            ours.path("label").asText(""),
            ours.path("question").asText(""),
            ours.path("everyone").asBoolean(false),
            TeamsChecklist.ticked(data)));
  }
}

package org.pcref.msteams;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.pcref.core.message.Reply;

/**
 * A checklist as one Adaptive Card: a toggle per item, grouped under their headings, and one submit
 * button. Teams sends the toggles' values with the button's data, each under its input id; {@link
 * #ticked} reads back the ids of those switched on, which the core receives with the press.
 */
final class TeamsChecklist {

  /** The input id of an item is this, then the item's id. */
  static final String PREFIX = "tick.";

  private static final String ON = "true";

  private TeamsChecklist() {}

  static ObjectNode card(Reply.Checklist checklist, boolean everyone) {
    ObjectNode root = CardRenderer.adaptiveCard();
    ArrayNode body = root.withArray("body");
    TeamsLayouts.title(body, checklist.title(), checklist.subtitle());
    for (Reply.TickGroup group : checklist.groups()) {
      if (!group.heading().isEmpty()) {
        body.add(
            CardRenderer.textBlock(group.heading())
                .put("weight", "Bolder")
                .put("spacing", "Medium")
                .put("separator", true));
      }
      for (Reply.Tick tick : group.ticks()) {
        ObjectNode toggle = body.addObject();
        toggle.put("type", "Input.Toggle");
        toggle.put("id", PREFIX + tick.id());
        // A toggle's title is plain text: its number says what to type instead of ticking.
        toggle.put("title", tick.id() + " · " + tick.text());
        toggle.put("value", "false");
        toggle.put("valueOn", ON);
        toggle.put("valueOff", "false");
        toggle.put("wrap", true);
        toggle.put("spacing", "Small");
      }
    }
    TeamsLayouts.footer(body, checklist.footer());
    List<org.pcref.core.message.Choice> buttons = new ArrayList<>();
    buttons.add(checklist.submit());
    buttons.addAll(checklist.choices());
    CardRenderer.buttons(body, buttons, checklist.title(), everyone);
    // The one button that sends the ticks is the card's primary one.
    ((ObjectNode) body.findValues("actions").get(0).get(0)).put("style", "positive");
    return root;
  }

  /** The ids of the toggles switched on, in the order the card sent them. */
  static List<String> ticked(JsonNode data) {
    List<String> ids = new ArrayList<>();
    data.fields()
        .forEachRemaining(
            field -> {
              if (field.getKey().startsWith(PREFIX) && ON.equals(field.getValue().asText())) {
                ids.add(field.getKey().substring(PREFIX.length()));
              }
            });
    return ids;
  }
}

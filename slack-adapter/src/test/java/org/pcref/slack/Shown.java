package org.pcref.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.util.ArrayList;
import java.util.List;

/**
 * A message the bot showed in Slack, as the JSON Slack received: a slash command's ack, a message
 * sent to a {@code response_url}, a posted message, or an App Home view.
 */
record Shown(JsonObject json) {

  /**
   * A button, or an option of an overflow menu ({@code inMenu}), as Slack sends it back when
   * pressed.
   */
  record Button(String label, String actionId, String value, boolean inMenu) {
    Button(String label, String actionId, String value) {
      this(label, actionId, value, false);
    }
  }

  static Shown of(String json) {
    return new Shown(JsonParser.parseString(json).getAsJsonObject());
  }

  /** A {@code chat.postMessage} call: its form fields, the blocks as JSON. */
  static Shown posted(SlackStub.Call call) {
    JsonObject message = new JsonObject();
    call.form()
        .forEach(
            (name, value) -> {
              if (name.equals("blocks")) {
                message.add(name, JsonParser.parseString(value));
              } else {
                message.addProperty(name, value);
              }
            });
    return new Shown(message);
  }

  /** A {@code views.publish} call: the view. */
  static Shown published(SlackStub.Call call) {
    return of(call.param("view"));
  }

  /** Every text in it: the notification text, the blocks' texts and fields, the buttons' labels. */
  String text() {
    List<String> texts = new ArrayList<>();
    collectTexts(json, texts);
    return String.join("\n", texts);
  }

  Shown expect(String... fragments) {
    assertThat(text()).contains(fragments);
    return this;
  }

  String field(String name) {
    JsonElement value = json.get(name);
    return value == null || value.isJsonNull() ? null : value.getAsString();
  }

  boolean replacesOriginal() {
    return json.has("replace_original") && json.get("replace_original").getAsBoolean();
  }

  JsonArray blocks() {
    return json.has("blocks") ? json.getAsJsonArray("blocks") : new JsonArray();
  }

  List<Button> buttons() {
    List<Button> buttons = new ArrayList<>();
    for (JsonElement block : blocks()) {
      JsonObject b = block.getAsJsonObject();
      if (b.get("type").getAsString().equals("actions")) {
        for (JsonElement element : b.getAsJsonArray("elements")) {
          JsonObject e = element.getAsJsonObject();
          if (e.get("type").getAsString().equals("overflow")) {
            for (JsonElement option : e.getAsJsonArray("options")) {
              JsonObject o = option.getAsJsonObject();
              buttons.add(
                  new Button(
                      o.getAsJsonObject("text").get("text").getAsString(),
                      e.get("action_id").getAsString(),
                      o.get("value").getAsString(),
                      true));
            }
            continue;
          }
          if (!e.get("type").getAsString().equals("button")) {
            continue;
          }
          buttons.add(
              new Button(
                  e.getAsJsonObject("text").get("text").getAsString(),
                  e.get("action_id").getAsString(),
                  e.has("value") ? e.get("value").getAsString() : ""));
        }
      }
    }
    return buttons;
  }

  /** The buttons shown as buttons, not in an overflow menu. */
  List<Button> visibleButtons() {
    return buttons().stream().filter(b -> !b.inMenu()).toList();
  }

  /** The values of the options of every checkboxes element, in order. */
  List<String> checkboxes() {
    List<String> values = new ArrayList<>();
    for (JsonElement block : blocks()) {
      JsonObject b = block.getAsJsonObject();
      if (b.get("type").getAsString().equals("actions")) {
        for (JsonElement element : b.getAsJsonArray("elements")) {
          JsonObject e = element.getAsJsonObject();
          if (e.get("type").getAsString().equals("checkboxes")) {
            e.getAsJsonArray("options")
                .forEach(o -> values.add(o.getAsJsonObject().get("value").getAsString()));
          }
        }
      }
    }
    return values;
  }

  Button button(String label) {
    return buttons().stream()
        .filter(b -> b.label().equals(label))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no button “" + label + "” in " + json));
  }

  private static void collectTexts(JsonElement element, List<String> texts) {
    if (element.isJsonObject()) {
      for (var entry : element.getAsJsonObject().entrySet()) {
        JsonElement value = entry.getValue();
        if (entry.getKey().equals("text") && value.isJsonPrimitive()) {
          texts.add(value.getAsString());
        } else {
          collectTexts(value, texts);
        }
      }
    } else if (element.isJsonArray()) {
      element.getAsJsonArray().forEach(item -> collectTexts(item, texts));
    }
  }
}

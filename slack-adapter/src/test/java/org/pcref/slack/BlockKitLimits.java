package org.pcref.slack;

import com.google.gson.Gson;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.util.json.GsonFactory;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.pcref.core.message.Reply;

/**
 * Slack's documented Block Kit limits, checked on what the adapter sends (the JSON on the wire):
 * any list of replies is rendered as the bot renders it and every message is checked; App Home
 * views are checked with the view's own block limit. A failure names the message, the block, the
 * limit and by how much it is broken. The figures are Slack's reference pages for blocks, block
 * elements and composition objects.
 */
final class BlockKitLimits {

  static final int MESSAGE_BLOCKS = 50;
  static final int VIEW_BLOCKS = 100;
  static final int MESSAGE_TEXT = 40_000;
  static final int HEADER_TEXT = 150;
  static final int SECTION_TEXT = 3_000;
  static final int FIELDS = 10;
  static final int FIELD_TEXT = 2_000;
  static final int BUTTON_TEXT = 75;
  static final int BUTTON_VALUE = 2_000;
  static final int ID = 255;
  static final int ACTIONS_ELEMENTS = 25;
  static final int CONTEXT_ELEMENTS = 10;
  static final int CONTEXT_TEXT = 3_000;
  static final int OVERFLOW_MIN = 2;
  static final int OVERFLOW_MAX = 5;
  static final int CHECKBOXES_MAX = 10;
  static final int SELECT_MAX = 100;
  static final int OPTION_TEXT = 75;
  static final int OPTION_VALUE = 150;
  static final int INPUT_LABEL = 2_000;
  static final int MARKDOWN_TEXT = 12_000;

  private static final Gson JSON = GsonFactory.createSnakeCase();

  private final List<String> problems = new ArrayList<>();

  private BlockKitLimits() {}

  /** Renders {@code replies} as the bot does and fails on the first message that breaks a limit. */
  static List<SlackMessage> check(List<Reply> replies) {
    List<SlackMessage> messages = new BlockKitRenderer().messages(replies);
    List<String> problems = new ArrayList<>();
    for (int i = 0; i < messages.size(); i++) {
      problems.addAll(problemsOfMessage(messages.get(i), "message " + (i + 1)));
    }
    fail(problems, replies.size() + " replies");
    return messages;
  }

  /** Fails when an App Home view's blocks break a limit. */
  static void checkView(List<LayoutBlock> blocks) {
    BlockKitLimits limits = new BlockKitLimits();
    limits.blocks(JSON.toJsonTree(blocks).getAsJsonArray(), VIEW_BLOCKS, "home view");
    fail(limits.problems, "the App Home view");
  }

  /** What is wrong with one message, empty when nothing is. */
  static List<String> problemsOfMessage(SlackMessage message, String where) {
    BlockKitLimits limits = new BlockKitLimits();
    limits.blocks(JSON.toJsonTree(message.blocks()).getAsJsonArray(), MESSAGE_BLOCKS, where);
    if (message.text() == null || message.text().isBlank()) {
      limits.problems.add(
          where + ": no notification text (text), which notifications and screen readers use");
    } else {
      limits.atMost(message.text(), MESSAGE_TEXT, where + ": message text");
    }
    return limits.problems;
  }

  private static void fail(List<String> problems, String what) {
    if (!problems.isEmpty()) {
      throw new AssertionError(
          "Slack's Block Kit limits broken by " + what + ":\n  " + String.join("\n  ", problems));
    }
  }

  private void blocks(JsonArray blocks, int maxBlocks, String where) {
    if (blocks.size() > maxBlocks) {
      problems.add(where + ": " + blocks.size() + " blocks; the limit is " + maxBlocks);
    }
    Set<String> blockIds = new HashSet<>();
    Set<String> actionIds = new HashSet<>();
    for (int i = 0; i < blocks.size(); i++) {
      JsonObject block = blocks.get(i).getAsJsonObject();
      String type = string(block, "type");
      String at = where + ", block " + (i + 1) + " (" + type + ")";
      uniqueId(block, "block_id", blockIds, at);
      switch (type) {
        case "header" ->
            text(block.getAsJsonObject("text"), HEADER_TEXT, at + ": header text", true);
        case "section" -> section(block, actionIds, at);
        case "context" -> context(block, at);
        case "actions" -> actions(block, actionIds, at);
        case "input" -> input(block, actionIds, at);
        case "markdown" -> atMost(string(block, "text"), MARKDOWN_TEXT, at + ": markdown text");
        case "divider", "image", "rich_text", "file", "video" -> {}
        // A block it does not know would go out unchecked: teach the checker its limits first.
        default -> problems.add(at + ": a block type the checker does not know");
      }
    }
  }

  private void section(JsonObject block, Set<String> actionIds, String at) {
    boolean hasText = block.has("text");
    boolean hasFields = block.has("fields");
    if (!hasText && !hasFields) {
      problems.add(at + ": a section needs text or fields");
    }
    if (hasText) {
      text(block.getAsJsonObject("text"), SECTION_TEXT, at + ": section text", false);
    }
    if (hasFields) {
      JsonArray fields = block.getAsJsonArray("fields");
      if (fields.size() > FIELDS) {
        problems.add(at + ": " + fields.size() + " fields; the limit is " + FIELDS);
      }
      for (int f = 0; f < fields.size(); f++) {
        text(fields.get(f).getAsJsonObject(), FIELD_TEXT, at + ": field " + (f + 1), false);
      }
    }
    if (block.has("accessory")) {
      element(block.getAsJsonObject("accessory"), actionIds, at + ": accessory");
    }
  }

  private void context(JsonObject block, String at) {
    JsonArray elements = block.getAsJsonArray("elements");
    if (elements.isEmpty() || elements.size() > CONTEXT_ELEMENTS) {
      problems.add(
          at + ": " + elements.size() + " elements; a context holds 1 to " + CONTEXT_ELEMENTS);
    }
    for (JsonElement element : elements) {
      JsonObject e = element.getAsJsonObject();
      if (e.has("text")) {
        text(e, CONTEXT_TEXT, at + ": context text", false);
      }
    }
  }

  private void actions(JsonObject block, Set<String> actionIds, String at) {
    JsonArray elements = block.getAsJsonArray("elements");
    if (elements.isEmpty() || elements.size() > ACTIONS_ELEMENTS) {
      problems.add(
          at
              + ": "
              + elements.size()
              + " elements; an actions block holds 1 to "
              + ACTIONS_ELEMENTS);
    }
    for (int e = 0; e < elements.size(); e++) {
      element(elements.get(e).getAsJsonObject(), actionIds, at + ", element " + (e + 1));
    }
  }

  private void input(JsonObject block, Set<String> actionIds, String at) {
    text(block.getAsJsonObject("label"), INPUT_LABEL, at + ": label", true);
    element(block.getAsJsonObject("element"), actionIds, at + ": element");
  }

  private void element(JsonObject element, Set<String> actionIds, String at) {
    String type = string(element, "type");
    uniqueId(element, "action_id", actionIds, at + " (" + type + ")");
    switch (type) {
      case "button" -> {
        text(element.getAsJsonObject("text"), BUTTON_TEXT, at + ": button text", true);
        if (element.has("value")) {
          atMost(string(element, "value"), BUTTON_VALUE, at + ": button value");
        }
      }
      case "overflow" -> options(element, OVERFLOW_MIN, OVERFLOW_MAX, at + " (overflow)");
      case "checkboxes", "radio_buttons" ->
          options(element, 1, CHECKBOXES_MAX, at + " (" + type + ")");
      case "static_select", "multi_static_select" ->
          options(element, 1, SELECT_MAX, at + " (" + type + ")");
      default -> {}
    }
  }

  private void options(JsonObject element, int min, int max, String at) {
    JsonArray options = new JsonArray();
    if (element.has("options")) {
      options = element.getAsJsonArray("options");
    } else if (element.has("option_groups")) {
      for (JsonElement group : element.getAsJsonArray("option_groups")) {
        options.addAll(group.getAsJsonObject().getAsJsonArray("options"));
      }
    }
    if (options.size() < min || options.size() > max) {
      problems.add(at + ": " + options.size() + " options; it takes " + min + " to " + max);
    }
    Set<String> values = new HashSet<>();
    for (int o = 0; o < options.size(); o++) {
      JsonObject option = options.get(o).getAsJsonObject();
      String where = at + ", option " + (o + 1);
      text(option.getAsJsonObject("text"), OPTION_TEXT, where + ": option text", false);
      String value = string(option, "value");
      atMost(value, OPTION_VALUE, where + ": option value");
      if (value != null && !values.add(value)) {
        problems.add(where + ": option value “" + value + "” is not unique in its element");
      }
    }
  }

  private void text(JsonObject text, int max, String at, boolean plainOnly) {
    if (text == null) {
      problems.add(at + ": missing");
      return;
    }
    String type = string(text, "type");
    if (plainOnly && !"plain_text".equals(type)) {
      problems.add(at + ": must be plain_text, is " + type);
    }
    String value = string(text, "text");
    if (value == null || value.isEmpty()) {
      problems.add(at + ": empty");
      return;
    }
    atMost(value, max, at);
  }

  private void uniqueId(JsonObject object, String name, Set<String> seen, String at) {
    String id = string(object, name);
    if (id == null) {
      return;
    }
    atMost(id, ID, at + ": " + name);
    if (!seen.add(id)) {
      problems.add(at + ": " + name + " “" + id + "” is used twice in one message");
    }
  }

  private void atMost(String value, int max, String what) {
    if (value != null && value.length() > max) {
      problems.add(what + " is " + value.length() + " characters; Slack's limit is " + max);
    }
  }

  private static String string(JsonObject object, String name) {
    JsonElement value = object.get(name);
    return value == null || value.isJsonNull() ? null : value.getAsString();
  }
}

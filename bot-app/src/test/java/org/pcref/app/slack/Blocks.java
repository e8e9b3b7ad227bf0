package org.pcref.app.slack;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.util.ArrayList;
import java.util.List;

/** Reads what the bot sent Slack: the buttons and texts in a JSON message body. */
final class Blocks {

  /** A button as Slack would send it back when pressed. */
  record Button(String label, String actionId, String value) {}

  private Blocks() {}

  static JsonObject parse(String json) {
    return JsonParser.parseString(json).getAsJsonObject();
  }

  static List<Button> buttons(String json) {
    List<Button> buttons = new ArrayList<>();
    JsonArray blocks = blocksOf(parse(json));
    for (JsonElement block : blocks) {
      JsonObject b = block.getAsJsonObject();
      if (b.get("type").getAsString().equals("actions")) {
        for (JsonElement element : b.getAsJsonArray("elements")) {
          JsonObject e = element.getAsJsonObject();
          if (!e.get("type").getAsString().equals("button")) {
            continue; // an overflow menu's options are pressed differently
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

  static Button button(String json, String label) {
    return buttons(json).stream()
        .filter(b -> b.label().equals(label))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no button " + label + " in " + json));
  }

  private static JsonArray blocksOf(JsonObject message) {
    if (message.has("blocks")) {
      return message.getAsJsonArray("blocks");
    }
    if (message.has("view")) {
      JsonObject view =
          message.get("view").isJsonObject()
              ? message.getAsJsonObject("view")
              : parse(message.get("view").getAsString());
      return view.getAsJsonArray("blocks");
    }
    return new JsonArray();
  }

  /**
   * The block_actions payload Slack sends when {@code button} is pressed on a message everyone sees
   * (one the bot posted with {@code blocksJson}, in the thread {@code threadTs}).
   */
  static String pressedOnMessage(
      Button button,
      String teamId,
      String channelId,
      String userId,
      String responseUrl,
      String blocksJson,
      String threadTs) {
    JsonObject payload = parse(pressed(button, teamId, channelId, "ward", userId, responseUrl));
    payload.getAsJsonObject("container").addProperty("is_ephemeral", false);
    JsonObject message = new JsonObject();
    message.addProperty("type", "message");
    message.addProperty("ts", "1700000000.000900");
    message.addProperty("thread_ts", threadTs);
    message.addProperty("bot_id", "B0BOT");
    message.add("blocks", JsonParser.parseString(blocksJson));
    payload.add("message", message);
    return payload.toString();
  }

  /**
   * The block_actions payload Slack sends when {@code button} is pressed on a private message in a
   * channel.
   */
  static String pressed(
      Button button,
      String teamId,
      String channelId,
      String channelName,
      String userId,
      String responseUrl) {
    JsonObject payload = new JsonObject();
    payload.addProperty("type", "block_actions");
    JsonObject user = new JsonObject();
    user.addProperty("id", userId);
    user.addProperty("username", "alex");
    user.addProperty("name", "alex");
    user.addProperty("team_id", teamId);
    payload.add("user", user);
    payload.addProperty("api_app_id", "A0APP");
    payload.addProperty("token", "legacy");
    JsonObject container = new JsonObject();
    container.addProperty("type", "message");
    container.addProperty("message_ts", "1700000000.000100");
    container.addProperty("channel_id", channelId);
    container.addProperty("is_ephemeral", true);
    payload.add("container", container);
    payload.addProperty("trigger_id", java.util.UUID.randomUUID().toString());
    JsonObject team = new JsonObject();
    team.addProperty("id", teamId);
    team.addProperty("domain", "trust");
    payload.add("team", team);
    JsonObject channel = new JsonObject();
    channel.addProperty("id", channelId);
    channel.addProperty("name", channelName);
    payload.add("channel", channel);
    payload.addProperty("response_url", responseUrl);
    JsonObject action = new JsonObject();
    action.addProperty("action_id", button.actionId());
    action.addProperty("block_id", "b1");
    JsonObject text = new JsonObject();
    text.addProperty("type", "plain_text");
    text.addProperty("text", button.label());
    action.add("text", text);
    action.addProperty("value", button.value());
    action.addProperty("type", "button");
    action.addProperty("action_ts", "1700000001.000200");
    JsonArray actions = new JsonArray();
    actions.add(action);
    payload.add("actions", actions);
    return payload.toString();
  }
}

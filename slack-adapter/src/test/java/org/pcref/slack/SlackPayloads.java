package org.pcref.slack;

import com.google.gson.Gson;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.reflect.TypeToken;
import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.model.Message;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.event.AppHomeOpenedEvent;
import com.slack.api.model.event.AppMentionEvent;
import com.slack.api.model.event.Event;
import com.slack.api.model.event.MessageEvent;
import com.slack.api.model.view.View;
import com.slack.api.util.json.GsonFactory;
import java.time.Instant;
import java.util.List;

/**
 * What Slack sends, made of the Slack SDK's own payload types and written with its own JSON mapper.
 */
final class SlackPayloads {

  static final Gson SLACK_JSON = GsonFactory.createSnakeCase();

  private SlackPayloads() {}

  /** An Events API callback wrapping {@code event}. */
  static String eventCallback(String eventId, Event event) {
    JsonObject envelope = new JsonObject();
    envelope.addProperty("token", "legacy");
    envelope.addProperty("team_id", SlackStub.TEAM);
    envelope.addProperty("api_app_id", "A0APP");
    envelope.add("event", SLACK_JSON.toJsonTree(event));
    envelope.addProperty("type", "event_callback");
    envelope.addProperty("event_id", eventId);
    envelope.addProperty("event_time", Instant.now().getEpochSecond());
    JsonObject authorization = new JsonObject();
    authorization.addProperty("team_id", SlackStub.TEAM);
    authorization.addProperty("user_id", SlackStub.BOT_USER);
    authorization.addProperty("is_bot", true);
    JsonArray authorizations = new JsonArray();
    authorizations.add(authorization);
    envelope.add("authorizations", authorizations);
    return envelope.toString();
  }

  static MessageEvent directMessage(String channelId, String userId, String text) {
    MessageEvent message = new MessageEvent();
    message.setChannelType("im");
    message.setChannel(channelId);
    message.setUser(userId);
    message.setText(text);
    message.setTs("1700000000.000400");
    message.setEventTs("1700000000.000400");
    return message;
  }

  /** {@code @PCREF Bot text} in a reply in the thread {@code 1700000000.000100}. */
  static AppMentionEvent mention(String channelId, String userId, String text) {
    AppMentionEvent mention = new AppMentionEvent();
    mention.setChannel(channelId);
    mention.setUser(userId);
    mention.setText("<@" + SlackStub.BOT_USER + "> " + text);
    mention.setTs("1700000000.000300");
    mention.setThreadTs("1700000000.000100");
    mention.setEventTs("1700000000.000300");
    return mention;
  }

  static AppHomeOpenedEvent homeOpened(String userId, String channelId, String tab) {
    AppHomeOpenedEvent opened = new AppHomeOpenedEvent();
    opened.setUser(userId);
    opened.setChannel(channelId);
    opened.setTab(tab);
    opened.setEventTs("1700000000.000500");
    return opened;
  }

  /**
   * A press of {@code button} on a message only the person sees (an ack, or a response_url
   * message).
   */
  static BlockActionPayload pressed(
      Shown.Button button,
      String channelId,
      String channelName,
      String userId,
      String userName,
      String responseUrl) {
    BlockActionPayload payload = new BlockActionPayload();
    BlockActionPayload.User user = new BlockActionPayload.User();
    user.setId(userId);
    user.setUsername(userName);
    user.setName(userName);
    user.setTeamId(SlackStub.TEAM);
    payload.setUser(user);
    BlockActionPayload.Team team = new BlockActionPayload.Team();
    team.setId(SlackStub.TEAM);
    team.setDomain("trust");
    payload.setTeam(team);
    payload.setApiAppId("A0APP");
    payload.setToken("legacy");
    payload.setTriggerId(java.util.UUID.randomUUID().toString());
    BlockActionPayload.Container container = new BlockActionPayload.Container();
    container.setType("message");
    container.setMessageTs("1700000000.000100");
    container.setChannelId(channelId);
    container.setEphemeral(true);
    payload.setContainer(container);
    BlockActionPayload.Channel channel = new BlockActionPayload.Channel();
    channel.setId(channelId);
    channel.setName(channelName);
    payload.setChannel(channel);
    payload.setResponseUrl(responseUrl);
    BlockActionPayload.Action action = new BlockActionPayload.Action();
    action.setActionId(button.actionId());
    action.setBlockId("b1");
    if (button.inMenu()) {
      // An overflow menu sends the option chosen, and no value or text of its own.
      BlockActionPayload.Action.SelectedOption option =
          new BlockActionPayload.Action.SelectedOption();
      option.setText(
          com.slack.api.model.block.composition.PlainTextObject.builder()
              .text(button.label())
              .emoji(true)
              .build());
      option.setValue(button.value());
      action.setSelectedOption(option);
      action.setType("overflow");
    } else {
      BlockActionPayload.Action.Text text = new BlockActionPayload.Action.Text();
      text.setType("plain_text");
      text.setText(button.label());
      action.setText(text);
      action.setValue(button.value());
      action.setType("button");
    }
    action.setActionTs("1700000001.000200");
    payload.setActions(List.of(action));
    return payload;
  }

  /**
   * The state Slack sends with a press: every checkboxes element of the message {@code shown}, with
   * the options of these values selected.
   */
  static BlockActionPayload withTicks(BlockActionPayload press, Shown shown, List<String> ticked) {
    java.util.Map<String, java.util.Map<String, com.slack.api.model.view.ViewState.Value>> values =
        new java.util.LinkedHashMap<>();
    int block = 0;
    for (com.google.gson.JsonElement each : shown.blocks()) {
      com.google.gson.JsonObject b = each.getAsJsonObject();
      block++;
      if (!b.get("type").getAsString().equals("actions")) {
        continue;
      }
      for (com.google.gson.JsonElement element : b.getAsJsonArray("elements")) {
        com.google.gson.JsonObject e = element.getAsJsonObject();
        if (!e.get("type").getAsString().equals("checkboxes")) {
          continue;
        }
        List<com.slack.api.model.view.ViewState.SelectedOption> selected =
            new java.util.ArrayList<>();
        for (com.google.gson.JsonElement option : e.getAsJsonArray("options")) {
          String value = option.getAsJsonObject().get("value").getAsString();
          if (ticked.contains(value)) {
            com.slack.api.model.view.ViewState.SelectedOption o =
                new com.slack.api.model.view.ViewState.SelectedOption();
            o.setValue(value);
            selected.add(o);
          }
        }
        com.slack.api.model.view.ViewState.Value value =
            new com.slack.api.model.view.ViewState.Value();
        value.setType("checkboxes");
        value.setSelectedOptions(selected);
        values
            .computeIfAbsent("b" + block, k -> new java.util.LinkedHashMap<>())
            .put(e.get("action_id").getAsString(), value);
      }
    }
    com.slack.api.model.view.ViewState state = new com.slack.api.model.view.ViewState();
    state.setValues(values);
    press.setState(state);
    return press;
  }

  /** The same press on a message everyone sees: Slack sends that message along. */
  static BlockActionPayload pressedOnPost(BlockActionPayload press, Shown posted) {
    press.getContainer().setEphemeral(false);
    Message message = new Message();
    message.setType("message");
    message.setTs("1700000000.000900");
    message.setThreadTs(posted.field("thread_ts"));
    message.setBotId("B0BOT");
    message.setBlocks(
        SLACK_JSON.fromJson(posted.blocks(), new TypeToken<List<LayoutBlock>>() {}.getType()));
    press.setMessage(message);
    return press;
  }

  /** The same press on the person's App Home: no channel and no response_url, but the home view. */
  static BlockActionPayload pressedOnHome(BlockActionPayload press) {
    press.setChannel(null);
    press.setResponseUrl(null);
    press.getContainer().setType("view");
    press.getContainer().setViewId("V0HOME");
    press.getContainer().setChannelId(null);
    press.getContainer().setMessageTs(null);
    View view = new View();
    view.setId("V0HOME");
    view.setType("home");
    view.setTeamId(SlackStub.TEAM);
    press.setView(view);
    return press;
  }
}

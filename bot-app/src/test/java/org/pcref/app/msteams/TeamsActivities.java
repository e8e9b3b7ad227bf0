package org.pcref.app.msteams;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Activities shaped as Microsoft Teams sends them to a bot: a personal chat, a channel message with
 * an @mention, an Adaptive Card Action.Submit, an Action.Execute invoke, and the installation
 * events.
 */
final class TeamsActivities {

  static final String BOT_ID = "28:pcref-bot-app-id";
  static final String BOT_NAME = "PCREF Bot";
  static final String TENANT = "72f988bf-tenant-one";
  static final String CHANNEL = "19:ward7channel@thread.tacv2";
  static final String TEAM = "19:mhteam@thread.tacv2";

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final AtomicLong IDS = new AtomicLong(1_700_000_000_000L);

  private final String serviceUrl;
  private final String tenant;
  private final String channel;

  TeamsActivities(String serviceUrl) {
    this(serviceUrl, TENANT, CHANNEL);
  }

  private TeamsActivities(String serviceUrl, String tenant, String channel) {
    this.serviceUrl = serviceUrl;
    this.tenant = tenant;
    this.channel = channel;
  }

  TeamsActivities inTenant(String other) {
    return new TeamsActivities(serviceUrl, other, channel);
  }

  /** Channel activities from another channel (of another team). */
  TeamsActivities inChannel(String channelId) {
    return new TeamsActivities(serviceUrl, tenant, channelId);
  }

  static String nextId() {
    return Long.toString(IDS.incrementAndGet());
  }

  /** A message in the person's one-to-one chat with the bot. */
  ObjectNode personal(String userAad, String userName, String text) {
    ObjectNode a = base("message", userAad, userName, personalConversation(userAad));
    a.put("text", text);
    a.put("textFormat", "plain");
    return a;
  }

  /** A channel message that starts with "@PCREF Bot", as Teams sends it. */
  ObjectNode channelMention(String userAad, String userName, String text) {
    ObjectNode a = base("message", userAad, userName, channelConversation(nextId()));
    String mention = "<at>" + BOT_NAME + "</at>";
    a.put("text", mention + " " + text);
    a.put("textFormat", "plain");
    ObjectNode entity = a.putArray("entities").addObject();
    entity.put("type", "mention");
    entity.put("text", mention);
    entity.putObject("mentioned").put("id", BOT_ID).put("name", BOT_NAME);
    channelData(a);
    return a;
  }

  /** A group chat message that mentions the bot: no channel, the chat is the conversation. */
  ObjectNode groupChatMention(String chatId, String userAad, String userName, String text) {
    ObjectNode a = channelMention(userAad, userName, text);
    ObjectNode c = JSON.createObjectNode();
    c.put("isGroup", true);
    c.put("conversationType", "groupChat");
    c.put("tenantId", tenant);
    c.put("id", chatId);
    a.set("conversation", c);
    a.putObject("channelData").putObject("tenant").put("id", tenant);
    return a;
  }

  /** An Action.Submit press: a message with the button's data as value, replying to the card. */
  ObjectNode submit(ObjectNode pressedIn, JsonNode button, String cardId) {
    ObjectNode a =
        base(
            "message",
            pressedIn.path("from").path("aadObjectId").asText(),
            pressedIn.path("from").path("name").asText(),
            (ObjectNode) pressedIn.path("conversation").deepCopy());
    a.put("replyToId", cardId);
    a.set("value", button.path("data").deepCopy());
    if (pressedIn.has("channelData")) {
      a.set("channelData", pressedIn.path("channelData").deepCopy());
    }
    return a;
  }

  /** An Action.Execute press: an adaptiveCard/action invoke. */
  ObjectNode execute(ObjectNode pressedIn, JsonNode button, String cardId) {
    ObjectNode a = submit(pressedIn, button, cardId);
    a.put("type", "invoke");
    a.put("name", "adaptiveCard/action");
    ObjectNode value = JSON.createObjectNode();
    ObjectNode action = value.putObject("action");
    action.put("type", "Action.Execute");
    action.put("verb", "pcref");
    action.set("data", button.path("data").deepCopy());
    value.put("trigger", "manual");
    a.set("value", value);
    return a;
  }

  /**
   * The bot was added to a team: conversationUpdate in the General channel with the bot as new
   * member.
   */
  ObjectNode botAddedToTeam(String installerAad) {
    ObjectNode a = base("conversationUpdate", installerAad, "Installer", channelConversation(null));
    a.putArray("membersAdded").addObject().put("id", BOT_ID);
    channelData(a).put("eventType", "teamMemberAdded");
    return a;
  }

  /** The bot was removed from a team: conversationUpdate with the bot as a member removed. */
  ObjectNode botRemovedFromTeam(String ownerAad) {
    ObjectNode a = base("conversationUpdate", ownerAad, "Owner", channelConversation(null));
    a.putArray("membersRemoved").addObject().put("id", BOT_ID);
    channelData(a).put("eventType", "teamMemberRemoved");
    return a;
  }

  /** The app was installed for a person: installationUpdate with action "add". */
  ObjectNode installedPersonally(String userAad) {
    ObjectNode a = base("installationUpdate", userAad, "New User", personalConversation(userAad));
    a.put("action", "add");
    return a;
  }

  /** The personal install's conversationUpdate, which Teams sends as well. */
  ObjectNode botAddedPersonally(String userAad) {
    ObjectNode a = base("conversationUpdate", userAad, "New User", personalConversation(userAad));
    a.putArray("membersAdded").addObject().put("id", BOT_ID);
    return a;
  }

  private ObjectNode base(String type, String userAad, String userName, ObjectNode conversation) {
    ObjectNode a = JSON.createObjectNode();
    a.put("type", type);
    a.put("id", nextId());
    a.put("timestamp", "2026-11-26T10:00:00.000Z");
    a.put("localTimestamp", "2026-11-26T10:00:00.000+00:00");
    a.put("serviceUrl", serviceUrl);
    a.put("channelId", "msteams");
    a.putObject("from")
        .put("id", "29:1" + userAad)
        .put("name", userName)
        .put("aadObjectId", userAad);
    a.set("conversation", conversation);
    a.putObject("recipient").put("id", BOT_ID).put("name", BOT_NAME);
    a.put("locale", "en-GB");
    if (!a.has("channelData")) {
      a.putObject("channelData").putObject("tenant").put("id", tenant);
    }
    return a;
  }

  private ObjectNode personalConversation(String userAad) {
    ObjectNode c = JSON.createObjectNode();
    c.put("conversationType", "personal");
    c.put("tenantId", tenant);
    c.put("id", "a:1personal-" + userAad);
    return c;
  }

  private ObjectNode channelConversation(String threadRoot) {
    ObjectNode c = JSON.createObjectNode();
    c.put("isGroup", true);
    c.put("conversationType", "channel");
    c.put("tenantId", tenant);
    c.put("id", threadRoot == null ? channel : channel + ";messageid=" + threadRoot);
    return c;
  }

  private ObjectNode channelData(ObjectNode a) {
    ObjectNode data = a.putObject("channelData");
    data.put("teamsChannelId", channel);
    data.put("teamsTeamId", TEAM);
    data.putObject("channel").put("id", channel);
    data.putObject("team").put("id", TEAM).put("name", "Ward 7 Team");
    data.putObject("tenant").put("id", tenant);
    return data;
  }
}

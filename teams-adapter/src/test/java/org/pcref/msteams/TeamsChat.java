package org.pcref.msteams;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.ActivityTypes;
import com.microsoft.bot.schema.ChannelAccount;
import com.microsoft.bot.schema.ConversationAccount;
import com.microsoft.bot.schema.Entity;
import com.microsoft.bot.schema.Mention;
import com.microsoft.bot.schema.Serialization;
import com.microsoft.bot.schema.teams.ChannelInfo;
import com.microsoft.bot.schema.teams.TeamInfo;
import com.microsoft.bot.schema.teams.TeamsChannelData;
import com.microsoft.bot.schema.teams.TenantInfo;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.pcref.core.conversation.Assistant;
import org.pcref.core.conversation.InMemoryConversationStore;
import org.pcref.framework.FrameworkLoader;

/**
 * The Teams adapter as a chat, for tests that read like one: people say things and press card
 * buttons in their personal chat with the bot or in a channel; each activity is built with Bot
 * Framework's own types, serialized by its mapper and handed to {@link TeamsEndpoint} as Teams
 * posts it; what the bot sends back is caught by a local {@link ConnectorStub} at the activities'
 * serviceUrl. The core is the real {@link Assistant} with in-memory stores. A turn is over when the
 * endpoint answers: Teams turns are handled on the request's thread.
 */
final class TeamsChat implements AutoCloseable {

  static final String TENANT = "tenant-one";
  static final String OTHER_TENANT = "tenant-two";
  static final String BOT_ID = "28:pcref-bot";
  static final String CHANNEL = "19:ward7@thread.tacv2";
  static final String TEAM = "19:mental-health@thread.tacv2";

  /** The time on the clock that departures are recorded by. */
  static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");

  private static final AtomicLong IDS = new AtomicLong(1_700_000_000_000L);

  final ConnectorStub connector;
  final RememberedReferences references;
  final SeenInMemory seen;
  final LeftWorkspaces departures;
  private final Assistant bot;
  private final TeamsEndpoint endpoint;

  /** Emulator mode (no app id, the Emulator asked for): activities are not authenticated. */
  TeamsChat() {
    this(
        ConnectorStub.start(),
        new RememberedReferences(),
        new SeenInMemory(),
        new LeftWorkspaces(),
        new Assistant(
            FrameworkLoader.bundled(), new InMemoryConversationStore(), Clock.systemUTC()),
        "");
  }

  private TeamsChat(
      ConnectorStub connector,
      RememberedReferences references,
      SeenInMemory seen,
      LeftWorkspaces departures,
      Assistant bot,
      String appId) {
    this.connector = connector;
    this.references = references;
    this.seen = seen;
    this.departures = departures;
    this.bot = bot;
    TeamsSettings settings =
        new TeamsSettings(
            appId, "", "", "", Set.of(TENANT, OTHER_TENANT), List.of("127.0.0.1"), appId.isEmpty());
    this.endpoint =
        new TeamsEndpoint(
            new TeamsAdapter(settings),
            bot,
            references,
            seen,
            settings,
            departures,
            Clock.fixed(NOW, ZoneOffset.UTC));
  }

  /**
   * The same bot, stores and connector behind an endpoint that needs a Bot Framework token for app
   * {@code appId}.
   */
  TeamsChat withAppId(String appId) {
    return new TeamsChat(connector, references, seen, departures, bot, appId);
  }

  /** {@code name} in their one-to-one chat with the bot. */
  Person personal(String aadId, String name) {
    return new Person(aadId, name, TENANT, false);
  }

  /** {@code name} in the Ward 7 channel, mentioning the bot. */
  Person inChannel(String aadId, String name) {
    return new Person(aadId, name, TENANT, true);
  }

  /** {@code name} in the Ward 7 channel of another tenant's Teams. */
  Person inChannelOfTenant(String tenant, String aadId, String name) {
    return new Person(aadId, name, tenant, true);
  }

  /** Posts an activity as the Bot Framework does, without a token. */
  Turn post(Activity activity) {
    return post(json(activity), null);
  }

  /** Posts a raw body with this Authorization header (null: none). */
  Turn post(String body, String authorization) {
    int before = connector.sent().size();
    TeamsEndpoint.Response response = endpoint.handle(authorization, body);
    List<ConnectorStub.Sent> all = connector.sent();
    return new Turn(response.status(), response.body(), all.subList(before, all.size()));
  }

  static String json(Activity activity) {
    try {
      return Serialization.toString(activity);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    connector.close();
  }

  /** What came of one activity: the endpoint's answer, and what the bot sent to Teams meanwhile. */
  record Turn(int status, String body, List<ConnectorStub.Sent> sent) {

    /** Everything the bot showed: message texts and card texts, new messages and updated cards. */
    String shown() {
      return sent.stream().map(ConnectorStub.Sent::shown).collect(Collectors.joining("\n"));
    }

    /** Checks the turn was accepted and the bot showed each fragment. */
    Turn expect(String... fragments) {
      assertThat(status).as("HTTP status").isEqualTo(200);
      assertThat(shown()).contains(fragments);
      return this;
    }

    List<ConnectorStub.Sent> posts() {
      return sent.stream().filter(s -> !s.isUpdate()).toList();
    }

    List<ConnectorStub.Sent> updates() {
      return sent.stream().filter(ConnectorStub.Sent::isUpdate).toList();
    }

    /** The last message of the turn with a button of this label. */
    ConnectorStub.Sent cardWith(String label) {
      for (int i = sent.size() - 1; i >= 0; i--) {
        if (sent.get(i).buttons().stream().anyMatch(b -> b.path("title").asText().equals(label))) {
          return sent.get(i);
        }
      }
      throw new AssertionError("no button “" + label + "” in:\n" + shown());
    }

    JsonNode button(String label) {
      return cardWith(label).buttons().stream()
          .filter(b -> b.path("title").asText().equals(label))
          .reduce((a, b) -> b)
          .orElseThrow();
    }
  }

  /** Someone talking to the bot in one place. */
  final class Person {
    private final String aadId;
    private final String name;
    private final String tenant;
    private final boolean inChannel;

    /** Where they last wrote: a card they press is in that thread. */
    private ConversationAccount lastConversation;

    private Person(String aadId, String name, String tenant, boolean inChannel) {
      this.aadId = aadId;
      this.name = name;
      this.tenant = tenant;
      this.inChannel = inChannel;
    }

    /**
     * A message as Teams delivers it; in a channel, a new post that starts with the bot's mention.
     */
    Activity message(String text) {
      Activity message =
          activity(ActivityTypes.MESSAGE, inChannel ? thread(nextId()) : personalChat());
      if (inChannel) {
        String mentionText = "<at>PCREF Bot</at>";
        Mention mention = new Mention();
        mention.setMentioned(new ChannelAccount(BOT_ID, "PCREF Bot"));
        mention.setText(mentionText);
        message.setEntities(List.of(new Entity().setAs(mention)));
        message.setText(mentionText + " " + text);
      } else {
        message.setText(text);
      }
      lastConversation = message.getConversation();
      return message;
    }

    Turn says(String text) {
      return post(message(text));
    }

    /** An Action.Submit press of the button with this label on the turn's last card that has it. */
    Activity press(Turn shown, String label) {
      Activity press =
          activity(ActivityTypes.MESSAGE, lastConversation == null ? place() : lastConversation);
      press.setReplyToId(shown.cardWith(label).id());
      press.setValue(shown.button(label).path("data"));
      return press;
    }

    Turn presses(Turn shown, String label) {
      return post(press(shown, label));
    }

    /**
     * Switches on the toggles of these ids on the card with the button {@code label}, the others
     * staying off, and presses the button: Teams sends every input's value with the button's data.
     */
    Turn ticks(Turn shown, String label, String... ids) {
      Activity press = press(shown, label);
      ObjectNode data = ((ObjectNode) shown.button(label).path("data")).deepCopy();
      List<String> on = List.of(ids);
      for (JsonNode card : shown.cardWith(label).cards()) {
        for (JsonNode toggle : card.findParents("valueOn")) {
          String id = toggle.path("id").asText();
          boolean ticked = on.contains(id.substring(TeamsChecklist.PREFIX.length()));
          data.put(id, ticked ? toggle.path("valueOn").asText() : toggle.path("valueOff").asText());
        }
      }
      press.setValue(data);
      return post(press);
    }

    /** The same button pressed as an Action.Execute: an invoke that Teams wants a card back for. */
    Turn executes(Turn shown, String label) {
      Activity invoke = press(shown, label);
      ObjectNode value = Serialization.createObjectNode();
      ObjectNode action = value.putObject("action");
      action.put("type", "Action.Execute");
      action.put("verb", "pcref");
      action.set("data", shown.button(label).path("data"));
      value.put("trigger", "manual");
      invoke.setType(ActivityTypes.INVOKE);
      invoke.setName("adaptiveCard/action");
      invoke.setValue(value);
      return post(invoke);
    }

    /** They install the app: Teams sends installationUpdate "add" where it was installed. */
    Turn installsTheApp() {
      Activity update = activity(ActivityTypes.INSTALLATION_UPDATE, place());
      update.setAction("add");
      return post(update);
    }

    /** They remove the app. */
    Turn uninstallsTheApp() {
      Activity update = activity(ActivityTypes.INSTALLATION_UPDATE, place());
      update.setAction("remove");
      return post(update);
    }

    /**
     * The conversationUpdate that names the bot as a new member, which Teams sends on an install
     * too.
     */
    Turn addsTheBot() {
      Activity update = activity(ActivityTypes.CONVERSATION_UPDATE, place());
      update.setMembersAdded(List.of(new ChannelAccount(BOT_ID, "PCREF Bot")));
      return post(update);
    }

    /** The conversationUpdate that names the bot as a member removed, e.g. from a team. */
    Turn removesTheBot() {
      Activity update = activity(ActivityTypes.CONVERSATION_UPDATE, place());
      update.setMembersRemoved(List.of(new ChannelAccount(BOT_ID, "PCREF Bot")));
      return post(update);
    }

    /** Someone else joins where they are. */
    Turn seesSomeoneJoin(String memberId) {
      Activity update = activity(ActivityTypes.CONVERSATION_UPDATE, place());
      update.setMembersAdded(List.of(new ChannelAccount(memberId, "Someone")));
      return post(update);
    }

    private ConversationAccount place() {
      return inChannel ? thread(null) : personalChat();
    }

    private Activity activity(String type, ConversationAccount conversation) {
      Activity activity = new Activity(type);
      activity.setId(nextId());
      activity.setServiceUrl(connector.url());
      activity.setChannelId("msteams");
      ChannelAccount from = new ChannelAccount("29:1" + aadId, name);
      from.setAadObjectId(aadId);
      activity.setFrom(from);
      activity.setRecipient(new ChannelAccount(BOT_ID, "PCREF Bot"));
      activity.setConversation(conversation);
      activity.setLocale("en-GB");
      TeamsChannelData data = new TeamsChannelData();
      data.setTenant(new TenantInfo(tenant));
      if (inChannel) {
        data.setTeamsChannelId(CHANNEL);
        data.setTeamsTeamId(TEAM);
        data.setChannel(new ChannelInfo(CHANNEL, "Ward 7"));
        TeamInfo team = new TeamInfo();
        team.setId(TEAM);
        team.setName("Mental Health Team");
        data.setTeam(team);
      }
      activity.setChannelData(data);
      return activity;
    }

    private ConversationAccount personalChat() {
      ConversationAccount chat = new ConversationAccount("a:1personal-" + aadId);
      chat.setConversationType("personal");
      chat.setTenantId(tenant);
      return chat;
    }

    /** The channel itself, or one of its threads. */
    private ConversationAccount thread(String root) {
      ConversationAccount channel =
          new ConversationAccount(root == null ? CHANNEL : CHANNEL + ";messageid=" + root);
      channel.setConversationType("channel");
      channel.setIsGroup(true);
      channel.setTenantId(tenant);
      return channel;
    }
  }

  static String nextId() {
    return Long.toString(IDS.incrementAndGet());
  }
}

package org.pcref.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.model.event.Event;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.catalina.Context;
import org.apache.catalina.LifecycleException;
import org.apache.catalina.connector.Connector;
import org.apache.catalina.startup.Tomcat;
import org.pcref.core.conversation.Assistant;
import org.pcref.core.conversation.InMemoryConversationStore;
import org.pcref.core.message.SeenKeys;
import org.pcref.framework.FrameworkLoader;

/**
 * The Slack adapter as Slack meets it, for tests that read like a chat: requests made of the Slack
 * SDK's own payload types ({@link SlackPayloads}), signed as Slack signs them and posted over HTTP
 * to {@link SlackEventsServlet} in a real servlet container; every call back to Slack (the Web API
 * and {@code response_url}s) goes to a local {@link SlackStub}. The core is the real {@link
 * Assistant} with in-memory stores. Turns run on one thread in the order they came, so {@link
 * #awaitTurns()} knows when every turn started so far is over.
 */
final class SlackChat implements AutoCloseable {

  static final String BOT_TOKEN = "xoxb-adapter-test";

  private static final Duration PATIENCE = Duration.ofSeconds(10);

  /**
   * What Tomcat says when it starts and stops, once per test, is about Tomcat (and its leak checks
   * for a web application that is not there), not the bot: only its failures are worth showing.
   */
  private static final java.util.logging.Logger TOMCAT =
      java.util.logging.Logger.getLogger("org.apache");

  static {
    TOMCAT.setLevel(java.util.logging.Level.SEVERE);
  }

  final SlackStub slack = new SlackStub();
  final SignedRequests requests;
  private final ExecutorService turns = Executors.newSingleThreadExecutor();
  private final AtomicInteger turnsStarted = new AtomicInteger();
  private final Set<String> eventsSeen = ConcurrentHashMap.newKeySet();
  private volatile boolean eventLogDown;
  private final AtomicInteger responseUrls = new AtomicInteger();
  private final Tomcat tomcat = new Tomcat();

  SlackChat() {
    Assistant bot =
        new Assistant(
            FrameworkLoader.bundled(), new InMemoryConversationStore(), Clock.systemUTC());
    SeenKeys events =
        eventId -> {
          if (eventLogDown) {
            throw new SeenKeys.Unavailable("database down", new IOException("connection refused"));
          }
          return eventsSeen.add(eventId);
        };
    App app =
        new App(
            AppConfig.builder()
                .slack(SlackNotifierTest.client(slack))
                .singleTeamBotToken(BOT_TOKEN)
                .signingSecret(SignedRequests.SECRET)
                // As in the application: the servlet checks every signature before Bolt sees the
                // request.
                .requestVerificationEnabled(false)
                .build());
    new SlackAdapter(
            bot,
            task -> {
              turnsStarted.incrementAndGet();
              turns.execute(task);
            },
            events)
        .register(app);
    int port = serve(new SlackEventsServlet(app, SignedRequests.SECRET));
    this.requests = new SignedRequests(URI.create("http://127.0.0.1:" + port + "/slack/events"));
  }

  private int serve(SlackEventsServlet servlet) {
    try {
      tomcat.setBaseDir(Files.createTempDirectory(Path.of("target"), "tomcat-").toString());
      Connector connector = new Connector();
      connector.setPort(0);
      tomcat.setConnector(connector);
      Context context = tomcat.addContext("", null);
      Tomcat.addServlet(context, "slackEvents", servlet);
      context.addServletMappingDecoded("/slack/events", "slackEvents");
      tomcat.start();
      return connector.getLocalPort();
    } catch (IOException | LifecycleException e) {
      throw new IllegalStateException(e);
    }
  }

  /** {@code name} in a channel, talking to the bot with /pcref, mentions and buttons. */
  Person inChannel(String channelId, String channelName, String userId, String name) {
    return new Person(channelId, channelName, userId, name);
  }

  /** {@code name} in their direct message with the bot. */
  Person inDirectMessage(String channelId, String userId, String name) {
    return new Person(channelId, null, userId, name);
  }

  HttpResponse<String> event(String eventId, Event event, Map<String, String> headers) {
    return requests.event(eventId, event, headers);
  }

  /** Waits until every turn started so far is over: turns run one at a time, in order. */
  void awaitTurns() {
    try {
      turns.submit(() -> {}).get(PATIENCE.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    } catch (ExecutionException | TimeoutException e) {
      throw new AssertionError("the turns did not finish", e);
    }
  }

  /** How many turns the adapter has handed to its executor. */
  int turnsStarted() {
    return turnsStarted.get();
  }

  /** Whether the log of handled events can be read and written. */
  void eventLogDown(boolean down) {
    eventLogDown = down;
  }

  /** The messages sent to a {@code response_url}, once there are {@code count}. */
  List<Shown> respondedTo(String responseUrl, int count) {
    String path = URI.create(responseUrl).getPath();
    return slack.await(call -> call.path().equals(path), count, PATIENCE).stream()
        .map(call -> Shown.of(call.body()))
        .toList();
  }

  /** The {@code number}th message posted in {@code channel} (from 1), once it is there. */
  Shown posted(String channel, int number) {
    return Shown.posted(
        slack
            .await(
                call ->
                    call.method().equals("chat.postMessage")
                        && channel.equals(call.param("channel")),
                number,
                PATIENCE)
            .get(number - 1));
  }

  List<SlackStub.Call> posts() {
    return slack.calls("chat.postMessage");
  }

  @Override
  public void close() {
    try {
      tomcat.stop();
      tomcat.destroy();
    } catch (LifecycleException e) {
      throw new IllegalStateException(e);
    } finally {
      turns.shutdownNow();
      slack.close();
    }
  }

  /** What pressing a button did: the pressed message, rewritten, and the bot's next message. */
  record Pressed(Shown original, Shown next) {}

  /** Someone in one channel or direct message. */
  final class Person {
    private final String channelId;
    private final String channelName;
    private final String userId;
    private final String name;
    private int postsSeen;
    private int homesSeen;
    private String lastResponseUrl;

    private Person(String channelId, String channelName, String userId, String name) {
      this.channelId = channelId;
      this.channelName = channelName;
      this.userId = userId;
      this.name = name;
    }

    /** {@code /pcref text}: returns the ack, which Slack shows at once. */
    Shown command(String text) {
      HttpResponse<String> ack = requests.command(commandFields(text));
      assertThat(ack.statusCode()).as("ack of /pcref " + text).isEqualTo(200);
      return Shown.of(ack.body());
    }

    /**
     * {@code /pcref text} as one signed request, then the very same request sent again; both acks.
     */
    List<HttpResponse<String>> commandSentTwice(String text) {
      String body = SignedRequests.form(commandFields(text));
      String timestamp = SignedRequests.now();
      String signature = requests.sign(timestamp, body);
      return List.of(
          requests.send(body, SignedRequests.FORM, timestamp, signature, Map.of()),
          requests.send(body, SignedRequests.FORM, timestamp, signature, Map.of()));
    }

    private Map<String, String> commandFields(String text) {
      Map<String, String> fields = new LinkedHashMap<>();
      fields.put("token", "legacy");
      fields.put("team_id", SlackStub.TEAM);
      fields.put("team_domain", "trust");
      fields.put("channel_id", channelId);
      fields.put("channel_name", channelName());
      fields.put("user_id", userId);
      fields.put("user_name", name);
      fields.put("command", SlackAdapter.COMMAND);
      fields.put("text", text);
      fields.put("api_app_id", "A0APP");
      fields.put("response_url", newResponseUrl());
      fields.put("trigger_id", java.util.UUID.randomUUID().toString());
      return fields;
    }

    /**
     * A direct message to the bot, or a mention of it in the channel; returns the bot's answer,
     * posted there.
     */
    Shown says(String text) {
      assertThat(event("Ev-" + UUID.randomUUID(), message(text), Map.of()).statusCode())
          .isEqualTo(200);
      return posted(channelId, ++postsSeen);
    }

    /**
     * The event Slack sends when they write {@code text}: a direct message, or a mention of the
     * bot.
     */
    Event message(String text) {
      return channelName == null
          ? SlackPayloads.directMessage(channelId, userId, text)
          : SlackPayloads.mention(channelId, userId, text);
    }

    /**
     * Presses the button with this label on a message the bot showed: privately (an ack, or a
     * response_url message) or to everyone (a posted message).
     */
    Pressed presses(Shown shown, String label) {
      String responseUrl = newResponseUrl();
      BlockActionPayload press =
          SlackPayloads.pressed(
              shown.button(label), channelId, channelName(), userId, name, responseUrl);
      boolean posted = shown.field("channel") != null;
      if (posted) {
        SlackPayloads.pressedOnPost(press, shown);
      }
      assertThat(requests.interaction(press).statusCode()).as("ack of the press").isEqualTo(200);
      if (posted) {
        return new Pressed(respondedTo(responseUrl, 1).get(0), posted(channelId, ++postsSeen));
      }
      List<Shown> answers = respondedTo(responseUrl, 2);
      return new Pressed(answers.get(0), answers.get(1));
    }

    /**
     * Ticks the boxes of these values on a private message the bot showed and presses its button
     * {@code label}: Slack sends the state of every box with the press.
     */
    Pressed ticks(Shown shown, String label, String... values) {
      String responseUrl = newResponseUrl();
      BlockActionPayload press =
          SlackPayloads.withTicks(
              SlackPayloads.pressed(
                  shown.button(label), channelId, channelName(), userId, name, responseUrl),
              shown,
              List.of(values));
      assertThat(requests.interaction(press).statusCode()).as("ack of the press").isEqualTo(200);
      List<Shown> answers = respondedTo(responseUrl, 2);
      return new Pressed(answers.get(0), answers.get(1));
    }

    /** Opens the bot's App Home; returns the view published for them. */
    Shown opensHome() {
      assertThat(
              event(
                      "Ev-" + UUID.randomUUID(),
                      SlackPayloads.homeOpened(userId, channelId, "home"),
                      Map.of())
                  .statusCode())
          .isEqualTo(200);
      return publishedHome(homesSeen + 1);
    }

    /** The {@code number}th App Home view published for them (from 1), once it is there. */
    Shown publishedHome(int number) {
      homesSeen = Math.max(homesSeen, number);
      return Shown.published(
          slack
              .await(
                  call ->
                      call.method().equals("views.publish") && userId.equals(call.param("user_id")),
                  number,
                  PATIENCE)
              .get(number - 1));
    }

    /** Presses a button on their App Home. */
    HttpResponse<String> pressesOnHome(Shown home, String label) {
      return requests.interaction(
          SlackPayloads.pressedOnHome(
              SlackPayloads.pressed(
                  home.button(label), channelId, channelName(), userId, name, null)));
    }

    private String channelName() {
      return channelName == null ? "directmessage" : channelName;
    }

    private String newResponseUrl() {
      lastResponseUrl = slack.responseUrl(userId + "-" + responseUrls.incrementAndGet());
      return lastResponseUrl;
    }

    /** The messages sent after the ack of their last command, once there are {@code count}. */
    List<Shown> answeredLater(int count) {
      return respondedTo(lastResponseUrl, count);
    }
  }
}

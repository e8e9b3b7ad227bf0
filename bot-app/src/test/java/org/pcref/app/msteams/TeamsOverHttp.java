package org.pcref.app.msteams;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.pcref.app.server.BotServer;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The running bot in Emulator mode (no app id, the Emulator asked for), for tests over real HTTP:
 * activities as Teams sends them are posted to /api/messages, and what the bot sends is caught by a
 * local Bot Connector stub at the activities' serviceUrl. Subclasses share one application.
 */
@SpringBootTest(
    classes = BotServer.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class TeamsOverHttp {

  /** Shared by every subclass, like the application; it ends with the test JVM. */
  static final ConnectorStub CONNECTOR = ConnectorStub.start();

  /** A database of this application's own, gone when the tests end. */
  static final String DATABASE =
      "jdbc:h2:mem:teams-" + java.util.UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";

  @DynamicPropertySource
  static void teams(DynamicPropertyRegistry registry) {
    registry.add("pcref.database.url", () -> DATABASE);
    // The scheduler is not under test here; its sweeps would add requests to the connector stub.
    registry.add("pcref.nudges.enabled", () -> "false");
    registry.add("pcref.teams.app-id", () -> "");
    registry.add("pcref.teams.emulator", () -> "true");
    registry.add(
        "pcref.teams.allowed-tenants",
        () -> TeamsActivities.TENANT + ",tenant-two,tenant-leaving,emulator");
  }

  @LocalServerPort int port;

  final TeamsActivities teams = new TeamsActivities(CONNECTOR.url());
  MessagesEndpoint endpoint;

  @BeforeEach
  void setUp() {
    endpoint = new MessagesEndpoint(port);
    CONNECTOR.reset();
  }

  /** Posts the activity, expects 200, and returns what the bot sent for it. */
  List<ConnectorStub.Request> send(ObjectNode activity) {
    int before = CONNECTOR.requests().size();
    HttpResponse<String> response = endpoint.post(activity);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    List<ConnectorStub.Request> all = CONNECTOR.requests();
    return all.subList(before, all.size());
  }

  static String shown(List<ConnectorStub.Request> sent) {
    return sent.stream().map(ConnectorStub.Request::shownText).collect(Collectors.joining("\n"));
  }

  static JsonNode button(List<ConnectorStub.Request> sent, String label) {
    return sent.stream()
        .flatMap(r -> r.buttons().stream())
        .filter(b -> b.path("title").asText().equals(label))
        .reduce((first, second) -> second)
        .orElseThrow(() -> new AssertionError("no button " + label + " in " + shown(sent)));
  }

  /** The id the connector gave the card that holds the button. */
  static String cardId(List<ConnectorStub.Request> sent, String label) {
    for (int i = sent.size() - 1; i >= 0; i--) {
      if (sent.get(i).buttons().stream().anyMatch(b -> b.path("title").asText().equals(label))) {
        return sent.get(i).answeredId();
      }
    }
    throw new AssertionError("no card with " + label);
  }

  /**
   * Presses the button with this label on the last card that has it, as Teams posts an
   * Action.Submit.
   */
  List<ConnectorStub.Request> press(
      ObjectNode pressedIn, List<ConnectorStub.Request> shownIn, String label) {
    return send(teams.submit(pressedIn, button(shownIn, label), cardId(shownIn, label)));
  }

  static List<ConnectorStub.Request> posts(List<ConnectorStub.Request> sent) {
    return sent.stream().filter(r -> r.method().equals("POST")).toList();
  }
}

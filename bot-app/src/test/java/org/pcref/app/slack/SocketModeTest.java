package org.pcref.app.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import java.net.InetSocketAddress;
import java.net.http.HttpResponse;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.java_websocket.WebSocket;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.server.WebSocketServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.pcref.app.server.BotServer;
import org.pcref.slack.SlackStub;
import org.pcref.slack.SlackStub.Answer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Socket Mode: with an app-level token the bot asks Slack for a websocket instead of listening on
 * {@code /slack/events}, and answers what comes down it. A local websocket server stands in for
 * Slack's end.
 */
@SpringBootTest(classes = BotServer.class, webEnvironment = WebEnvironment.RANDOM_PORT)
class SocketModeTest {

  static final SocketEnd SOCKET = SocketEnd.started();
  static final SlackStub SLACK =
      new SlackStub()
          .always(
              "apps.connections.open",
              Answer.ok("{\"ok\":true,\"url\":\"ws://127.0.0.1:" + SOCKET.getPort() + "/link\"}"));
  static final String DATABASE_URL = Databases.memoryUrl("slack-socket");

  @DynamicPropertySource
  static void slack(DynamicPropertyRegistry registry) {
    registry.add("pcref.slack.app-token", () -> "xapp-socket-token");
    registry.add("pcref.slack.bot-token", () -> "xoxb-socket-bot");
    registry.add("pcref.slack.api-url", SLACK::apiUrl);
    registry.add("pcref.database.url", () -> DATABASE_URL);
  }

  @AfterAll
  static void stop() throws InterruptedException {
    SOCKET.stop(1_000);
    SLACK.close();
  }

  @LocalServerPort int port;
  @Autowired ApplicationContext context;

  @Test
  void opensTheSocketWithTheAppTokenAndAnswersASlashCommandDownIt() throws Exception {
    assertThat(SLACK.await("apps.connections.open", 1).get(0).headers().get("authorization"))
        .isEqualTo("Bearer xapp-socket-token");
    WebSocket bot = SOCKET.connections.poll(10, TimeUnit.SECONDS);
    assertThat(bot).as("the bot's websocket").isNotNull();

    bot.send(
        "{\"type\":\"hello\",\"num_connections\":1,\"connection_info\":{\"app_id\":\"A0APP\"}}");
    bot.send(
        "{\"envelope_id\":\"env-1\",\"type\":\"slash_commands\",\"accepts_response_payload\":true,\"payload\":{"
            + "\"token\":\"legacy\",\"team_id\":\""
            + SlackStub.TEAM
            + "\",\"channel_id\":\"C1\",\"channel_name\":\"general\","
            + "\"user_id\":\"U1\",\"user_name\":\"alex\",\"command\":\"/pcref\",\"text\":\"define co-learning\","
            + "\"response_url\":\""
            + SLACK.responseUrl("socket")
            + "\",\"trigger_id\":\""
            + java.util.UUID.randomUUID()
            + "\",\"api_app_id\":\"A0APP\"}}");

    String ack = SOCKET.received.poll(10, TimeUnit.SECONDS);
    assertThat(ack).as("the bot's ack").isNotNull();
    JsonObject envelope = Blocks.parse(ack);
    assertThat(envelope.get("envelope_id").getAsString()).isEqualTo("env-1");
    assertThat(ack).contains("Co-Learning is a two-way process");
  }

  @Test
  void listensOnNoHttpPath() {
    assertThat(context.getBeansOfType(SlackSocketMode.class)).hasSize(1);
    HttpResponse<String> post =
        new SlackRequests(port)
            .post("{\"type\":\"url_verification\",\"challenge\":\"c\"}", "application/json");
    assertThat(post.statusCode()).isNotEqualTo(200);
  }

  /** Slack's end of the socket: keeps the connections the bot opens and what it sends. */
  static final class SocketEnd extends WebSocketServer {
    final BlockingQueue<WebSocket> connections = new LinkedBlockingQueue<>();
    final BlockingQueue<String> received = new LinkedBlockingQueue<>();

    private SocketEnd() {
      super(new InetSocketAddress("127.0.0.1", 0));
    }

    static SocketEnd started() {
      SocketEnd end = new SocketEnd();
      end.setReuseAddr(true);
      end.start();
      long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
      while (end.getPort() == 0 && System.nanoTime() < until) {
        Thread.onSpinWait();
      }
      return end;
    }

    @Override
    public void onOpen(WebSocket conn, ClientHandshake handshake) {
      connections.add(conn);
    }

    @Override
    public void onMessage(WebSocket conn, String message) {
      received.add(message);
    }

    @Override
    public void onClose(WebSocket conn, int code, String reason, boolean remote) {}

    @Override
    public void onError(WebSocket conn, Exception ex) {}

    @Override
    public void onStart() {}
  }
}

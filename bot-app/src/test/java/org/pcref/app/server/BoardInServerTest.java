package org.pcref.app.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The server shows the web board at {@code /} with nothing set up (local mode), and the board's
 * security leaves the chat endpoints to their own checks: no sign-in, no CSRF token.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class BoardInServerTest {

  @LocalServerPort int port;

  private final HttpClient client =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  @Test
  void shouldShowTheLocalBoardAtTheRoot() throws Exception {
    HttpResponse<String> board = send(HttpRequest.newBuilder(uri("/")).GET());

    assertThat(board.statusCode()).isEqualTo(200);
    assertThat(board.body()).contains("Local board", "every team at a glance");
    assertThat(board.headers().firstValue("Content-Security-Policy")).isPresent();
  }

  @Test
  void shouldLeaveTeamsMessagesToTheirOwnCheck() throws Exception {
    HttpResponse<String> teams =
        send(
            HttpRequest.newBuilder(uri("/api/messages"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{}")));

    // Answered by the Teams endpoint (a bad activity), not refused for a missing CSRF token.
    assertThat(teams.statusCode()).isNotEqualTo(403);
    assertThat(teams.statusCode()).isLessThan(500);
  }

  private URI uri(String path) {
    return URI.create("http://127.0.0.1:" + port + path);
  }

  private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
    return client.send(
        request.timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
  }
}

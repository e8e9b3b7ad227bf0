package org.pcref.app.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The probes an orchestrator asks: liveness says the process runs, readiness that it can take
 * turns, which needs the database. Slack and Teams show in the overall health only.
 */
class HealthProbesTest {

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  @Test
  void shouldStayAliveButNotReadyWhileTheDatabaseIsGone(@TempDir Path dir) throws Exception {
    String file = dir.resolve("bot").toString();
    DriverManager.getConnection("jdbc:h2:file:" + file).close(); // the database exists at start
    String url = "jdbc:h2:file:" + file + ";IFEXISTS=TRUE";
    try (ConfigurableApplicationContext server =
        new SpringApplicationBuilder(BotServer.class)
            .run(
                "--server.port=0",
                "--pcref.database.url=" + url,
                "--pcref.nudges.enabled=false",
                "--pcref.slack.signing-secret=",
                "--pcref.slack.bot-token=")) {
      String port = server.getEnvironment().getProperty("local.server.port");

      HttpResponse<String> ready = get(port, "/actuator/health/readiness");
      assertThat(ready.statusCode()).isEqualTo(200);
      assertThat(ready.body()).contains("\"database\":{\"status\":\"UP\"");
      assertThat(ready.body()).doesNotContain("slack", "teams");
      HttpResponse<String> overall = get(port, "/actuator/health");
      assertThat(overall.body()).contains("\"teams\":{\"status\":\"UNKNOWN\"");

      try (Connection c = DriverManager.getConnection(url);
          Statement statement = c.createStatement()) {
        statement.execute("SHUTDOWN");
      }
      Files.delete(Path.of(file + ".mv.db"));

      HttpResponse<String> notReady = get(port, "/actuator/health/readiness");
      assertThat(notReady.statusCode()).isEqualTo(503);
      assertThat(notReady.body()).contains("\"database\":{\"status\":\"DOWN\"");
      HttpResponse<String> alive = get(port, "/actuator/health/liveness");
      assertThat(alive.statusCode()).isEqualTo(200);
      assertThat(alive.body()).contains("\"status\":\"UP\"");
    }
  }

  private HttpResponse<String> get(String port, String path) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
            .timeout(Duration.ofSeconds(10))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }
}

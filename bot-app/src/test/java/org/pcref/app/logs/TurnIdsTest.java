package org.pcref.app.logs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pcref.app.server.BotServer;
import org.slf4j.LoggerFactory;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Every line logged while a request is handled names its turn, also when the turn goes on on
 * another thread; plain lines by default, one JSON object a line when asked.
 */
@ExtendWith(OutputCaptureExtension.class)
class TurnIdsTest {

  /** A request that logs as a turn does: from the server, from the core, and on another thread. */
  @RestController
  static class LoggingTurn {
    @GetMapping("/test/turn")
    String turn() throws Exception {
      LoggerFactory.getLogger("org.pcref.app.test").info("first line of the turn");
      System.getLogger("org.pcref.core.test").log(System.Logger.Level.INFO, "core line");
      Thread later =
          new Thread(
              TurnIds.carried(
                  () -> LoggerFactory.getLogger("org.pcref.app.test").info("after the ack")));
      later.start();
      later.join();
      return "ok";
    }
  }

  /**
   * Spring Boot keeps the log format in system properties, which outlive the server: the servers of
   * the tests that follow write plain lines again.
   */
  @AfterEach
  void forgetTheLogFormat() {
    System.getProperties().stringPropertyNames().stream()
        .filter(name -> name.contains("STRUCTURED"))
        .forEach(System::clearProperty);
  }

  @Test
  void shouldNameTheTurnOnEveryPlainLineOfIt(CapturedOutput output) throws Exception {
    try (ConfigurableApplicationContext server = start()) {
      get(server);
    }
    List<String> lines =
        output
            .getOut()
            .lines()
            .filter(l -> l.matches(".*(first line of the turn|core line|after the ack)$"))
            .toList();
    assertThat(lines).hasSize(3);
    Matcher id = Pattern.compile("\\[([0-9a-f]{8})\\] ").matcher(lines.get(0));
    assertThat(id.find()).as(lines.get(0)).isTrue();
    assertThat(lines).allSatisfy(line -> assertThat(line).contains("[" + id.group(1) + "] "));
  }

  @Test
  void shouldWriteJsonLinesWithTheTurnWhenAsked(CapturedOutput output) throws Exception {
    try (ConfigurableApplicationContext server = start("--logging.structured.format.console=ecs")) {
      get(server);
    }
    ObjectMapper json = new ObjectMapper();
    List<JsonNode> turn = new ArrayList<>();
    for (String line : output.getOut().lines().filter(l -> l.startsWith("{")).toList()) {
      JsonNode node = json.readTree(line);
      if (node.path("message").asText().matches("first line of the turn|core line|after the ack")) {
        turn.add(node);
      }
    }
    assertThat(turn).hasSize(3);
    String id = turn.get(0).path("turn").asText();
    assertThat(id).matches("[0-9a-f]{8}");
    assertThat(turn).allSatisfy(n -> assertThat(n.path("turn").asText()).isEqualTo(id));
  }

  private static ConfigurableApplicationContext start(String... more) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "--server.port=0",
                "--pcref.database.url=jdbc:h2:mem:turn-ids;DB_CLOSE_DELAY=-1",
                "--pcref.nudges.enabled=false"));
    args.addAll(List.of(more));
    return new SpringApplicationBuilder(BotServer.class, LoggingTurn.class)
        .run(args.toArray(String[]::new));
  }

  private static void get(ConfigurableApplicationContext server) throws Exception {
    String port = server.getEnvironment().getProperty("local.server.port");
    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/test/turn"))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(response.body()).isEqualTo("ok");
  }
}

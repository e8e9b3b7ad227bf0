package org.pcref.app.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.pcref.app.terminal.FrameworkFiles;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

@ExtendWith(OutputCaptureExtension.class)
class BotServerStartTest {

  @Test
  void refusesToStartWithABrokenFrameworkFileAndSaysWhy(@TempDir Path dir, CapturedOutput output) {
    Path broken = FrameworkFiles.withoutGoodLevel(dir);

    int status =
        BotServer.start(new String[] {"--server.port=0", "--pcref.framework-file=" + broken});

    assertThat(status).isEqualTo(1);
    assertThat(output.getErr())
        .contains(broken + ": competency 'co-learning': level 'good' is missing");
    assertThat(output.getAll()).doesNotContain("\tat ", "Tomcat started");
  }

  @Test
  void refusesToStartOnADataFolderAnotherServerUses(@TempDir Path dir, CapturedOutput output) {
    String data = "--pcref.data-dir=" + dir;
    try (ConfigurableApplicationContext first =
        new SpringApplicationBuilder(BotServer.class).run("--server.port=0", data)) {
      int status = BotServer.start(new String[] {"--server.port=0", data});

      assertThat(status).isEqualTo(1);
      assertThat(output.getErr())
          .contains(
              "Another PCREF Bot server is already using the data folder " + dir.toAbsolutePath());
      assertThat(output.getErr()).doesNotContain("\tat ");
    }
  }

  @Test
  void refusesToStartWithAMissingFrameworkFile(@TempDir Path dir, CapturedOutput output) {
    Path missing = dir.resolve("missing.yml");

    int status =
        BotServer.start(new String[] {"--server.port=0", "--pcref.framework-file=" + missing});

    assertThat(status).isEqualTo(1);
    assertThat(output.getErr()).contains(missing + ": no such file");
  }

  @Test
  void startsWhenSlackCannotBeReachedAndSaysSoInOneLineAndInHealth(CapturedOutput output)
      throws Exception {
    int closedPort;
    try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    try (ConfigurableApplicationContext server =
        new SpringApplicationBuilder(BotServer.class)
            .run(
                "--server.port=0",
                "--pcref.database.url=jdbc:h2:mem:slack-unreachable;DB_CLOSE_DELAY=-1",
                "--pcref.nudges.enabled=false",
                "--pcref.slack.signing-secret=secret",
                "--pcref.slack.bot-token=xoxb-unreachable-test",
                "--pcref.slack.api-url=http://127.0.0.1:" + closedPort + "/api/",
                "--management.endpoint.health.show-components=always")) {
      String port = server.getEnvironment().getProperty("local.server.port");
      java.net.http.HttpResponse<String> health =
          java.net.http.HttpClient.newHttpClient()
              .send(
                  java.net.http.HttpRequest.newBuilder(
                          java.net.URI.create("http://127.0.0.1:" + port + "/actuator/health"))
                      .build(),
                  java.net.http.HttpResponse.BodyHandlers.ofString());

      assertThat(health.body()).contains("\"slack\":{\"status\":\"DOWN\"");
      assertThat(output.getAll().lines().filter(line -> line.contains("Slack: not connected")))
          .hasSize(1);
      assertThat(output.getAll()).doesNotContain("\tat ", "xoxb-unreachable-test");
    }
  }
}

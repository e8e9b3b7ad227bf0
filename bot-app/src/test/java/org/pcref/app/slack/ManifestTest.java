package org.pcref.app.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pcref.slack.SlackAdapter;
import org.pcref.slack.SlackConnection;

/** slack/manifest.yml agrees with what the bot asks for and listens on. */
class ManifestTest {

  private final JsonNode manifest = read();

  private static JsonNode read() {
    try {
      return new ObjectMapper(new YAMLFactory())
          .readTree(Files.readString(Path.of("..", "slack", "manifest.yml")));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void asksForTheScopesTheBotInstallsWith() {
    List<String> scopes = texts(manifest.at("/oauth_config/scopes/bot"));
    SlackSettings defaults =
        new SlackSettings(null, null, null, null, null, null, null, null, null);

    assertThat(String.join(",", scopes)).isEqualTo(defaults.scopes());
  }

  @Test
  void sendsEverythingToTheBotsPaths() {
    assertThat(manifest.at("/features/slash_commands/0/command").asText())
        .isEqualTo(SlackAdapter.COMMAND);
    assertThat(manifest.at("/features/slash_commands/0/url").asText())
        .endsWith(SlackConnection.EVENTS_PATH);
    assertThat(manifest.at("/settings/event_subscriptions/request_url").asText())
        .endsWith(SlackConnection.EVENTS_PATH);
    assertThat(manifest.at("/settings/interactivity/request_url").asText())
        .endsWith(SlackConnection.EVENTS_PATH);
    assertThat(manifest.at("/oauth_config/redirect_urls/0").asText())
        .endsWith(SlackConnection.REDIRECT_PATH);
  }

  @Test
  void subscribesToTheEventsTheBotHandles() {
    assertThat(texts(manifest.at("/settings/event_subscriptions/bot_events")))
        .containsExactlyInAnyOrder(
            "app_home_opened", "app_mention", "app_uninstalled", "message.im", "tokens_revoked");
    assertThat(manifest.at("/features/app_home/home_tab_enabled").asBoolean()).isTrue();
  }

  private static List<String> texts(JsonNode array) {
    List<String> texts = new ArrayList<>();
    array.forEach(n -> texts.add(n.asText()));
    return texts;
  }
}

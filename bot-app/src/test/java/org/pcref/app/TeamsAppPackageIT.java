package org.pcref.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.zip.ZipFile;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** The Teams app package the build zips: the manifest with the app id filled in, and both icons. */
class TeamsAppPackageIT {

  private final Path zip =
      Path.of(System.getProperty("pcref.teams.app", "target/pcref-bot-teams-app.zip"));
  private final String appId =
      System.getProperty("pcref.teams.app.id", "00000000-0000-0000-0000-000000000000");

  private static byte[] entry(ZipFile file, String name) throws IOException {
    assertThat(file.getEntry(name)).as(name).isNotNull();
    try (var in = file.getInputStream(file.getEntry(name))) {
      return in.readAllBytes();
    }
  }

  @Test
  void shouldHoldAManifestForAPersonalTeamAndGroupChatBot() throws IOException {
    try (ZipFile file = new ZipFile(zip.toFile())) {
      String text =
          new String(entry(file, "manifest.json"), java.nio.charset.StandardCharsets.UTF_8);
      assertThat(text).doesNotContain("@MICROSOFT_APP_ID@", "@TEAMS_");
      JsonNode manifest = new ObjectMapper().readTree(text);

      assertThat(manifest.path("manifestVersion").asText()).isEqualTo("1.22");
      assertThat(manifest.path("id").asText()).isEqualTo(appId);
      JsonNode bot = manifest.path("bots").get(0);
      assertThat(bot.path("botId").asText()).isEqualTo(appId);
      assertThat(bot.path("scopes"))
          .extracting(JsonNode::asText)
          .containsExactlyInAnyOrder("personal", "team", "groupChat");
      assertThat(bot.path("commandLists").get(0).path("commands"))
          .extracting(c -> c.path("title").asText())
          .contains("help", "checkin");
      assertThat(manifest.path("name").path("short").asText().length()).isLessThanOrEqualTo(30);
      assertThat(manifest.path("description").path("short").asText().length())
          .isLessThanOrEqualTo(80);
    }
  }

  @Test
  void shouldHoldBothIconsAtTheSizesTeamsAsksFor() throws IOException {
    try (ZipFile file = new ZipFile(zip.toFile())) {
      BufferedImage color = ImageIO.read(new ByteArrayInputStream(entry(file, "color.png")));
      BufferedImage outline = ImageIO.read(new ByteArrayInputStream(entry(file, "outline.png")));

      assertThat(color.getWidth()).isEqualTo(192);
      assertThat(color.getHeight()).isEqualTo(192);
      assertThat(outline.getWidth()).isEqualTo(32);
      assertThat(outline.getHeight()).isEqualTo(32);
      for (int x = 0; x < 32; x++) {
        for (int y = 0; y < 32; y++) {
          int argb = outline.getRGB(x, y);
          boolean transparent = (argb >>> 24) == 0;
          assertThat(transparent || (argb & 0xFFFFFF) == 0xFFFFFF)
              .as("outline pixel %d,%d is white or clear", x, y)
              .isTrue();
        }
      }
    }
  }
}

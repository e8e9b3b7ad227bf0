package org.pcref.msteams;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.Attachment;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.pcref.core.catalogue.ReplyCatalogue;

/**
 * Every card the bot sends (the {@link ReplyCatalogue}), rendered by Microsoft's own Adaptive Cards
 * renderer in a real Chromium, on a phone (360 px) and a narrow desktop pane (520 px), in Teams'
 * light, dark and high-contrast themes: no card may make the renderer report a problem, have an
 * element wider than the card or a button cut off, or weigh more than Teams takes. Screenshots land
 * in target/card-renders.
 */
class CardsRenderInTeamsTest {

  /** Teams refuses a message over 28 KB; the card alone stays under the stricter reading. */
  static final int MAX_CARD_BYTES = 28_000;

  static final List<Integer> WIDTHS = List.of(360, 520);
  static final Path RENDERER = Path.of("target", "adaptivecards");
  static final Path SHOTS = Path.of("target", "card-renders");

  private static final ObjectMapper JSON = new ObjectMapper();
  private static Chromium chromium;
  private static Map<String, Theme> themes;

  /**
   * A Teams theme: its host config, the page colour behind the card, and the styles of Teams'
   * buttons and inputs.
   */
  record Theme(String name, JsonNode hostConfig, String background, String css) {}

  @BeforeAll
  static void start() throws IOException {
    themes = Themes.teams(RENDERER);
    chromium = new Chromium(RENDERER.resolve("render.html"));
  }

  @AfterAll
  static void stop() {
    if (chromium != null) {
      chromium.quit();
    }
  }

  @TestFactory
  Stream<DynamicTest> everyCardRendersCleanlyInEveryThemeAtPhoneAndPaneWidth() {
    List<ReplyCatalogue.Entry> entries = ReplyCatalogue.all();
    List<DynamicTest> tests = new ArrayList<>();
    for (int i = 0; i < entries.size(); i++) {
      ReplyCatalogue.Entry entry = entries.get(i);
      String file = String.format(Locale.ROOT, "%02d-%s", i + 1, slug(entry.name()));
      tests.add(DynamicTest.dynamicTest(entry.name(), () -> check(entry, file)));
    }
    return tests.stream();
  }

  @org.junit.jupiter.api.Test
  void shouldCatchAnUnknownElementAndAButtonTooWideForAPhone() throws IOException {
    JsonNode bad =
        JSON.readTree(
            "{\"type\":\"AdaptiveCard\",\"version\":\"1.5\",\"body\":[{\"type\":\"Nonsense\"},"
                + "{\"type\":\"ActionSet\",\"actions\":[{\"type\":\"Action.Submit\","
                + "\"title\":\"A title far too long for any button on a phone-sized card\"}]}]}");

    Chromium.Rendered rendered = chromium.render(bad, themes.get("light"), 360);

    assertThat(rendered.problems()).anyMatch(p -> p.contains("Nonsense"));
    assertThat(rendered.wide()).isNotEmpty();
  }

  private void check(ReplyCatalogue.Entry entry, String file) throws IOException {
    List<String> failures = new ArrayList<>();
    List<JsonNode> cards = cards(new CardRenderer().render(entry.replies()));
    for (int n = 0; n < cards.size(); n++) {
      JsonNode card = cards.get(n);
      int bytes = JSON.writeValueAsString(card).getBytes(StandardCharsets.UTF_8).length;
      if (bytes > MAX_CARD_BYTES) {
        failures.add("card " + (n + 1) + " is " + bytes + " bytes");
      }
      for (Theme theme : themes.values()) {
        for (int width : WIDTHS) {
          Chromium.Rendered rendered = chromium.render(card, theme, width);
          String where = "card " + (n + 1) + ", " + theme.name() + ", " + width + " px: ";
          rendered.problems().forEach(p -> failures.add(where + p));
          rendered.wide().forEach(w -> failures.add(where + w));
          Path shot =
              SHOTS.resolve(theme.name() + "-" + width).resolve(file + "-" + (n + 1) + ".png");
          Files.createDirectories(shot.getParent());
          Files.copy(rendered.screenshot(), shot, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
    assertThat(failures).as(entry.name()).isEmpty();
  }

  /** The Adaptive Cards among a turn's messages (short texts are plain messages). */
  static List<JsonNode> cards(List<Activity> messages) {
    List<JsonNode> cards = new ArrayList<>();
    for (Activity message : messages) {
      if (message.getAttachments() == null) {
        continue;
      }
      for (Attachment attachment : message.getAttachments()) {
        if (CardRenderer.CONTENT_TYPE.equals(attachment.getContentType())) {
          cards.add(JSON.valueToTree(attachment.getContent()));
        }
      }
    }
    return cards;
  }

  private static String slug(String name) {
    return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
  }

  /** The three Teams themes. */
  static final class Themes {
    private Themes() {}

    static Map<String, Theme> teams(Path renderer) throws IOException {
      Path configs = renderer.resolve("node_modules/adaptivecards-designer/lib/hostConfigs");
      JsonNode light = JSON.readTree(configs.resolve("microsoft-teams-light.json").toFile());
      JsonNode dark = JSON.readTree(configs.resolve("microsoft-teams-dark.json").toFile());
      Path styles = renderer.resolve("node_modules/adaptivecards-designer/dist/containers");
      String lightCss = Files.readString(styles.resolve("teams-container-light.css"));
      String darkCss = Files.readString(styles.resolve("teams-container-dark.css"));
      return Map.of(
          "light", new Theme("light", light, "#f5f5f5", lightCss),
          "dark", new Theme("dark", dark, "#1f1f1f", darkCss),
          "high-contrast", new Theme("high-contrast", highContrast(dark), "#000000", darkCss));
    }

    /**
     * Teams publishes no high-contrast host config: this one is Teams' dark config with its
     * high-contrast palette, black behind everything, white text and the bright tone colours.
     */
    static JsonNode highContrast(JsonNode dark) {
      ObjectNode config = dark.deepCopy();
      Map<String, String> tones =
          Map.of(
              "default", "#FFFFFF",
              "accent", "#1AEBFF",
              "good", "#3FF23F",
              "warning", "#FFFF01",
              "attention", "#FF8080",
              "light", "#FFFFFF",
              "dark", "#FFFFFF");
      config
          .path("containerStyles")
          .fields()
          .forEachRemaining(
              style -> {
                ObjectNode s = (ObjectNode) style.getValue();
                s.put("backgroundColor", "#000000");
                s.put("borderColor", "#FFFFFF");
                ObjectNode colours = s.putObject("foregroundColors");
                tones.forEach(
                    (tone, colour) ->
                        colours.putObject(tone).put("default", colour).put("subtle", colour));
              });
      return config;
    }
  }

  /** One headless Chromium for the whole class, on the render page. */
  static final class Chromium {

    record Rendered(List<String> problems, List<String> wide, Path screenshot) {}

    private final org.openqa.selenium.chrome.ChromeDriver driver;

    Chromium(Path page) {
      Path binary = Path.of("/usr/bin/chromium");
      Path chromedriver = Path.of("/usr/bin/chromedriver");
      if (!Files.isExecutable(binary) || !Files.isExecutable(chromedriver)) {
        throw new IllegalStateException(
            "Chromium is missing: apt-get install -y chromium chromium-driver");
      }
      if (!Files.exists(page)) {
        throw new IllegalStateException(
            page + " is missing: the build installs it (src/test/cards/install.sh)");
      }
      org.openqa.selenium.chrome.ChromeOptions options =
          new org.openqa.selenium.chrome.ChromeOptions();
      options.setBinary(binary.toString());
      options.addArguments(
          "--no-sandbox",
          "--headless=new",
          "--disable-gpu",
          "--disable-dev-shm-usage",
          "--no-first-run",
          "--force-device-scale-factor=1",
          "--window-size=800,1200");
      driver =
          new org.openqa.selenium.chrome.ChromeDriver(
              new org.openqa.selenium.chrome.ChromeDriverService.Builder()
                  .usingDriverExecutable(chromedriver.toFile())
                  .build(),
              options);
      driver.get(page.toAbsolutePath().toUri().toString());
    }

    @SuppressWarnings("unchecked")
    Rendered render(JsonNode card, Theme theme, int width) throws IOException {
      Map<String, Object> result =
          (Map<String, Object>)
              driver.executeScript(
                  "return window.renderCard(JSON.parse(arguments[0]), JSON.parse(arguments[1]),"
                      + " arguments[2], arguments[3], arguments[4], arguments[5]);",
                  JSON.writeValueAsString(card),
                  JSON.writeValueAsString(theme.hostConfig()),
                  width,
                  theme.background(),
                  theme.name(),
                  theme.css());
      WebElement frame = driver.findElement(By.id("frame"));
      Path screenshot = frame.getScreenshotAs(OutputType.FILE).toPath();
      return new Rendered(
          (List<String>) result.get("problems"), (List<String>) result.get("wide"), screenshot);
    }

    void quit() {
      driver.quit();
    }
  }
}

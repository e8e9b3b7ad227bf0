package org.pcref.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.Gson;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.slack.api.model.block.ActionsBlock;
import com.slack.api.model.block.SectionBlock;
import com.slack.api.model.block.element.ButtonElement;
import com.slack.api.util.json.GsonFactory;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.pcref.core.message.Choice;
import org.pcref.core.message.Reply;

class BlockKitRendererTest {

  private static final Gson JSON = GsonFactory.createSnakeCase();
  private static final String HOSTILE = "<!channel> & <@U123> <https://evil.example|click> @here";

  private final BlockKitRenderer renderer = new BlockKitRenderer();

  @Test
  void escapesEveryPieceOfTextSoNothingBecomesAMentionOrALink() {
    Reply card =
        new Reply.Card(
            HOSTILE,
            HOSTILE,
            List.of(new Reply.Section(HOSTILE, List.of(new Reply.Item(HOSTILE, List.of(HOSTILE))))),
            HOSTILE,
            List.of(new Choice(HOSTILE, "ask", "x")));
    List<Reply> replies =
        List.of(
            new Reply.Text(HOSTILE),
            card,
            new Reply.Choices(HOSTILE, List.of()),
            new Reply.File(HOSTILE, "text/csv", HOSTILE));

    List<SlackMessage> messages = renderer.messages(replies);

    String json = JSON.toJson(messages.get(0).blocks()) + messages.get(0).text();
    assertThat(json)
        .doesNotContain("<!channel>", "<@U123>", "<https://")
        .contains("&lt;!channel&gt; &amp; &lt;@U123&gt;");
    for (String text : allTexts(messages.get(0))) {
      assertThat(text).doesNotContain("<", ">").doesNotContainPattern("&(?!amp;|lt;|gt;)");
    }
  }

  @Test
  void marksEveryMarkdownTextVerbatimSoSlackLinksNothing() {
    List<SlackMessage> messages =
        renderer.messages(
            List.of(
                new Reply.Text("see #general and https://x.example"),
                new Reply.Card(
                    "t", "s", List.of(Reply.Section.of("h", List.of("i"))), "f", List.of())));

    JsonArray blocks = JSON.toJsonTree(messages.get(0).blocks()).getAsJsonArray();
    List<JsonObject> markdown = new ArrayList<>();
    collect(blocks, markdown);
    assertThat(markdown)
        .isNotEmpty()
        .allSatisfy(m -> assertThat(m.get("verbatim").getAsBoolean()).isTrue());
  }

  @Test
  void splitsLongTextIntoBlocksSlackAccepts() {
    String paragraph = "Co-production means working together as equals. ".repeat(200);

    List<SlackMessage> messages = renderer.messages(List.of(new Reply.Text(paragraph)));

    List<String> texts = allTexts(messages.get(0));
    assertThat(texts)
        .hasSizeGreaterThan(3)
        .allSatisfy(t -> assertThat(t.length()).isLessThanOrEqualTo(3_000));
    assertThat(messages.get(0).text()).hasSizeLessThanOrEqualTo(300).endsWith("…");
    assertThat(String.join(" ", texts).split("\\s+"))
        .as("the same words in the same order")
        .hasSize(paragraph.strip().split("\\s+").length)
        .containsExactly(paragraph.strip().split("\\s+"));
  }

  @Test
  void neverCutsAnEscapeInTwo() {
    String ampersands = "&".repeat(4_000);

    List<String> texts = new ArrayList<>();
    renderer.messages(List.of(new Reply.Text(ampersands))).forEach(m -> texts.addAll(allTexts(m)));

    assertThat(texts).allSatisfy(t -> assertThat(t).matches("(&amp;)+"));
    assertThat(String.join("", texts)).isEqualTo("&amp;".repeat(4_000));
  }

  @Test
  void aTurnWithMoreThanFiftyBlocksGoesOutAsSeveralMessages() {
    List<Reply.Section> sections = new ArrayList<>();
    for (int i = 0; i < 120; i++) {
      sections.add(Reply.Section.of("Section " + i, List.of("item " + i)));
    }

    List<SlackMessage> messages =
        renderer.messages(List.of(new Reply.Card("Long", "", sections, "", List.of())));

    assertThat(messages).hasSizeGreaterThanOrEqualTo(3);
    assertThat(messages).allSatisfy(m -> assertThat(m.blocks()).hasSizeLessThanOrEqualTo(50));
    assertThat(messages.stream().mapToInt(m -> m.blocks().size()).sum()).isEqualTo(121);
  }

  @Test
  void aReplyForTheChannelIsAMessageOfItsOwn() {
    List<SlackMessage> messages =
        renderer.messages(
            List.of(
                new Reply.Text("just you"),
                new Reply.ForChannel(new Reply.Text("everyone")),
                new Reply.Text("you again")));

    assertThat(messages).extracting(SlackMessage::forChannel).containsExactly(false, true, false);
    assertThat(messages)
        .extracting(SlackMessage::text)
        .containsExactly("just you", "everyone", "you again");
  }

  @Test
  void buttonsKeepTheCoreValueAndGetUniqueActionIdsThatMapBack() {
    List<Choice> choices = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      choices.add(
          new Choice(
              "Level " + i + " with a label far longer than Slack allows on one button, really",
              "checkin",
              "abc/0/CHOOSE_LEVEL/0/level:" + i));
    }

    List<SlackMessage> messages =
        renderer.messages(List.of(new Reply.Choices("Which level?", choices)));

    List<ButtonElement> buttons =
        messages.get(0).blocks().stream()
            .filter(ActionsBlock.class::isInstance)
            .flatMap(b -> ((ActionsBlock) b).getElements().stream())
            .map(ButtonElement.class::cast)
            .toList();
    assertThat(buttons).hasSize(30);
    assertThat(messages.get(0).blocks().stream().filter(ActionsBlock.class::isInstance)).hasSize(2);
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < buttons.size(); i++) {
      ButtonElement button = buttons.get(i);
      assertThat(ids.add(button.getActionId())).isTrue();
      assertThat(Buttons.coreActionId(button.getActionId())).isEqualTo("checkin");
      assertThat(button.getValue()).isEqualTo(choices.get(i).value());
      assertThat(button.getText().getText().length()).isLessThanOrEqualTo(75);
    }
  }

  @Test
  void theFallbackTextIsThePlainTextEscaped() {
    List<SlackMessage> messages =
        renderer.messages(
            List.of(new Reply.Choices("Pick <one>", List.of(Choice.ask("A & B", "a")))));

    assertThat(messages.get(0).text()).isEqualTo("Pick &lt;one&gt;\n\n  [1] A &amp; B");
  }

  private static List<String> allTexts(SlackMessage message) {
    List<String> texts = new ArrayList<>();
    message.blocks().stream()
        .filter(SectionBlock.class::isInstance)
        .forEach(b -> texts.add(((SectionBlock) b).getText().getText()));
    return texts;
  }

  private static void collect(JsonElement element, List<JsonObject> markdown) {
    if (element.isJsonArray()) {
      element.getAsJsonArray().forEach(e -> collect(e, markdown));
    } else if (element.isJsonObject()) {
      JsonObject object = element.getAsJsonObject();
      if (object.has("type") && object.get("type").getAsString().equals("mrkdwn")) {
        markdown.add(object);
      }
      object.entrySet().forEach(e -> collect(e.getValue(), markdown));
    }
  }
}

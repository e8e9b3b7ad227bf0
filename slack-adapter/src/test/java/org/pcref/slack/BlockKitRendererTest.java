package org.pcref.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.Gson;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.slack.api.model.block.ActionsBlock;
import com.slack.api.model.block.SectionBlock;
import com.slack.api.model.block.composition.OptionObject;
import com.slack.api.model.block.element.BlockElement;
import com.slack.api.model.block.element.ButtonElement;
import com.slack.api.model.block.element.OverflowMenuElement;
import com.slack.api.util.json.GsonFactory;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.pcref.core.message.Action;
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

    List<BlockElement> elements =
        messages.get(0).blocks().stream()
            .filter(ActionsBlock.class::isInstance)
            .flatMap(b -> ((ActionsBlock) b).getElements().stream())
            .toList();
    List<ButtonElement> buttons =
        elements.stream()
            .filter(ButtonElement.class::isInstance)
            .map(ButtonElement.class::cast)
            .toList();
    List<OverflowMenuElement> menus =
        elements.stream()
            .filter(OverflowMenuElement.class::isInstance)
            .map(OverflowMenuElement.class::cast)
            .toList();
    assertThat(buttons).hasSize(4);
    assertThat(menus).allSatisfy(m -> assertThat(m.getOptions()).hasSizeBetween(2, 5));
    assertThat(menus.stream().mapToInt(m -> m.getOptions().size()).sum()).isEqualTo(26);
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < buttons.size(); i++) {
      ButtonElement button = buttons.get(i);
      assertThat(ids.add(button.getActionId())).isTrue();
      assertThat(Buttons.action(button.getActionId(), button.getValue(), null))
          .isEqualTo(choices.get(i).toAction());
      assertThat(button.getText().getText().length()).isLessThanOrEqualTo(75);
    }
    List<Action> fromMenus = new ArrayList<>();
    for (OverflowMenuElement menu : menus) {
      assertThat(ids.add(menu.getActionId())).isTrue();
      for (OptionObject option : menu.getOptions()) {
        assertThat(option.getText().getText().length()).isLessThanOrEqualTo(75);
        fromMenus.add(Buttons.action(menu.getActionId(), null, option.getValue()));
      }
    }
    assertThat(fromMenus)
        .as("a menu option gives back the same action as its button would")
        .containsExactlyElementsOf(choices.subList(4, 30).stream().map(Choice::toAction).toList());
  }

  @Test
  void aFewChoicesAreAllButtonsInOneRow() {
    List<Choice> five =
        List.of(
            Choice.ask("Yes, Good", "a"),
            Choice.ask("Developing", "b"),
            Choice.ask("Outstanding", "c"),
            Choice.ask("Not yet Developing", "d"),
            Choice.ask("Back", "e"));

    Shown shown = shown(renderer.messages(List.of(new Reply.Choices("Confirm?", five))).get(0));

    assertThat(shown.visibleButtons()).hasSize(5);
  }

  @Test
  void aCheckInQuestionKeepsItsLevelsAsButtonsAndTheRestInAMenu() {
    List<Choice> question =
        List.of(
            new Choice("Not yet Developing", "checkin", "c1/0/CHOOSE_LEVEL/0/level:NOT_YET"),
            new Choice("Developing", "checkin", "c1/0/CHOOSE_LEVEL/0/level:DEVELOPING"),
            new Choice("Good", "checkin", "c1/0/CHOOSE_LEVEL/0/level:GOOD"),
            new Choice("Outstanding", "checkin", "c1/0/CHOOSE_LEVEL/0/level:OUTSTANDING"),
            new Choice("What each level means", "checkin", "c1/0/CHOOSE_LEVEL/0/levels"),
            new Choice("Check the descriptors", "checkin", "c1/0/CHOOSE_LEVEL/0/detailed"),
            new Choice("Skip", "checkin", "c1/0/CHOOSE_LEVEL/0/skip"));

    Shown shown =
        shown(renderer.messages(List.of(new Reply.Choices("Which level?", question))).get(0));

    assertThat(shown.visibleButtons())
        .extracting(Shown.Button::label)
        .containsExactly("Not yet Developing", "Developing", "Good", "Outstanding");
    assertThat(shown.buttons().stream().filter(Shown.Button::inMenu))
        .extracting(Shown.Button::label)
        .containsExactly("What each level means", "Check the descriptors", "Skip");
  }

  @Test
  void aLongValueThatDoesNotFitAMenuOptionStaysAButton() {
    List<Choice> choices = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      choices.add(Choice.ask("Q" + i, "x".repeat(i == 5 ? 200 : 10)));
    }

    Shown shown = shown(renderer.messages(List.of(new Reply.Choices("Which?", choices))).get(0));

    assertThat(shown.visibleButtons()).extracting(Shown.Button::label).contains("Q5");
    assertThat(shown.buttons()).hasSize(6);
  }

  private static Shown shown(SlackMessage message) {
    JsonObject json = new JsonObject();
    json.add("blocks", JSON.toJsonTree(message.blocks()));
    json.addProperty("text", message.text());
    return new Shown(json);
  }

  @Test
  void aLongFileThatCouldNotBeSharedIsNamedNotPastedAsPagesOfText() {
    String export =
        "team,competency,level,note\r\n" + "ward-9,Co-Production,Good,a note\r\n".repeat(4_200);

    List<SlackMessage> messages =
        renderer.messages(List.of(new Reply.File("pcref-ward-9.csv", "text/csv", export)));

    assertThat(export.length()).isGreaterThan(140_000);
    assertThat(messages).hasSize(1);
    assertThat(JSON.toJson(messages.get(0).blocks()))
        .contains("pcref-ward-9.csv", "4201 lines, too long to show in a message")
        .hasSizeLessThan(1_000);
  }

  @Test
  void aShortFileThatCouldNotBeSharedIsShownInline() {
    List<SlackMessage> messages =
        renderer.messages(
            List.of(
                new Reply.File(
                    "pcref-ward-9.csv", "text/csv", "\uFEFFteam,level\r\nward-9,Good\r\n")));

    assertThat(allTexts(messages.get(0)))
        .containsExactly("*pcref-ward-9.csv*", "```team,level\r\nward-9,Good```");
  }

  @Test
  void aCardShowsWhoAndWhenAsSmallTextAndItsLevelsAsAGrid() {
    Reply summary =
        new Reply.Card(
            "Check-in done — ward-7",
            "By alex, 29 Nov 2026",
            List.of(
                new Reply.Section(
                    "Levels",
                    List.of(
                        Reply.Item.of("Cultural Awareness: Good (first rating)"),
                        new Reply.Item(
                            "Workforce: Developing (down, was Good)",
                            List.of("Note: <b>rota</b>"))))),
            "",
            List.of());

    JsonArray blocks =
        JSON.toJsonTree(renderer.messages(List.of(summary)).get(0).blocks()).getAsJsonArray();

    assertThat(blocks.get(0).getAsJsonObject().get("type").getAsString()).isEqualTo("header");
    assertThat(blocks.get(1).getAsJsonObject().get("type").getAsString()).isEqualTo("context");
    assertThat(blocks.get(1).toString()).contains("By alex, 29 Nov 2026");
    JsonArray fields = blocks.get(3).getAsJsonObject().getAsJsonArray("fields");
    assertThat(fields.get(0).getAsJsonObject().get("text").getAsString())
        .isEqualTo("*Cultural Awareness*\n:large_green_circle: *Good* (first rating)");
    assertThat(fields.get(1).getAsJsonObject().get("text").getAsString())
        .isEqualTo(
            "*Workforce*\n:large_orange_circle: *Developing* (down, was Good)\nNote: &lt;b&gt;rota&lt;/b&gt;");
    assertThat(renderer.messages(List.of(summary)).get(0).text())
        .as("the notification keeps the plain words")
        .doesNotContain(":large_green_circle:")
        .contains("Cultural Awareness: Good");
  }

  @Test
  void aQuestionInTheSubtitleStaysFullSize() {
    Reply question =
        new Reply.Card(
            "1 of 3 · Workforce",
            "Not rated yet. Which level fits your team now?",
            List.of(),
            "Type skip, back, pause or cancel at any time.",
            List.of());

    JsonArray blocks =
        JSON.toJsonTree(renderer.messages(List.of(question)).get(0).blocks()).getAsJsonArray();

    assertThat(blocks)
        .extracting(b -> b.getAsJsonObject().get("type").getAsString())
        .containsExactly("header", "section", "context");
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

package org.pcref.msteams;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.bot.schema.Activity;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pcref.core.message.Choice;
import org.pcref.core.message.Reply;

class CardRendererTest {

  private final CardRenderer renderer = new CardRenderer();
  private final ObjectMapper json = new ObjectMapper();

  private JsonNode cardOf(Activity activity) {
    assertThat(activity.getAttachments()).hasSize(1);
    assertThat(activity.getAttachments().get(0).getContentType())
        .isEqualTo("application/vnd.microsoft.card.adaptive");
    return json.valueToTree(activity.getAttachments().get(0).getContent());
  }

  @Test
  void shouldRenderACardAsAnAdaptiveCardWithEscapedText() {
    Reply.Card card =
        new Reply.Card(
            "Co-Production — Good",
            "What Good looks like",
            List.of(
                new Reply.Section(
                    "Descriptors",
                    List.of(
                        new Reply.Item("see [here](https://x.example)", List.of("sub *one*"))))),
            "From the PCREF",
            List.of(Choice.ask("Outstanding?", "what does outstanding mean for co-production")));

    JsonNode root = cardOf(renderer.render(card));

    assertThat(root.path("type").asText()).isEqualTo("AdaptiveCard");
    assertThat(root.path("version").asText()).isEqualTo("1.5");
    String texts = root.path("body").findValuesAsText("text").toString();
    assertThat(texts)
        .contains("Co-Production — Good", "• see \\[here\\](https://x.example)", "◦ sub \\*one\\*");
    JsonNode button = root.path("body").findValue("actions").get(0);
    assertThat(button.path("type").asText()).isEqualTo("Action.Submit");
    assertThat(button.path("title").asText()).isEqualTo("Outstanding?");
    assertThat(button.path("data").path("pcref").path("action").asText()).isEqualTo("ask");
    assertThat(button.path("data").path("pcref").path("value").asText())
        .isEqualTo("what does outstanding mean for co-production");
  }

  @Test
  void shouldKeepJsonInUserTextAsText() {
    String sneaky = "\"}]},{\"type\":\"Action.OpenUrl\",\"url\":\"https://evil.example\"}";
    JsonNode root = cardOf(renderer.render(new Reply.Choices(sneaky, List.of())));

    assertThat(root.path("body")).hasSize(1);
    assertThat(root.findValues("url")).isEmpty();
    assertThat(root.path("body").get(0).path("text").asText()).contains("Action.OpenUrl");
  }

  @Test
  void shouldPutButtonsInRowsThatFitAPhone() {
    List<Choice> seven =
        java.util.stream.IntStream.rangeClosed(1, 7)
            .mapToObj(i -> new Choice("b" + i, "checkin", "v" + i))
            .toList();
    JsonNode root = cardOf(renderer.render(new Reply.Choices("Which level fits?", seven)));

    assertThat(root.path("body").findValues("actions"))
        .extracting(JsonNode::size)
        .containsExactly(3, 3, 1);
    List<Choice> levels =
        java.util.stream.Stream.of("Not yet Developing", "Developing", "Good", "Outstanding")
            .map(label -> new Choice(label, "checkin", label))
            .toList();
    JsonNode question = cardOf(renderer.render(new Reply.Choices("Which level fits?", levels)));
    assertThat(question.path("body").findValues("actions"))
        .extracting(JsonNode::size)
        .containsExactly(2, 2);
  }

  @Test
  void shouldSendShortTextAsAnEscapedMessage() {
    Activity message = renderer.render(new Reply.Text("Note: <at>All</at>\nsecond line"));
    assertThat(message.getText()).isEqualTo("Note: &lt;at&gt;All&lt;/at&gt;<br>second line");
    assertThat(message.getAttachments()).isNullOrEmpty();
  }

  @Test
  void shouldShowAnExportAsMonospaceText() {
    JsonNode root =
        cardOf(
            renderer.render(
                new Reply.File(
                    "assessment.csv", "text/csv", "competency,level\nworkforce,good\n")));
    assertThat(root.path("body").get(1).path("fontType").asText()).isEqualTo("Monospace");
    assertThat(root.path("body").get(1).path("text").asText()).contains("competency,level");
  }

  @Test
  void shouldReadBackTheSubmitDataOfAButton() {
    Submit submit =
        Submit.of(
            new Choice("Good", "checkin", "abc/0/level/0/good"), "1 of 3 · Cultural Awareness");
    Object fromTeams = json.convertValue(submit.toData(), java.util.Map.class);

    assertThat(Submit.read(fromTeams)).contains(submit);
  }

  @Test
  void shouldReadTheDataOfAnExecuteInvoke() {
    Submit submit = Submit.of(new Choice("Good", "checkin", "v"), "q");
    var value = json.createObjectNode();
    value.putObject("action").put("type", "Action.Execute").set("data", submit.toData());

    assertThat(Submit.read(value).map(Submit::toAction))
        .contains(new org.pcref.core.message.Action("checkin", "v"));
  }
}

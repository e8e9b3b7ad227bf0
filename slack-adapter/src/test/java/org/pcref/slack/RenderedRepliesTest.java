package org.pcref.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.slack.api.bolt.context.builtin.SlashCommandContext;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pcref.core.message.Choice;
import org.pcref.core.message.Reply;

class RenderedRepliesTest {

  private final BlockKitRenderer renderer = new BlockKitRenderer();
  private final RenderedReplies rendered = new RenderedReplies(renderer);

  private static List<Reply> answer() {
    return List.of(
        new Reply.Card(
            "Co-Production — Good",
            "What Good looks like",
            List.of(Reply.Section.of("", List.of("Service users & carers <co-design> services."))),
            "",
            List.of(
                Choice.ask(
                    "What does Outstanding mean?",
                    "what does outstanding mean for co-production"))));
  }

  @Test
  void aQuestionAskedAgainIsAnsweredWithWhatItRenderedToTheFirstTime() {
    RenderedReplies.Rendered first = rendered.of(answer());

    assertThat(rendered.of(answer())).isSameAs(first);
  }

  @Test
  void theKeptAckIsExactlyWhatBoltWouldWriteForTheFirstMessage() {
    SlackMessage message = renderer.messages(answer()).get(0);
    String bolts =
        new SlashCommandContext()
            .ack(r -> r.responseType("ephemeral").blocks(message.blocks()).text(message.text()))
            .getBody();

    assertThat(rendered.of(answer()).privateAck())
        .isEqualTo(bolts)
        .contains("\\u0026amp;", "\\u0026lt;co-design\\u0026gt;");
  }

  @Test
  void aReplyForTheWholeChannelHasNoPrivateAck() {
    List<Reply> summary =
        List.of(new Reply.ForChannel(new Reply.Text("Ward 7 checked in: Co-Production Good.")));

    assertThat(rendered.of(summary).privateAck()).isNull();
    assertThat(rendered.of(summary).messages())
        .singleElement()
        .satisfies(m -> assertThat(m.forChannel()).isTrue());
  }

  @Test
  void exportsAreRenderedAfreshEveryTime() {
    List<Reply> export =
        List.of(new Reply.File("ward-7.csv", "text/csv", "competency,level\nco-production,good\n"));

    assertThat(rendered.of(export)).isNotSameAs(rendered.of(export)).isEqualTo(rendered.of(export));
  }
}

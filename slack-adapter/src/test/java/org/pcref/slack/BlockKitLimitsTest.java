package org.pcref.slack;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.header;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.element.ButtonElement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pcref.core.message.Reply;

/** What the bot sends Slack stays within Block Kit's documented limits, whatever the turn. */
class BlockKitLimitsTest {

  private static final ReplyCatalogue CATALOGUE = ReplyCatalogue.collect();

  @Test
  void shouldKeepEveryReplyOfEveryConversationWithinSlacksLimits() {
    for (Map.Entry<String, List<Reply>> turn : CATALOGUE.turns().entrySet()) {
      try {
        BlockKitLimits.check(turn.getValue());
      } catch (AssertionError e) {
        throw new AssertionError("turn “" + turn.getKey() + "”: " + e.getMessage(), e);
      }
    }
    BlockKitLimits.check(CATALOGUE.all());
  }

  /** The same cards the Teams render test renders, within Slack's limits too. */
  @Test
  void shouldKeepEveryCardOfTheCoreCatalogueWithinSlacksLimits() {
    for (org.pcref.core.catalogue.ReplyCatalogue.Entry entry :
        org.pcref.core.catalogue.ReplyCatalogue.all()) {
      try {
        BlockKitLimits.check(entry.replies());
      } catch (AssertionError e) {
        throw new AssertionError("“" + entry.name() + "”: " + e.getMessage(), e);
      }
    }
  }

  @Test
  void shouldCollectEveryKindOfReplyAndEveryCheckInStep() {
    List<Reply> all = CATALOGUE.all();

    assertThat(all).hasAtLeastOneElementOfType(Reply.Text.class);
    assertThat(all).hasAtLeastOneElementOfType(Reply.Card.class);
    assertThat(all).hasAtLeastOneElementOfType(Reply.Choices.class);
    assertThat(all).hasAtLeastOneElementOfType(Reply.File.class);
    assertThat(all).hasAtLeastOneElementOfType(Reply.ForChannel.class);
    String plain = org.pcref.core.message.PlainText.render(all).text();
    assertThat(plain)
        .contains(
            "Which level fits your team now?",
            "Which of these are true for your team now?",
            "suggested level",
            "Add an evidence note?",
            "Check-in done",
            ReplyCatalogue.LONG_BENGALI_NOTE.substring(0, 40));
  }

  @Test
  void shouldShowTheSummaryOfEightAndTheGridOfEightAsFieldsWithinTheirLimits() {
    SlackMessage grid =
        BlockKitLimits.check(CATALOGUE.turns().get("team grid with eight ratings")).get(0);
    SlackMessage summary =
        BlockKitLimits.check(CATALOGUE.turns().get("check-in of all eight: note 8")).get(0);

    assertThat(Shown.of(SlackPayloads.SLACK_JSON.toJson(grid)).text())
        .contains("*Co-Production*", "*Good*", ":large_green_circle:");
    assertThat(SlackPayloads.SLACK_JSON.toJson(summary)).contains("\"fields\"");
  }

  @Test
  void shouldKeepTheAppHomeWithinAViewsLimits() {
    AppHome home = new AppHome(null, null, new BlockKitRenderer(), null);

    BlockKitLimits.checkView(home.blocks(CATALOGUE.home()));
  }

  @Test
  void shouldNameTheLimitABrokenMessageBreaks() {
    List<LayoutBlock> blocks = new ArrayList<>();
    blocks.add(header(h -> h.text(plainText("x".repeat(151)))));
    ButtonElement button =
        ButtonElement.builder().text(plainText("Go")).actionId("same").value("v").build();
    blocks.add(actions(a -> a.elements(List.of(button, button))));
    for (int i = 0; i < 50; i++) {
      blocks.add(com.slack.api.model.block.Blocks.divider());
    }

    List<String> problems =
        BlockKitLimits.problemsOfMessage(new SlackMessage(blocks, "t".repeat(40_001), false), "m");

    assertThat(problems)
        .anySatisfy(p -> assertThat(p).contains("52 blocks; the limit is 50"))
        .anySatisfy(
            p -> assertThat(p).contains("header text is 151 characters; Slack's limit is 150"))
        .anySatisfy(p -> assertThat(p).contains("action_id “same” is used twice"))
        .anySatisfy(p -> assertThat(p).contains("message text is 40001 characters"));
    assertThatThrownBy(() -> BlockKitLimits.checkView(blocks))
        .hasMessageContaining("header text is 151 characters");
  }
}

package org.pcref.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.model.block.ActionsBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.element.CheckboxesElement;
import com.slack.api.model.view.ViewState;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.pcref.core.message.Choice;
import org.pcref.core.message.Reply;

class SlackChecklistTest {

  /** Twelve long items in one group, three in another: more than one element may hold. */
  private final Reply.Checklist checklist =
      new Reply.Checklist(
          "Co-Learning — descriptors",
          "Tick those that are true",
          List.of(
              new Reply.TickGroup(
                  "Developing",
                  IntStream.rangeClosed(1, 12)
                      .mapToObj(i -> new Reply.Tick("" + i, "Services <do> " + "x".repeat(200)))
                      .toList()),
              new Reply.TickGroup(
                  "Good",
                  IntStream.rangeClosed(13, 15)
                      .mapToObj(i -> new Reply.Tick("" + i, "Short"))
                      .toList())),
          new Choice("Suggest a level", "checkin", "v/ticked"),
          List.of(new Choice("Back", "checkin", "v/back")),
          "");

  private List<CheckboxesElement> checkboxes(List<LayoutBlock> blocks) {
    List<CheckboxesElement> found = new ArrayList<>();
    for (LayoutBlock block : blocks) {
      if (block instanceof ActionsBlock row) {
        row.getElements().stream()
            .filter(CheckboxesElement.class::isInstance)
            .map(CheckboxesElement.class::cast)
            .forEach(found::add);
      }
    }
    return found;
  }

  @Test
  void shouldSplitTheBoxesByGroupAndTenToAnElementWithinSlacksLimits() {
    List<CheckboxesElement> elements = checkboxes(SlackChecklist.blocks(checklist));

    assertThat(elements).extracting(e -> e.getOptions().size()).containsExactly(10, 2, 3);
    assertThat(elements).extracting(CheckboxesElement::getActionId).doesNotHaveDuplicates();
    assertThat(elements)
        .flatExtracting(CheckboxesElement::getOptions)
        .allSatisfy(o -> assertThat(o.getText().getText()).hasSizeLessThanOrEqualTo(75))
        .extracting(o -> o.getValue())
        .containsExactlyElementsOf(IntStream.rangeClosed(1, 15).mapToObj(i -> "" + i).toList());
  }

  @Test
  void shouldShowEachItemInFullEscapedAboveItsBoxes() {
    String text = new BlockKitRenderer().blocks(checklist).toString();

    assertThat(text).contains("1. Services &lt;do&gt; " + "x".repeat(200));
    assertThat(text).doesNotContain("<do>");
  }

  @Test
  void shouldReadTheTickedBoxesFromThePressState() {
    ViewState.SelectedOption one = new ViewState.SelectedOption();
    one.setValue("1");
    ViewState.SelectedOption fourteen = new ViewState.SelectedOption();
    fourteen.setValue("14");
    ViewState.Value first = new ViewState.Value();
    first.setSelectedOptions(List.of(one));
    ViewState.Value other = new ViewState.Value();
    other.setSelectedOptions(List.of(fourteen));
    ViewState.Value unrelated = new ViewState.Value();
    unrelated.setSelectedOptions(List.of(one));
    Map<String, Map<String, ViewState.Value>> values = new LinkedHashMap<>();
    values.put("b1", Map.of(SlackChecklist.ACTION + "0", first));
    values.put("b2", Map.of(SlackChecklist.ACTION + "2", other, "somethingElse", unrelated));
    ViewState state = new ViewState();
    state.setValues(values);

    assertThat(SlackChecklist.ticked(state)).containsExactly("1", "14");
    assertThat(SlackChecklist.ticked(null)).isEmpty();
  }

  @Test
  void shouldTellABoxTickedFromAButtonPressed() {
    BlockActionPayload.Action tick = new BlockActionPayload.Action();
    tick.setActionId(SlackChecklist.ACTION + "1");
    BlockActionPayload.Action button = new BlockActionPayload.Action();
    button.setActionId(Buttons.slackActionId("checkin", 0));

    assertThat(SlackChecklist.isTick(tick)).isTrue();
    assertThat(SlackChecklist.isTick(button)).isFalse();
  }
}

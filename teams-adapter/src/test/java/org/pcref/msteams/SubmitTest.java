package org.pcref.msteams;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pcref.core.message.Action;
import org.pcref.core.message.Choice;

class SubmitTest {

  private final ObjectMapper json = new ObjectMapper();
  private final Choice send = new Choice("Suggest a level", "checkin", "c1/0/CHECKLIST/0/ticked");

  /** The button's data with the card's toggles beside it, as Teams sends an Action.Submit. */
  private ObjectNode submitted() {
    ObjectNode data = Submit.of(send, "Co-Learning — descriptors").toData();
    data.put("tick.1", "true");
    data.put("tick.2", "false");
    data.put("tick.3", "true");
    data.put("other", "true");
    return data;
  }

  @Test
  void shouldReadTheTickedTogglesOfAMessageSubmit() {
    Action action = Submit.read(submitted()).orElseThrow().toAction();

    assertThat(action).isEqualTo(new Action("checkin", send.value(), List.of("1", "3")));
  }

  @Test
  void shouldReadTheTickedTogglesOfAnExecuteInvoke() {
    ObjectNode value = json.createObjectNode();
    value.putObject("action").put("type", "Action.Execute").set("data", submitted());

    assertThat(Submit.read(value).orElseThrow().toAction().ticked()).containsExactly("1", "3");
  }

  @Test
  void shouldCarryNoTicksForAPlainButton() {
    ObjectNode data = Submit.of(Choice.ask("Good", "co-production good"), "?").toData();

    assertThat(Submit.read(data).orElseThrow().toAction().ticked()).isEmpty();
  }
}

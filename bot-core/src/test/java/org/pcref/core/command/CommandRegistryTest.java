package org.pcref.core.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class CommandRegistryTest {

  private static final Command<String> ADD =
      new Command<>(List.of("add"), Who.leads("add members"), List.of("add <person>"), "add");
  private static final Command<String> ADD_LEAD =
      new Command<>(
          List.of("add lead", "lead add"),
          Who.leads("add leads"),
          List.of("add lead <person>", "lead add <person>"),
          "add lead");
  private static final Command<String> SHOW =
      new Command<>(List.of("show"), Who.MEMBERS, List.of(), "show");

  private final CommandRegistry<String> registry =
      new CommandRegistry<>(List.of(ADD_LEAD, SHOW, ADD));

  @Test
  void shouldListEachCommandsHelpInTheOrderOfRegistration() {
    assertThat(registry.help())
        .containsExactly("add lead <person>", "lead add <person>", "add <person>");
  }

  @Test
  void shouldReadTheLongestCommandTheWordsStartWith() {
    assertThat(registry.readWords("add  Lead  Alex Smith"))
        .contains(new Call<>(ADD_LEAD, "Alex Smith"));
    assertThat(registry.readWords("add leader")).contains(new Call<>(ADD, "leader"));
    assertThat(registry.readWords("lead\tadd sam")).contains(new Call<>(ADD_LEAD, "sam"));
    assertThat(registry.readWords("show?")).isEmpty();
    assertThat(registry.readWords("")).isEmpty();
  }

  @Test
  void shouldReadAMessageAsTypedInChat() {
    assertThat(registry.readMessage("/Show? all")).contains(new Call<>(SHOW, "all"));
    assertThat(registry.readMessage("add lead  Alex ")).contains(new Call<>(ADD_LEAD, "Alex"));
    assertThat(registry.readMessage("add  lead Alex")).contains(new Call<>(ADD, "lead Alex"));
    assertThat(registry.readMessage("add lead? Alex")).contains(new Call<>(ADD, "lead? Alex"));
    assertThat(registry.readMessage("showing")).isEmpty();
  }

  @Test
  void shouldRefuseAWordRegisteredTwice() {
    Command<String> again =
        new Command<>(List.of("display", "show"), Who.MEMBERS, List.of(), "again");

    assertThatThrownBy(() -> new CommandRegistry<>(List.of(SHOW, again)))
        .hasMessageContaining("“show” is registered twice");
  }

  @Test
  void shouldNeedALeadOnlyWhereTheCommandSaysSo() {
    assertThat(Who.ANYONE.needsTeam()).isFalse();
    assertThat(Who.MEMBERS.needsLead("anything")).isFalse();
    assertThat(Who.leads("rename the team").needsLead("")).isTrue();
    assertThat(Who.leadsToChange("change its nudges").needsLead(" ")).isFalse();
    assertThat(Who.leadsToChange("change its nudges").needsLead("weekly")).isTrue();
  }
}

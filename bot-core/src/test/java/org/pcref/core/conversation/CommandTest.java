package org.pcref.core.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.pcref.core.command.Call;
import org.pcref.core.command.Command;
import org.pcref.core.message.Reply;

class CommandTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "team | team | ''",
        "/team | team | ''",
        "  Team?  | team | ''",
        "team: link T123 | team | link T123",
        "history!! co-production | history | co-production",
        "export... csv | export | csv",
        "remind every 2 weeks | remind | every 2 weeks",
        "check in | checkin | ''",
        "/check in co-production | checkin | co-production",
        "Start a check-in all | checkin | all",
        "checkin | checkin | ''",
      })
  void readsACommandAndWhatFollows(String text, String name, String argument) {
    Call<CommandTurn.Handler> call = Commands.ALL.readMessage(text).orElseThrow();
    assertThat(call.command().name()).isEqualTo(name);
    assertThat(call.argument()).isEqualTo(argument);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "what does good mean for co-production?",
        "check inside",
        "teams",
        "team?\u0085",
        "/",
        "",
      })
  void readsAnythingElseAsAQuestion(String text) {
    assertThat(Commands.ALL.readMessage(text)).isEmpty();
  }

  @Test
  void splitsTheArgumentIntoWords() {
    assertThat(Commands.ALL.readMessage("team  Add\t@alex ").orElseThrow().words())
        .containsExactly("add", "@alex");
  }

  @Test
  void shouldReadEveryRegisteredWordAsItsCommand() {
    for (Command<CommandTurn.Handler> command : Commands.ALL.commands()) {
      for (String word : command.words()) {
        assertThat(Commands.ALL.readMessage(word + " and more").orElseThrow().command())
            .as(word)
            .isSameAs(command);
      }
    }
  }

  @Test
  void shouldListTheCommandsInTheHelpAsBefore() {
    assertThat(Commands.ALL.help())
        .containsExactly(
            "checkin — a two-minute check-in on the competencies due for review",
            "checkin <competency> / checkin all — one competency, or all eight",
            "checkin team — start a team round: everyone rates privately, a lead confirms (leads)",
            "round — the team round under way; round take part to answer, and (leads) round close or round confirm",
            "team — your team’s levels at a glance (team help for more)",
            "history <competency> — how a level changed over time",
            "export csv / export json — the whole assessment, for reports",
            "remind — when nudges arrive; leads change them (remind every 2 weeks on Monday at 09:00)",
            "my data — everything I hold about you, as files (in a direct message)",
            "forget me — erase (delete) everything I hold about you (asks first)",
            "admin — the audit trail, a person’s data or erasure (admins)");
  }

  @Test
  void shouldGenerateTheHelpFromTheRegistryListingEachCommandOnce() {
    Reply.Card help =
        (Reply.Card)
            Chat.withBundledFramework(TestClock.at("2026-11-26T10:00:00Z"))
                .user("help")
                .replies()
                .get(0);

    List<String> listed =
        help.sections().stream()
            .filter(s -> s.heading().equals("Commands"))
            .flatMap(s -> s.items().stream().map(Reply.Item::text))
            .toList();
    assertThat(listed).isEqualTo(Commands.ALL.help());
    for (Command<CommandTurn.Handler> command : Commands.ALL.commands()) {
      for (String line : command.help()) {
        assertThat(listed).as(command.name()).containsOnlyOnce(line);
      }
    }
  }
}

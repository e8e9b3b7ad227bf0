package org.pcref.core.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CommandTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "team | TEAM | ''",
        "/team | TEAM | ''",
        "  Team?  | TEAM | ''",
        "team: link T123 | TEAM | link T123",
        "history!! co-production | HISTORY | co-production",
        "export... csv | EXPORT | csv",
        "remind every 2 weeks | REMIND | every 2 weeks",
        "check in | CHECKIN | ''",
        "/check in co-production | CHECKIN | co-production",
        "Start a check-in all | CHECKIN | all",
        "checkin | CHECKIN | ''",
      })
  void readsACommandAndWhatFollows(String text, Command.Name name, String argument) {
    assertThat(Command.read(text)).isEqualTo(new Command(name, argument));
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
    assertThat(Command.read(text)).isNull();
  }

  @Test
  void splitsTheArgumentIntoWords() {
    assertThat(Command.read("team  Add\t@alex ").words()).containsExactly("add", "@alex");
  }
}

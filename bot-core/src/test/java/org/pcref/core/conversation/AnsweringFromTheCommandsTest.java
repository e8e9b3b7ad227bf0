package org.pcref.core.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.pcref.core.qa.FrameworkQuestions;
import org.pcref.framework.FrameworkLoader;

/**
 * "How do I …" is answered from the commands' own help, so a command is explained the day it is
 * registered; and no answer about the bot names a command it does not have.
 */
class AnsweringFromTheCommandsTest {

  private final TestClock clock = TestClock.at("2026-11-26T10:00:00Z");

  static Stream<String> helpLines() {
    return Commands.ALL.help().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("helpLines")
  void everyCommandIsAnsweredWhenAskedHowToDoWhatItDoes(String line) {
    String[] parts = line.split(" — ", 2);
    String does = parts[1].replaceAll("\\(.*?\\)", "").replaceAll("[^\\p{L}\\p{N}’' ]", " ");

    Chat chat = Chat.withBundledFramework(clock);
    chat.user("how do I get " + does);

    assertThat(chat.lastReply()).as("how do I get %s", does).contains(parts[0].split(" ")[0]);
  }

  @Test
  void everyCommandAnAnswerNamesIsOneTheBotHas() {
    List<String> named =
        new FrameworkQuestions(FrameworkLoader.bundled(), Commands.ALL.help()).commandsNamed();

    assertThat(named).isNotEmpty();
    for (String command : named) {
      assertThat(Commands.ALL.readMessage(command)).as("“%s” is a command", command).isPresent();
    }
  }

  @Test
  void aTeamRoundIsExplainedFromItsHelp() {
    Chat chat = Chat.withBundledFramework(clock);
    chat.user("how do I start a team round").expectReply("checkin team");
    chat.user("how do i close the team round early").expectReply("round close");
  }

  @Test
  void aRealWordIsNeverCorrectedIntoAnother() {
    Chat chat = Chat.withBundledFramework(clock);
    chat.user("what is the median?")
        .expectReply("doesn’t cover “median”")
        .expectNoReplyContaining("social media");
    chat.user("what about mediation").expectNoReplyContaining("social media");
    chat.user("what about advocasy").expectReply("advocacy");
  }
}

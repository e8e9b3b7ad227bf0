package org.pcref.app.terminal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CommandLineTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          frobnicate                         | unknown command 'frobnicate'
          --loud                             | unknown option '--loud'
          ask --loud define co-learning      | unknown option '--loud' for ask
          chat --jsonl                       | unknown option '--jsonl' for chat
          ask --jsonl=yes                    | --jsonl takes no value
          ask define co-learning --user      | --user needs a value
          chat --framework --user alex       | --framework needs a value
          ask --channel=                     | --channel needs a value
          ask                                | ask needs a question
          ask --user alex                    | ask needs a question
          ask --jsonl define co-learning     | ask --jsonl reads its questions from standard input
          chat define co-learning            | chat takes no question
          """)
  void refusesAWrongCommandLineWithOneLineAndTheUsage(String commandLine, String message) {
    TerminalRun run = TerminalRun.of(commandLine.split(" "));

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err().lines().findFirst().orElseThrow()).startsWith("pcref-bot: " + message);
    assertThat(run.err()).contains("Usage: java -jar pcref-bot.jar");
  }

  @ParameterizedTest
  @ValueSource(strings = {"help", "--help", "-h", "ask --help", "chat -h", "ask --jsonl --help"})
  void printsTheUsageWhenAskedForHelp(String commandLine) {
    TerminalRun run = TerminalRun.of(commandLine.split(" "));

    assertThat(run.status()).isZero();
    assertThat(run.out())
        .startsWith("Usage: java -jar pcref-bot.jar")
        .contains("ask --jsonl", "--framework FILE");
    assertThat(run.err()).isEmpty();
  }
}

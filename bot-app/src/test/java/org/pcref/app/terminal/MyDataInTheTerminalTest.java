package org.pcref.app.terminal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** In the terminal, as in chat: a person's data from the database, and their erasure. */
class MyDataInTheTerminalTest {

  @TempDir Path data;

  @Test
  void shouldShowAPersonTheirDataAndForgetThemOnceTheyConfirm() {
    TerminalRun.withInput(
        "checkin workforce\ngood\nrota shared with the chaplaincy\n",
        "chat",
        "--data",
        data.toString(),
        "--channel",
        "ward-7",
        "--user",
        "alex");

    TerminalRun asked =
        TerminalRun.withInput(
            "my data\nforget me\nyes\nmy data\n",
            "chat",
            "--data",
            data.toString(),
            "--user",
            "alex");

    assertThat(asked.out())
        .contains(
            "\"note\":\"rota shared with the chaplaincy\"",
            "Forget you?",
            "I have forgotten you",
            "Here is everything I hold about you (0 records)");
  }

  @Test
  void shouldSayHowToReachAChannelOrADirectConversationInTheTerminal() {
    TerminalRun inTheChannel =
        TerminalRun.of("ask", "--data", data.toString(), "--channel", "ward-7", "my data");
    TerminalRun direct = TerminalRun.of("ask", "--data", data.toString(), "checkin");

    assertThat(inTheChannel.out())
        .contains("only talk about it in a direct message. Ask me again without --channel");
    assertThat(direct.out())
        .contains("Start a check-in in your team’s channel: chat --channel and the channel’s name");
  }
}

package org.pcref.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pcref.app.TerminalProcesses.readUntil;
import static org.pcref.app.TerminalProcesses.start;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A check-in survives the process: answers given to one process are kept when it is killed, and the
 * next process asks the next question. Each step is a separate {@code java -jar} run on the same H2
 * file, as a lead would see it after a crash or a restart.
 */
class CheckInRestartIT {

  @TempDir Path data;

  @Test
  void aKilledChatLosesNoAnswerAndTheNextRunContinuesAtTheSameQuestion() throws Exception {
    assertThat(ask("checkin")).contains("1 of 3 · Cultural Awareness");
    assertThat(ask("good")).contains("Good for Cultural Awareness. Add an evidence note?");

    Process chat =
        start("chat", "--data", data.toString(), "--channel", "ward-7", "--user", "alex");
    BufferedReader out =
        new BufferedReader(new InputStreamReader(chat.getInputStream(), StandardCharsets.UTF_8));
    OutputStream in = chat.getOutputStream();
    readUntil(out, "> ");
    in.write("Monthly community listening event\n".getBytes(StandardCharsets.UTF_8));
    in.flush();
    assertThat(readUntil(out, "Which level fits your team now?"))
        .contains("2 of 3 · Partnership Working");
    chat.destroyForcibly().waitFor(20, TimeUnit.SECONDS);

    assertThat(ask("developing")).contains("Developing for Partnership Working");
    assertThat(ask("no note")).contains("3 of 3 · Workforce");
    assertThat(ask("skip"))
        .contains("Check-in done — ward-7")
        .contains("Cultural Awareness: Good (first rating)")
        .contains("Note: Monthly community listening event")
        .contains("Partnership Working: Developing (first rating)")
        .contains("Workforce: skipped");
    assertThat(ask("export csv"))
        .contains(
            "ward-7,cultural-awareness,Cultural Awareness,Good,Monthly community listening event,alex,")
        .contains("ward-7,partnership-working,Partnership Working,Developing,,alex,");
  }

  private String ask(String message) throws Exception {
    Process process =
        start("ask", "--data", data.toString(), "--channel", "ward-7", "--user", "alex", message);
    process.getOutputStream().close();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).as("exit status; stderr: %s", err).isZero();
    assertThat(err).isEmpty();
    return out;
  }
}

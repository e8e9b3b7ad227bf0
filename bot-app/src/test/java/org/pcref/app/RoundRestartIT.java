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
 * A team round survives the process: each member answers in their own terminal conversation ({@code
 * --user}), one of them in a chat that is killed between two answers, and every answer given before
 * is still counted when the lead closes the round.
 */
class RoundRestartIT {

  @TempDir Path data;

  @Test
  void aKilledChatBetweenTwoMembersAnswersLosesNothing() throws Exception {
    ask("alex", "checkin team co-production");
    ask("alex", "team add sam");
    ask("alex", "team add jo");
    ask("alex", "team add kim");
    assertThat(ask("alex", "round")).contains("Team round — ward-7", "0 of 4 people have answered");

    assertThat(ask("sam", "round take part")).contains("Which level fits your team now?");
    assertThat(ask("sam", "good")).contains("Add an evidence note?");

    Process chat = start("chat", "--data", data.toString(), "--channel", "ward-7", "--user", "jo");
    BufferedReader out =
        new BufferedReader(new InputStreamReader(chat.getInputStream(), StandardCharsets.UTF_8));
    OutputStream in = chat.getOutputStream();
    readUntil(out, "> ");
    in.write("round take part\n".getBytes(StandardCharsets.UTF_8));
    in.flush();
    readUntil(out, "Which level fits your team now?");
    in.write("developing\n".getBytes(StandardCharsets.UTF_8));
    in.flush();
    readUntil(out, "Add an evidence note?");
    chat.destroyForcibly().waitFor(20, TimeUnit.SECONDS);

    assertThat(ask("sam", "no note")).contains("Thank you: your answers are in");
    assertThat(ask("jo", "We consult people but have not co-produced yet"))
        .contains("Thank you: your answers are in");
    ask("kim", "round take part");
    ask("kim", "good");
    ask("kim", "no note");
    assertThat(ask("alex", "round close"))
        .contains("Team round result — ward-7", "Developing: 1", "Good: 2", "Median: Good")
        .contains("We consult people but have not co-produced yet");
  }

  private String ask(String user, String message) throws Exception {
    Process process =
        start("ask", "--data", data.toString(), "--channel", "ward-7", "--user", user, message);
    process.getOutputStream().close();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).as("exit status; said: %s", out).isZero();
    return out;
  }
}

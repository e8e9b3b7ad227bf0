package org.pcref.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A check-in survives the process: answers given to one process are kept when it is killed, and the
 * next process asks the next question. Each step is a separate {@code java -jar} run on the same H2
 * file, as a lead would see it after a crash or a restart.
 */
class CheckInRestartIT {

  private static final Path JAR = Path.of(System.getProperty("pcref.jar", "target/pcref-bot.jar"));

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

  private static Process start(String... args) throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-jar");
    command.add(JAR.toString());
    command.addAll(List.of(args));
    ProcessBuilder builder =
        new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD);
    builder.environment().remove("PCREF_DATABASE_URL");
    return builder.start();
  }

  /** Reads the chat's output until {@code marker} has appeared; returns what was read. */
  private static String readUntil(BufferedReader out, String marker) throws IOException {
    StringBuilder seen = new StringBuilder();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (!seen.toString().contains(marker)) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("no “" + marker + "” in: " + seen);
      }
      int c = out.read();
      if (c < 0) {
        throw new AssertionError("the chat ended before “" + marker + "”: " + seen);
      }
      seen.append((char) c);
    }
    return seen.toString();
  }
}

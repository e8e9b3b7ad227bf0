package org.pcref.app;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The packaged jar's terminal commands run as processes of their own, as a person runs them. */
final class TerminalProcesses {

  static final Path JAR = Path.of(System.getProperty("pcref.jar", "target/pcref-bot.jar"));

  private TerminalProcesses() {}

  /** {@code java -jar pcref-bot.jar ARGS} on the embedded database, its errors discarded. */
  static Process start(String... args) throws IOException {
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
  static String readUntil(BufferedReader out, String marker) throws IOException {
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

package org.pcref.app.terminal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** One run of a terminal command in this JVM, with its input, output, errors and exit status. */
record TerminalRun(int status, String out, String err) {

  /** Runs {@code args} as {@code java -jar pcref-bot.jar ARGS} would, with no standard input. */
  static TerminalRun of(String... args) {
    return withInput(new byte[0], args);
  }

  static TerminalRun withInput(String stdin, String... args) {
    return withInput(stdin.getBytes(StandardCharsets.UTF_8), args);
  }

  /** Runs as this process would, but on a database of its own, so no run sees another's state. */
  static TerminalRun withInput(byte[] stdin, String... args) {
    Streams streams = new Streams();
    String dataDir = freshDataDir();
    int status =
        new Terminal(
                name -> name.equals("pcref.data-dir") ? dataDir : System.getProperty(name),
                System::getenv)
            .run(args, new ByteArrayInputStream(stdin), streams.out, streams.err);
    return streams.result(status);
  }

  static String freshDataDir() {
    try {
      return java.nio.file.Files.createTempDirectory("pcref-terminal-").toString();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** Runs with the given system properties and environment variables instead of this process's. */
  static TerminalRun withSettings(
      Map<String, String> systemProperties, Map<String, String> environment, String... args) {
    Streams streams = new Streams();
    String dataDir = freshDataDir();
    int status =
        new Terminal(
                name ->
                    name.equals("pcref.data-dir") && !systemProperties.containsKey(name)
                        ? dataDir
                        : systemProperties.get(name),
                environment::get)
            .run(args, new ByteArrayInputStream(new byte[0]), streams.out, streams.err);
    return streams.result(status);
  }

  private static final class Streams {
    final ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
    final ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
    final PrintStream out = new PrintStream(outBytes, true, StandardCharsets.UTF_8);
    final PrintStream err = new PrintStream(errBytes, true, StandardCharsets.UTF_8);

    TerminalRun result(int status) {
      return new TerminalRun(
          status,
          outBytes.toString(StandardCharsets.UTF_8),
          errBytes.toString(StandardCharsets.UTF_8));
    }
  }
}

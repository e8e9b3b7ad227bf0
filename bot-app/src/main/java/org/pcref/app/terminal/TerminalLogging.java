package org.pcref.app.terminal;

import java.io.PrintStream;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * Logging for the terminal commands: warnings and errors only, one line each on standard error,
 * without stack traces, so standard output carries nothing but answers.
 *
 * <p>The core logs through {@link System.Logger}, which the JDK sends to java.util.logging; that is
 * configured here rather than through a logging framework, whose start-up would delay the first
 * answer.
 */
public final class TerminalLogging {

  private TerminalLogging() {}

  /** Replaces the process's java.util.logging setup; call once, first thing in {@code main}. */
  public static void install(PrintStream err) {
    LogManager.getLogManager().reset();
    Logger root = Logger.getLogger("");
    root.setLevel(Level.WARNING);
    root.addHandler(new OneLineHandler(err));
    quietLibraries();
  }

  /**
   * The database libraries log through SLF4J. Chat users need none of their notes, and starting a
   * logging framework would cost a third of a second before the first answer; their failures reach
   * the user anyway, as the exceptions the terminal reports. Must run before any SLF4J use.
   */
  private static void quietLibraries() {
    System.setProperty("slf4j.provider", "org.slf4j.helpers.NOP_FallbackServiceProvider");
    System.setProperty("slf4j.internal.verbosity", "WARN");
  }

  static final class OneLineHandler extends Handler {

    private final PrintStream err;
    private final Formatter messages = new SimpleFormatter();

    OneLineHandler(PrintStream err) {
      this.err = err;
      setLevel(Level.WARNING);
    }

    @Override
    public void publish(LogRecord record) {
      if (!isLoggable(record)) {
        return;
      }
      String level = record.getLevel().intValue() >= Level.SEVERE.intValue() ? "error" : "warning";
      String cause = record.getThrown() == null ? "" : " (" + record.getThrown() + ")";
      err.println("pcref-bot: " + level + ": " + messages.formatMessage(record) + cause);
      err.flush();
    }

    @Override
    public void flush() {
      err.flush();
    }

    @Override
    public void close() {
      flush();
    }
  }
}

package org.pcref.app.terminal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.Test;

class TerminalLoggingTest {

  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private final TerminalLogging.OneLineHandler handler =
      new TerminalLogging.OneLineHandler(new PrintStream(err, true, StandardCharsets.UTF_8));

  @Test
  void writesAnErrorAsOneLineWithoutItsStackTrace() {
    LogRecord record = new LogRecord(Level.SEVERE, "Turn {0} failed");
    record.setParameters(new Object[] {"ab12cd34"});
    record.setThrown(new IllegalStateException("index closed"));

    handler.publish(record);

    assertThat(err.toString(StandardCharsets.UTF_8))
        .isEqualTo(
            "pcref-bot: error: Turn ab12cd34 failed (java.lang.IllegalStateException: index closed)\n");
  }

  @Test
  void leavesOutAnythingBelowWarning() {
    handler.publish(new LogRecord(Level.INFO, "what someone typed"));

    assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
  }
}

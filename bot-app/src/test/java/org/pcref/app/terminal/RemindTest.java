package org.pcref.app.terminal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RemindTest {

  @TempDir Path data;

  @Test
  void nudgeSettingsChangedInTheTerminalAreKeptInTheDatabase() {
    TerminalRun lead =
        TerminalRun.withInput(
            "checkin\ncancel\nremind weekly on friday at 2pm\n",
            "chat",
            "--data",
            data.toString(),
            "--channel",
            "ward-7",
            "--user",
            "alex");
    assertThat(lead.out()).contains("Saved.");

    TerminalRun later =
        TerminalRun.of(
            "ask", "--data", data.toString(), "--channel", "ward-7", "--user", "alex", "remind");

    assertThat(later.status()).isZero();
    assertThat(later.out()).contains("Check-in nudges weekly, on Fridays at 14:00 (Europe/London)");
  }
}

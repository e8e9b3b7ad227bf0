package org.pcref.core.message;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UntrustedTest {

  @Test
  void shouldKeepAForgedLineOnTheSameLine() {
    String forged =
        "https://x.botframework.com/\n2026-11-28 INFO Refused nothing: all fine\r\u0085\u2028";

    assertThat(Untrusted.forLog(forged))
        .isEqualTo(
            "https://x.botframework.com/\\n2026-11-28 INFO Refused nothing: all fine\\r\\u0085\\u2028")
        .doesNotContain("\n", "\r");
  }

  @Test
  void shouldCutAHugeValue() {
    String huge = "a".repeat(500_000);

    assertThat(Untrusted.forLog(huge))
        .hasSize(Untrusted.MAX_LOGGED + "…(499800 more)".length())
        .endsWith("…(499800 more)");
  }

  @Test
  void shouldShowNullAndPlainValuesAsThemselves() {
    assertThat(Untrusted.forLog(null)).isEqualTo("null");
    assertThat(Untrusted.forLog("tenant-1")).isEqualTo("tenant-1");
  }
}

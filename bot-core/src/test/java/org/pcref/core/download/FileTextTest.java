package org.pcref.core.download;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Every file the bot hands out writes its CSV cells and its name the same way. */
class FileTextTest {

  @Test
  void aCellIsQuotedWhenItMustBeAndNeverReadAsAFormula() {
    assertThat(FileText.csvCell("Ward 7")).isEqualTo("Ward 7");
    assertThat(FileText.csvCell("Ward 7, north")).isEqualTo("\"Ward 7, north\"");
    assertThat(FileText.csvCell("say \"hello\"")).isEqualTo("\"say \"\"hello\"\"\"");
    assertThat(FileText.csvCell("line\rbreak")).isEqualTo("\"line\rbreak\"");
    assertThat(FileText.csvCell("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
    assertThat(FileText.csvCell("")).isEmpty();
  }

  @Test
  void aNameBecomesLowerCaseWordsJoinedByHyphens() {
    assertThat(FileText.slug("Ward 7 — North (Adults)")).isEqualTo("ward-7-north-adults");
    assertThat(FileText.slug("চিকিৎসা")).isEmpty();
  }
}

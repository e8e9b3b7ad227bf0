package org.pcref.app.terminal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AskTest {

  @Test
  void answersOneQuestionInTheFrameworksWords() {
    TerminalRun run = TerminalRun.of("ask", "what does good mean for co-production");

    assertThat(run.status()).isZero();
    assertThat(run.out())
        .startsWith("Co-Production — Good")
        .contains("Services are co-producing quality improvement projects")
        .endsWith("\n");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void joinsUnquotedWordsIntoOneQuestion() {
    TerminalRun run = TerminalRun.of("ask", "what", "does", "good", "mean", "for", "co-production");

    assertThat(run.status()).isZero();
    assertThat(run.out()).startsWith("Co-Production — Good");
  }

  @Test
  void acceptsOptionsBeforeOrAfterTheQuestion() {
    TerminalRun before =
        TerminalRun.of("ask", "--user", "alex", "--channel=ward-7", "define", "co-learning");
    TerminalRun after = TerminalRun.of("ask", "define", "co-learning", "--user", "alex");

    assertThat(before.status()).isZero();
    assertThat(before.out()).contains("Co-Learning is a two-way process");
    assertThat(after.out()).isEqualTo(before.out());
  }

  @Test
  void showsTheOptionsOfTheAnswerAsNumberedLines() {
    TerminalRun run = TerminalRun.of("ask", "define co-learning");

    assertThat(run.out()).contains("[1] Developing", "[2] Good", "[3] Outstanding", "[4] Aims");
  }

  @Test
  void takesEverythingAfterADoubleDashAsTheQuestion() {
    TerminalRun run = TerminalRun.of("ask", "--", "--user", "define", "co-learning");

    assertThat(run.status()).isZero();
    assertThat(run.err()).isEmpty();
  }

  @Test
  void printsAnExportAndNothingElseEvenMidCheckIn() {
    String data = TerminalRun.freshDataDir();
    TerminalRun.of(
        "ask", "--data", data, "--channel", "ward-7", "--user", "alex", "checkin workforce");
    TerminalRun.of("ask", "--data", data, "--channel", "ward-7", "--user", "alex", "good");
    TerminalRun.of("ask", "--data", data, "--channel", "ward-7", "--user", "alex", "no note");
    TerminalRun.of(
        "ask", "--data", data, "--channel", "ward-7", "--user", "alex", "checkin co-production");

    TerminalRun export =
        TerminalRun.of(
            "ask", "--data", data, "--channel", "ward-7", "--user", "alex", "export csv");

    assertThat(export.status()).isZero();
    assertThat(export.out())
        .startsWith("\uFEFFteam,competency_id,competency,level,note,by,at,check_in,current\r\n")
        .endsWith(",yes\r\n")
        .doesNotContain("Which level");
    assertThat(export.out().split("\r\n")).hasSize(2);
  }
}

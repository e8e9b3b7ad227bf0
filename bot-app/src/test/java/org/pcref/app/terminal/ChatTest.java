package org.pcref.app.terminal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChatTest {

  @Test
  void greetsInOneLineThenShowsTheHelpAndAPrompt() {
    TerminalRun run = TerminalRun.withInput("", "chat", "--user", "alex");

    assertThat(run.status()).isZero();
    assertThat(run.out().lines().findFirst().orElseThrow())
        .startsWith("PCREF Bot: ask me about the PCREF Cultural Competencies");
    assertThat(run.out())
        .contains("Ask me about the PCREF Cultural Competencies", "[1] List competencies", "\n> ");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void answersEachLineTyped() {
    TerminalRun run = TerminalRun.withInput("define co-learning\n", "chat");

    assertThat(run.out())
        .contains("> Co-Learning\nNational competency", "Co-Learning is a two-way process");
  }

  @Test
  void picksTheNumberedChoiceOfTheLastAnswer() {
    TerminalRun run = TerminalRun.withInput("define co-learning\n2\n", "chat");

    assertThat(run.out()).contains("[2] Good", "> Co-Learning — Good\n");
  }

  @Test
  void picksFromTheHelpShownAtTheStart() {
    TerminalRun run = TerminalRun.withInput("1\n", "chat");

    assertThat(run.out()).contains("> PCREF Cultural Competencies: ");
  }

  @Test
  void followsUpOnTheLastQuestion() {
    TerminalRun run =
        TerminalRun.withInput(
            "what does good mean for partnership working\nand outstanding?\n", "chat");

    assertThat(run.out())
        .contains("> Partnership Working — Good\n")
        .contains("> Partnership Working — Outstanding\n");
  }

  @Test
  void takesAnOptionsWordsTypedWithATypoOrAUsualWordForIt(@TempDir Path data) {
    TerminalRun run =
        TerminalRun.withInput(
            "checkin co-production\nCheck the descriptrs\nback\nGood\npause\ncheckin\nyes\n",
            "chat",
            "--channel",
            "ward-7",
            "--user",
            "alex",
            "--data",
            data.toString());

    String out = run.out();
    assertThat(out)
        .contains("Co-Production — descriptors")
        .contains("Good for Co-Production")
        .contains("You have a paused check-in");
    assertThat(out.substring(out.lastIndexOf("You have a paused check-in")))
        .contains("> Good for Co-Production. Add an evidence note?");
  }

  @Test
  void saysSoWhenThereIsNoSuchOption() {
    TerminalRun run = TerminalRun.withInput("9\n", "chat");

    assertThat(run.out()).contains("There is no option 9: pick 1 to 3, or type a question.");
  }

  @Test
  void endsOnQuitOrExitWithoutReadingFurther() {
    TerminalRun quit = TerminalRun.withInput("quit\ndefine co-learning\n", "chat");
    TerminalRun exit = TerminalRun.withInput("EXIT\ndefine co-learning\n", "chat");

    assertThat(quit.status()).isZero();
    assertThat(quit.out()).doesNotContain("Co-Learning is a two-way process");
    assertThat(exit.status()).isZero();
    assertThat(exit.out()).doesNotContain("Co-Learning is a two-way process");
  }

  @Test
  void ignoresBlankLines() {
    TerminalRun run = TerminalRun.withInput("\n   \n", "chat");

    assertThat(run.out()).containsOnlyOnce("Ask me about the PCREF Cultural Competencies");
  }
}

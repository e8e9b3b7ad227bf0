package org.pcref.app.terminal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FrameworkFileOptionTest {

  @TempDir Path dir;

  @Test
  void answersFromTheFrameworkFileGiven() {
    Path kindness = FrameworkFiles.kindness(dir);

    TerminalRun run =
        TerminalRun.of(
            "ask", "--framework", kindness.toString(), "what does good mean for kindness");

    assertThat(run.status()).isZero();
    assertThat(run.out()).startsWith("Kindness — Good").contains(FrameworkFiles.KINDNESS_GOOD);
  }

  @Test
  void refusesABrokenFrameworkFileNamingTheFileTheCompetencyAndTheProblem() {
    Path broken = FrameworkFiles.withoutGoodLevel(dir);

    TerminalRun run =
        TerminalRun.withInput("define co-learning\n", "chat", "--framework", broken.toString());

    assertThat(run.status()).isEqualTo(1);
    assertThat(run.out()).isEmpty();
    assertThat(run.err())
        .isEqualTo(broken + ": competency 'co-learning': level 'good' is missing\n");
  }

  @Test
  void refusesAFrameworkFileThatDoesNotExist() {
    Path missing = dir.resolve("missing.yml");

    TerminalRun run =
        TerminalRun.of("ask", "--framework", missing.toString(), "define co-learning");

    assertThat(run.status()).isEqualTo(1);
    assertThat(run.err()).isEqualTo(missing + ": no such file\n");
  }

  @Test
  void readsTheFrameworkFileFromTheEnvironment() {
    Map<String, String> environment =
        Map.of("PCREF_FRAMEWORK_FILE", FrameworkFiles.kindness(dir).toString());

    TerminalRun run = TerminalRun.withSettings(Map.of(), environment, "ask", "define kindness");

    assertThat(run.status()).isZero();
    assertThat(run.out()).contains(FrameworkFiles.KINDNESS_DEFINITION);
  }

  @Test
  void prefersTheSystemPropertyToTheEnvironment() {
    Map<String, String> properties =
        Map.of("pcref.framework-file", FrameworkFiles.kindness(dir).toString());
    Map<String, String> environment =
        Map.of("PCREF_FRAMEWORK_FILE", FrameworkFiles.withoutGoodLevel(dir).toString());

    TerminalRun run = TerminalRun.withSettings(properties, environment, "ask", "define kindness");

    assertThat(run.status()).isZero();
    assertThat(run.out()).contains(FrameworkFiles.KINDNESS_DEFINITION);
  }

  @Test
  void prefersTheOptionToTheSettings() {
    Map<String, String> broken =
        Map.of("PCREF_FRAMEWORK_FILE", FrameworkFiles.withoutGoodLevel(dir).toString());
    String kindness = FrameworkFiles.kindness(dir).toString();

    TerminalRun run =
        TerminalRun.withSettings(
            Map.of("pcref.framework-file", broken.get("PCREF_FRAMEWORK_FILE")),
            broken,
            "ask",
            "--framework",
            kindness,
            "define kindness");

    assertThat(run.status()).isZero();
    assertThat(run.out()).contains(FrameworkFiles.KINDNESS_DEFINITION);
  }

  @Test
  void usesTheBundledFrameworkWhenNothingIsSet() {
    TerminalRun run =
        TerminalRun.withSettings(
            Map.of(), Map.of("PCREF_FRAMEWORK_FILE", " "), "ask", "list all competencies");

    assertThat(run.out()).contains("PCREF Cultural Competencies: ", "Co-Learning");
  }
}

package org.pcref.app.terminal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Framework files a trust might write: one that works and one with a level missing. */
public final class FrameworkFiles {

  static final String KINDNESS_DEFINITION =
      "Kindness is treating everyone as you would wish to be treated.";
  static final String KINDNESS_GOOD = "Staff greet every visitor by name.";

  private FrameworkFiles() {}

  /** A valid framework with one local competency, Kindness. */
  static Path kindness(Path dir) {
    return write(
        dir.resolve("kindness.yml"),
        """
        name: Ward 7 Framework
        competencies:
          - id: kindness
            name: Kindness
            scope: local
            definition: "%s"
            aims:
              - text: "Be kind."
            levels:
              developing: ["Staff are mostly polite."]
              good: ["%s"]
              outstanding: ["Visitors say they feel at home."]
        """
            .formatted(KINDNESS_DEFINITION, KINDNESS_GOOD));
  }

  /** A framework whose Co-Learning has no Good level. */
  public static Path withoutGoodLevel(Path dir) {
    return write(
        dir.resolve("broken.yml"),
        """
        name: Broken Framework
        competencies:
          - id: co-learning
            name: Co-Learning
            scope: national
            definition: "Learning together."
            aims:
              - text: "Learn together."
            levels:
              developing: ["Some learning."]
              outstanding: ["Learning everywhere."]
        """);
  }

  private static Path write(Path file, String yaml) {
    try {
      return Files.writeString(file, yaml);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

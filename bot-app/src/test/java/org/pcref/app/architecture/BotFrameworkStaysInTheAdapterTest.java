package org.pcref.app.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The Bot Framework for Java is retired upstream: every class of it the project uses is imported in
 * teams-adapter only, so that replacing it touches one module. The application wires the adapter
 * through the adapter's own types.
 */
class BotFrameworkStaysInTheAdapterTest {

  @Test
  void shouldImportNoBotFrameworkClassInTheApplication() throws IOException {
    try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
      List<Path> offenders =
          sources.filter(p -> p.toString().endsWith(".java")).filter(BotFrameworkStaysInTheAdapterTest::importsBotFramework).toList();
      assertThat(offenders).isEmpty();
    }
  }

  private static boolean importsBotFramework(Path source) {
    try {
      return Files.readString(source).contains("import com.microsoft.bot.");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

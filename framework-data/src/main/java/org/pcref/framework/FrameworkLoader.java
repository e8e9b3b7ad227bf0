package org.pcref.framework;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Loads a framework from YAML: the PCREF framework bundled with the bot, or a trust's own copy. A
 * file that cannot be used is rejected as a whole with {@link InvalidFrameworkException}.
 */
public final class FrameworkLoader {

  /** The bundled framework's file name, next to this class on the classpath. */
  public static final String BUNDLED = "pcref.yml";

  // A key written twice would otherwise silently keep only the second value.
  private static final ObjectMapper YAML =
      YAMLMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

  private FrameworkLoader() {}

  /** The PCREF framework as published, bundled with the bot. */
  public static Framework bundled() {
    try (InputStream in = FrameworkLoader.class.getResourceAsStream(BUNDLED)) {
      if (in == null) {
        throw Problems.single(BUNDLED, "not found on the classpath");
      }
      return parse(in, BUNDLED);
    } catch (IOException e) {
      throw Problems.single(BUNDLED, "cannot read the file: " + e.getMessage());
    }
  }

  /** A trust's own framework file; problems name the file as given. */
  public static Framework load(Path file) {
    String source = file.toString();
    try (InputStream in = Files.newInputStream(file)) {
      return parse(in, source);
    } catch (NoSuchFileException e) {
      throw Problems.single(source, "no such file");
    } catch (IOException e) {
      throw Problems.single(source, "cannot read the file: " + e.getMessage());
    }
  }

  /**
   * A framework read from {@code in}, which is not closed.
   *
   * @param sourceName names the file in problem messages
   */
  public static Framework parse(InputStream in, String sourceName) {
    return new FrameworkReader(new Problems(sourceName)).read(tree(in, sourceName));
  }

  private static JsonNode tree(InputStream in, String sourceName) {
    try {
      return YAML.readTree(in);
    } catch (JsonProcessingException e) {
      throw Problems.single(sourceName, "not valid YAML " + describe(e));
    } catch (IOException e) {
      throw Problems.single(sourceName, "cannot read the file: " + e.getMessage());
    }
  }

  /** Where and what the syntax error is, without the parser's stack of internals. */
  private static String describe(JsonProcessingException e) {
    if (e.getCause() instanceof MarkedYAMLException yaml && yaml.getProblemMark() != null) {
      String context = yaml.getContext() == null ? "" : yaml.getContext() + ", ";
      return at(yaml.getProblemMark()) + ": " + context + yaml.getProblem();
    }
    String where =
        e.getLocation() == null
            ? ""
            : "at line "
                + e.getLocation().getLineNr()
                + ", column "
                + e.getLocation().getColumnNr();
    return where + ": " + e.getOriginalMessage().lines().findFirst().orElse("");
  }

  private static String at(Mark mark) {
    return "at line " + (mark.getLine() + 1) + ", column " + (mark.getColumn() + 1);
  }
}

package org.pcref.app.framework;

import java.nio.file.Path;
import java.util.function.UnaryOperator;
import org.pcref.framework.Framework;
import org.pcref.framework.FrameworkLoader;
import org.pcref.framework.InvalidFrameworkException;

/**
 * The framework-file setting: a trust's own framework YAML when it names one, the bundled PCREF
 * framework when it is empty. The server reads it from its configuration; the terminal commands,
 * which start no Spring, read the same names from the process.
 */
public final class FrameworkFile {

  /** The setting's name as a Spring property or Java system property. */
  public static final String PROPERTY = "pcref.framework-file";

  /** The setting's name as an environment variable. */
  public static final String ENVIRONMENT_VARIABLE = "PCREF_FRAMEWORK_FILE";

  private FrameworkFile() {}

  /**
   * The framework that {@code file} names, or the bundled one when it is null or blank.
   *
   * @throws InvalidFrameworkException when the file does not exist or is not a valid framework; the
   *     message names the file, the competency and the problem
   */
  public static Framework load(String file) {
    if (file == null || file.isBlank()) {
      return FrameworkLoader.bundled();
    }
    return FrameworkLoader.load(Path.of(file.strip()));
  }

  /**
   * The setting as this process sees it without Spring: the system property wins over the
   * environment variable; null when neither is set.
   */
  public static String fromProcess(
      UnaryOperator<String> systemProperties, UnaryOperator<String> environment) {
    String property = systemProperties.apply(PROPERTY);
    if (property != null && !property.isBlank()) {
      return property;
    }
    String variable = environment.apply(ENVIRONMENT_VARIABLE);
    return variable == null || variable.isBlank() ? null : variable;
  }
}

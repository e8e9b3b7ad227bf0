package org.pcref.framework;

import java.util.List;

/**
 * A framework file that cannot be used. The message has one line per problem, each naming the file,
 * the competency and what is wrong, so whoever edits the file can fix every problem in one go.
 */
public final class InvalidFrameworkException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String source;
  private final transient List<String> problems;

  InvalidFrameworkException(String source, List<String> problems) {
    super(String.join("\n", problems));
    this.source = source;
    this.problems = List.copyOf(problems);
  }

  /** The name of the file that was read. */
  public String source() {
    return source;
  }

  /** Every problem found, one message each, in the order they occur in the file. */
  public List<String> problems() {
    return problems;
  }
}

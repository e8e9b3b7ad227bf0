package org.pcref.framework;

import java.util.ArrayList;
import java.util.List;

/** Collects what is wrong with one framework file, so all of it is reported at once. */
final class Problems {

  private final String source;
  private final List<String> messages = new ArrayList<>();

  Problems(String source) {
    this.source = source;
  }

  /** Records a problem of the file as a whole. */
  void add(String problem) {
    messages.add(source + ": " + problem);
  }

  /** Records a problem at {@code where}, e.g. {@code competency 'co-learning'}. */
  void add(String where, String problem) {
    add(where + ": " + problem);
  }

  boolean isEmpty() {
    return messages.isEmpty();
  }

  void throwIfAny() {
    if (!messages.isEmpty()) {
      throw new InvalidFrameworkException(source, messages);
    }
  }

  static InvalidFrameworkException single(String source, String problem) {
    return new InvalidFrameworkException(source, List.of(source + ": " + problem));
  }
}

package org.pcref.framework;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * One competency of the framework: its definition, aims and, for each level, the descriptors of
 * what that level looks like, all word for word from the framework.
 */
public record Competency(
    String id,
    String name,
    Scope scope,
    List<String> aliases,
    String definition,
    List<Aim> aims,
    Map<Level, List<String>> descriptors) {

  public Competency {
    aliases = List.copyOf(aliases);
    aims = List.copyOf(aims);
    EnumMap<Level, List<String>> copy = new EnumMap<>(Level.class);
    descriptors.forEach((level, texts) -> copy.put(level, List.copyOf(texts)));
    descriptors = Map.copyOf(copy);
  }

  /** The descriptors of one level, in the framework's order. */
  public List<String> descriptors(Level level) {
    return descriptors.getOrDefault(level, List.of());
  }
}

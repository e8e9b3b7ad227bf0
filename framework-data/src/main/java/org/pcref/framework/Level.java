package org.pcref.framework;

import java.util.Locale;
import java.util.Optional;

/** The three levels the framework describes for every competency, lowest first. */
public enum Level {
  DEVELOPING("Developing"),
  GOOD("Good"),
  OUTSTANDING("Outstanding");

  private final String label;

  Level(String label) {
    this.label = label;
  }

  /** The level's name as the framework writes it. */
  public String label() {
    return label;
  }

  /**
   * The key used for this level in the data file: {@code developing}, {@code good}, {@code
   * outstanding}.
   */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  public Optional<Level> next() {
    return ordinal() + 1 < values().length
        ? Optional.of(values()[ordinal() + 1])
        : Optional.empty();
  }

  public Optional<Level> previous() {
    return ordinal() > 0 ? Optional.of(values()[ordinal() - 1]) : Optional.empty();
  }

  public static Optional<Level> fromKey(String key) {
    for (Level level : values()) {
      if (level.key().equalsIgnoreCase(key.trim())) {
        return Optional.of(level);
      }
    }
    return Optional.empty();
  }
}

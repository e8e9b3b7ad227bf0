package org.pcref.core.team;

import java.util.Optional;
import org.pcref.core.message.Reply;
import org.pcref.core.message.Tone;
import org.pcref.framework.Level;

/** The level a team gives itself for a competency: a framework level, or not yet Developing. */
public enum TeamLevel {
  NOT_YET_DEVELOPING("Not yet Developing", null),
  DEVELOPING("Developing", Level.DEVELOPING),
  GOOD("Good", Level.GOOD),
  OUTSTANDING("Outstanding", Level.OUTSTANDING);

  private final String label;
  private final Level level;

  TeamLevel(String label, Level level) {
    this.label = label;
    this.level = level;
  }

  public String label() {
    return label;
  }

  /** The framework level, or empty for not yet Developing. */
  public Optional<Level> level() {
    return Optional.ofNullable(level);
  }

  /** The framework level the team would reach next, if any. */
  public Optional<Level> nextLevel() {
    return level == null ? Optional.of(Level.DEVELOPING) : level.next();
  }

  /** The level as a badge: its word, and a tone that only ever adds to the word. */
  public Reply.Badge badge() {
    Tone tone =
        switch (this) {
          case NOT_YET_DEVELOPING -> Tone.ATTENTION;
          case DEVELOPING -> Tone.WARNING;
          case GOOD -> Tone.GOOD;
          case OUTSTANDING -> Tone.ACCENT;
        };
    return new Reply.Badge(label, tone);
  }

  /** The badge of a competency never rated. */
  public static final Reply.Badge NOT_RATED = new Reply.Badge("Not rated yet", Tone.NONE);

  public static TeamLevel of(Level level) {
    return switch (level) {
      case DEVELOPING -> DEVELOPING;
      case GOOD -> GOOD;
      case OUTSTANDING -> OUTSTANDING;
    };
  }
}

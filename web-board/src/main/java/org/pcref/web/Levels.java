package org.pcref.web;

import java.util.Locale;
import java.util.Optional;
import org.pcref.core.team.TeamLevel;

/**
 * How a level looks on the board: its word, and the style class that gives it a colour and a
 * pattern, so colour is never the only signal.
 */
public final class Levels {

  private Levels() {}

  /** The CSS class of a level; {@code u} for not rated yet. */
  public static String css(TeamLevel level) {
    if (level == null) {
      return "u";
    }
    return switch (level) {
      case NOT_YET_DEVELOPING -> "n";
      case DEVELOPING -> "d";
      case GOOD -> "g";
      case OUTSTANDING -> "o";
    };
  }

  public static String word(TeamLevel level) {
    return level == null ? "Not rated" : level.label();
  }

  /** A level from a query parameter (its name, any case), or empty. */
  static Optional<TeamLevel> parse(String value) {
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(TeamLevel.valueOf(value.strip().toUpperCase(Locale.ROOT)));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}

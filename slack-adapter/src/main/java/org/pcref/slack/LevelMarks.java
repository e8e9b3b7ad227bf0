package org.pcref.slack;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A team's level in a line of text, marked so it is seen at a glance: the level's word in bold with
 * a coloured circle before it. The word always carries the meaning; the circle is decoration (a
 * screen reader or a colour-blind reader loses nothing without it), and the notification text keeps
 * the plain words.
 */
final class LevelMarks {

  /**
   * A level at the start of a line, or after its label ({@code Co-Production: Good — sam, 29 Nov});
   * the word must end there, so "Good practice" is not a level.
   */
  private static final Pattern LEVEL =
      Pattern.compile(
          "^((?:[^:\\n]{1,80}: )?)(Not yet Developing|Developing|Good|Outstanding)(?=$|\\n| —| \\(| →|[,.;)])");

  private LevelMarks() {}

  /** {@code escaped} with its leading level marked, or unchanged when it starts with none. */
  static String mark(String escaped) {
    Matcher m = LEVEL.matcher(escaped);
    if (!m.find()) {
      return escaped;
    }
    return m.group(1) + marker(m.group(2)) + " *" + m.group(2) + "*" + escaped.substring(m.end());
  }

  /** Whether {@code escaped} starts with a level, or with its label and then a level. */
  static boolean startsWithLevel(String escaped) {
    return LEVEL.matcher(escaped).find();
  }

  /** Green for the levels a team aims for, amber on the way, red not yet: never colour alone. */
  static String marker(String level) {
    return switch (level) {
      case "Outstanding" -> ":star:";
      case "Good" -> ":large_green_circle:";
      case "Developing" -> ":large_orange_circle:";
      default -> ":red_circle:";
    };
  }
}

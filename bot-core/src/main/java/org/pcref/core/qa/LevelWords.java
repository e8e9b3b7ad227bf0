package org.pcref.core.qa;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.pcref.framework.Level;

/**
 * Finds the levels a message names: the level names with typos ("outstnading"), and the words
 * people use for the ends of the scale ("top", "highest", "lowest").
 */
final class LevelWords {

  /** A level named by the word at {@code index}. */
  record Found(Level level, int index) {}

  private static final Map<String, Level> EXACT =
      Map.ofEntries(
          Map.entry("developing", Level.DEVELOPING),
          Map.entry("develop", Level.DEVELOPING),
          Map.entry("developed", Level.DEVELOPING),
          Map.entry("dev", Level.DEVELOPING),
          Map.entry("lowest", Level.DEVELOPING),
          Map.entry("bottom", Level.DEVELOPING),
          Map.entry("basic", Level.DEVELOPING),
          Map.entry("minimum", Level.DEVELOPING),
          Map.entry("good", Level.GOOD),
          Map.entry("gd", Level.GOOD),
          Map.entry("gud", Level.GOOD),
          Map.entry("middle", Level.GOOD),
          Map.entry("outstanding", Level.OUTSTANDING),
          Map.entry("top", Level.OUTSTANDING),
          Map.entry("highest", Level.OUTSTANDING),
          Map.entry("best", Level.OUTSTANDING),
          Map.entry("maximum", Level.OUTSTANDING),
          Map.entry("excellent", Level.OUTSTANDING));

  private static final Map<String, Level> WITH_TYPOS =
      Map.of("developing", Level.DEVELOPING, "outstanding", Level.OUTSTANDING);

  private LevelWords() {}

  static List<Found> find(List<String> words) {
    List<Found> found = new ArrayList<>();
    for (int i = 0; i < words.size(); i++) {
      Level level = levelOf(words.get(i));
      if (level != null) {
        found.add(new Found(level, i));
      }
    }
    return found;
  }

  private static Level levelOf(String word) {
    Level exact = EXACT.get(word);
    if (exact != null || word.length() < 7) {
      return exact;
    }
    for (Map.Entry<String, Level> entry : WITH_TYPOS.entrySet()) {
      String name = entry.getKey();
      if (name.charAt(0) == word.charAt(0) && Typos.distance(word, name, 2) <= 2) {
        return entry.getValue();
      }
    }
    return null;
  }
}

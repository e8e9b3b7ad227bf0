package org.pcref.core.qa;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.pcref.framework.Aim;
import org.pcref.framework.Competency;
import org.pcref.framework.Framework;
import org.pcref.framework.Level;

/**
 * Runs of four words as the framework writes them ("you said we did"): a message that quotes one is
 * about the framework, whatever else its words could be taken for.
 */
final class FrameworkPhrases {

  private static final int LENGTH = 4;

  private final Set<List<String>> phrases = new HashSet<>();

  FrameworkPhrases(Framework framework) {
    for (Competency c : framework.competencies()) {
      add(c.definition());
      for (Aim aim : c.aims()) {
        add(aim.text());
        aim.items().forEach(this::add);
      }
      for (Level level : Level.values()) {
        c.descriptors(level).forEach(this::add);
      }
    }
  }

  private void add(String text) {
    List<String> words = Words.of(text);
    for (int i = 0; i + LENGTH <= words.size(); i++) {
      phrases.add(List.copyOf(words.subList(i, i + LENGTH)));
    }
  }

  /** Whether {@code words} hold four words in a row that the framework has in a row. */
  boolean quoted(List<String> words) {
    for (int i = 0; i + LENGTH <= words.size(); i++) {
      if (phrases.contains(words.subList(i, i + LENGTH))) {
        return true;
      }
    }
    return false;
  }
}

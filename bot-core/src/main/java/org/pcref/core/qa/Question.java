package org.pcref.core.qa;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import org.pcref.framework.Competency;
import org.pcref.framework.Level;

/**
 * A message as the bot reads it: its words, the competencies and levels it names, and its cues.
 *
 * @param said every word as typed, for what is asked of the bot itself
 * @param words the words less where the person asks from ("on the ward"), for what is asked of the
 *     framework
 */
record Question(
    String text,
    List<String> said,
    List<String> words,
    List<CompetencyNames.Found> competencies,
    List<LevelWords.Found> levels,
    EnumSet<Cue> cues,
    String topic) {

  /** Cues that ask something of a competency or of the framework: never a topic themselves. */
  private static final java.util.EnumSet<Cue> CUES_NOT_TOPIC =
      java.util.EnumSet.of(
          Cue.DEFINE,
          Cue.EVERY,
          Cue.HELP,
          Cue.COMPARE,
          Cue.NEXT,
          Cue.AIMS,
          Cue.LEVELS,
          Cue.LIST,
          Cue.STARTING,
          Cue.CONTACT);

  static Question read(String text, CompetencyNames names) {
    List<String> said = Words.of(text);
    List<String> words = Padding.without(said);
    List<LevelWords.Found> levels = LevelWords.find(words);
    return new Question(
        text, said, words, names.find(words), levels, Cue.in(words), topicOf(words, levels));
  }

  boolean has(Cue cue) {
    return cues.contains(cue);
  }

  /**
   * Whether the message asks what a competency is, alongside whatever else it asks: "define X", or
   * "what is X" / "what's X" / "explain X" just before the name.
   */
  boolean asksWhatItIs() {
    if (has(Cue.DEFINE)) {
      return true;
    }
    for (CompetencyNames.Found found : competencies) {
      int at = found.start();
      String before = at >= 1 ? words.get(at - 1) : "";
      String twoBefore = at >= 2 ? words.get(at - 2) : "";
      if (before.equals("whats")
          || before.equals("explain")
          || (twoBefore.equals("what") && before.equals("is"))) {
        return true;
      }
    }
    return false;
  }

  boolean isBlank() {
    return words.isEmpty();
  }

  /**
   * Leans on what was said before: "and co-production?", "what are its aims?", or a short message
   * that asks for something of a competency without naming one ("outstanding?", "next level").
   */
  boolean isElliptical() {
    if (has(Cue.FOLLOW_UP) || has(Cue.IT)) {
      return true;
    }
    boolean asksOfACompetency =
        !levels.isEmpty() || has(Cue.NEXT) || has(Cue.COMPARE) || has(Cue.AIMS);
    return words.size() <= 3 && asksOfACompetency;
  }

  List<Competency> namedCompetencies() {
    List<Competency> named = new ArrayList<>(competencies.size());
    for (CompetencyNames.Found found : competencies) {
      named.add(found.competency());
    }
    return Collections.unmodifiableList(named);
  }

  List<Level> namedLevels() {
    List<Level> named = new ArrayList<>();
    for (LevelWords.Found found : levels) {
      if (!named.contains(found.level())) {
        named.add(found.level());
      }
    }
    return named;
  }

  /** The word just before the first named level, or empty. */
  String wordBeforeFirstLevel() {
    if (levels.isEmpty() || levels.get(0).index() == 0) {
      return "";
    }
    return words.get(levels.get(0).index() - 1);
  }

  /**
   * What the message is about once question words, cue words and named levels are set aside: the
   * topic to search for. Competency names are kept, since "where is co-production mentioned"
   * searches for co-production.
   */
  private static String topicOf(List<String> words, List<LevelWords.Found> levels) {
    List<String> topic = new ArrayList<>();
    for (int i = 0; i < words.size(); i++) {
      String word = words.get(i);
      if (!isLevelAt(levels, i) && !NotATopic.has(word) && !isCue(word)) {
        // "co design" is written "co-design" or "codesign" in the framework: search both ways.
        boolean prefix = word.equals("co") && i + 1 < words.size();
        topic.add(prefix ? word + "-" + words.get(++i) : word);
      }
    }
    return String.join(" ", topic);
  }

  private static boolean isCue(String word) {
    for (Cue cue : CUES_NOT_TOPIC) {
      if (cue.has(word)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isLevelAt(List<LevelWords.Found> levels, int index) {
    for (LevelWords.Found level : levels) {
      if (level.index() == index) {
        return true;
      }
    }
    return false;
  }
}

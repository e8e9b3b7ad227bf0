package org.pcref.core.qa;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.pcref.framework.Competency;
import org.pcref.framework.Level;

/** A message as the bot reads it: its words, the competencies and levels it names, and its cues. */
record Question(
    String text,
    List<String> words,
    List<CompetencyNames.Found> competencies,
    List<LevelWords.Found> levels,
    EnumSet<Cue> cues) {

  /** Words that carry no topic: question words, the framework's own vocabulary, fillers. */
  private static final Set<String> NOT_TOPIC =
      Set.of(
          "what",
          "whats",
          "which",
          "where",
          "who",
          "how",
          "why",
          "when",
          "is",
          "are",
          "was",
          "be",
          "does",
          "do",
          "did",
          "the",
          "a",
          "an",
          "of",
          "in",
          "on",
          "for",
          "to",
          "about",
          "by",
          "with",
          "competency",
          "competencies",
          "framework",
          "pcref",
          "level",
          "levels",
          "mention",
          "mentions",
          "mentioned",
          "mentioning",
          "cover",
          "covers",
          "covered",
          "covering",
          "reference",
          "references",
          "referenced",
          "refer",
          "refers",
          "search",
          "find",
          "contain",
          "contains",
          "discuss",
          "discusses",
          "say",
          "says",
          "talk",
          "talks",
          "topic",
          "me",
          "tell",
          "show",
          "please",
          "can",
          "you",
          "i",
          "we",
          "our",
          "us",
          "there",
          "anything",
          "any",
          "it",
          "this",
          "that",
          "and",
          "or",
          "descriptor",
          "descriptors",
          "section",
          "part",
          "look",
          "looks",
          "like",
          "mean",
          "means",
          "thing",
          "things",
          "stuff",
          "information",
          "info",
          "know",
          "one",
          "has",
          "have",
          "had",
          "include",
          "includes",
          "something",
          "anywhere",
          "bit");

  static Question read(String text, CompetencyNames names) {
    List<String> words = Words.of(text);
    return new Question(text, words, names.find(words), LevelWords.find(words), Cue.in(words));
  }

  boolean has(Cue cue) {
    return cues.contains(cue);
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
  String topic() {
    List<String> topic = new ArrayList<>();
    for (int i = 0; i < words.size(); i++) {
      String word = words.get(i);
      if (!isLevelAt(i) && !NOT_TOPIC.contains(word) && !Cue.HELP.has(word)) {
        // "co design" is written "co-design" or "codesign" in the framework: search both ways.
        boolean prefix = word.equals("co") && i + 1 < words.size();
        topic.add(prefix ? word + "-" + words.get(++i) : word);
      }
    }
    return String.join(" ", topic);
  }

  private boolean isLevelAt(int index) {
    for (LevelWords.Found level : levels) {
      if (level.index() == index) {
        return true;
      }
    }
    return false;
  }
}

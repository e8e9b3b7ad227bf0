package org.pcref.core.qa;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** What kind of answer a message asks for, told by the words it uses. */
enum Cue {
  HELP("help", "commands", "usage", "hi", "hello", "hey", "hiya", "start"),
  SEARCH(
      "mention", "mentions", "mentioned", "mentioning", "cover", "covers", "covered", "covering",
      "reference", "references", "referenced", "refer", "refers", "search", "find", "where",
      "contain", "contains", "discuss", "discusses", "say", "says", "talk", "talks", "topic", "has",
      "have", "include", "includes"),
  COMPARE(
      "difference", "differences", "differ", "differs", "different", "vs", "versus", "compare",
      "compared", "comparison", "distinguish", "between", "contrast"),
  NEXT(
      "next", "improve", "improving", "progress", "progressing", "reach", "achieve", "advance",
      "beyond", "above", "higher", "up", "step", "steps", "move", "moving", "get", "getting", "go",
      "going", "become", "towards", "improvement"),
  AIMS(
      "aim", "aims", "goal", "goals", "objective", "objectives", "purpose", "principles",
      "principle", "expected", "expectations", "expect", "intent", "should", "doing", "priorities",
      "focus"),
  LEVELS("levels", "scale", "ratings", "rating", "grades", "stages"),
  LIST("list", "competencies", "all", "eight", "8", "national", "local", "framework", "pcref"),
  FOLLOW_UP("and", "or", "also", "same", "then", "now"),
  IT("it", "this", "that", "its", "they", "them", "one", "here");

  private static final List<String> HELP_PHRASES =
      List.of(" what can you do ", " what do you do ", " how do i use ", " how does this work ", " who are you ");

  private final Set<String> words;

  Cue(String... words) {
    this.words = Set.of(words);
  }

  static EnumSet<Cue> in(List<String> words) {
    EnumSet<Cue> cues = EnumSet.noneOf(Cue.class);
    for (Cue cue : values()) {
      if (cue != FOLLOW_UP && words.stream().anyMatch(cue.words::contains)) {
        cues.add(cue);
      }
    }
    if (isFollowUp(words)) {
      cues.add(FOLLOW_UP);
    }
    String sentence = " " + String.join(" ", words) + " ";
    if (HELP_PHRASES.stream().anyMatch(sentence::contains)) {
      cues.add(HELP);
    }
    return cues;
  }

  private static boolean isFollowUp(List<String> words) {
    if (words.isEmpty()) {
      return false;
    }
    if (FOLLOW_UP.words.contains(words.get(0))) {
      return true;
    }
    return words.size() >= 2
        && (words.get(0).equals("what") || words.get(0).equals("how"))
        && words.get(1).equals("about");
  }

  boolean has(String word) {
    return words.contains(word);
  }
}

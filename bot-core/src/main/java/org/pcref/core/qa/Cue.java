package org.pcref.core.qa;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/** What kind of answer a message asks for, told by the words it uses. */
enum Cue {
  HELP("help", "commands", "usage", "hi", "hello", "hey", "hiya", "start"),
  SEARCH(
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
      "where",
      "contain",
      "contains",
      "discuss",
      "discusses",
      "say",
      "says",
      "talk",
      "talks",
      "topic",
      "has",
      "have",
      "include",
      "includes"),
  COMPARE(
      "difference",
      "differences",
      "differ",
      "differs",
      "different",
      "vs",
      "versus",
      "compare",
      "compared",
      "comparison",
      "distinguish",
      "between",
      "contrast",
      "diff",
      "v"),
  NEXT(
      "next",
      "improve",
      "improving",
      "progress",
      "progressing",
      "reach",
      "achieve",
      "advance",
      "beyond",
      "above",
      "higher",
      "up",
      "step",
      "steps",
      "move",
      "moving",
      "get",
      "getting",
      "go",
      "going",
      "become",
      "towards",
      "improvement"),
  AIMS(
      "aim",
      "aims",
      "aiming",
      "aimed",
      "trying",
      "goal",
      "goals",
      "objective",
      "objectives",
      "purpose",
      "principles",
      "principle",
      "expected",
      "expectations",
      "expect",
      "intent",
      "should",
      "doing",
      "priorities",
      "focus"),
  LEVELS("levels", "scale", "ratings", "rating", "grades", "stages"),
  /** A team saying it is only starting out, below the first level. */
  STARTING(
      "starting",
      "started",
      "begun",
      "beginning",
      "beginner",
      "beginners",
      "new",
      "scratch",
      "nothing"),
  /** Whom to ask about the framework. */
  CONTACT(
      "contact",
      "email",
      "mail",
      "touch",
      "responsible",
      "wrote",
      "written",
      "author",
      "authors",
      "owns",
      "owner",
      "phone",
      "emailed"),
  LIST(
      "list",
      "competencies",
      "competencys",
      "all",
      "eight",
      "8",
      "national",
      "local",
      "framework",
      "pcref"),
  /** Asks what a competency is, alongside something else ("define X and show Good"). */
  DEFINE("define", "definition", "definitions", "defined", "meaning"),
  /** One thing of every competency: "Good across the framework", "for all 8 competencies". */
  EVERY("every", "each", "across", "all", "whole"),
  FOLLOW_UP("and", "or", "also", "same", "then", "now"),
  IT("it", "this", "that", "its", "they", "them", "one", "here");

  private static final List<List<String>> HELP_PHRASES =
      Stream.of(
              "what can you do",
              "what do you do",
              "how do i use",
              "how does this work",
              "what can i ask",
              "what can i say",
              "what can i type",
              "what can you",
              "who are you")
          .map(phrase -> List.of(phrase.split(" ")))
          .toList();

  /**
   * The cues each word gives wherever it stands, so a message is read in one look-up per word. A
   * follow-up word is left out: it is a cue only at the start.
   */
  private static final Map<String, List<Cue>> BY_WORD = byWord();

  private final Set<String> words;

  Cue(String... words) {
    this.words = Set.of(words);
  }

  private static Map<String, List<Cue>> byWord() {
    Map<String, List<Cue>> byWord = new HashMap<>();
    for (Cue cue : values()) {
      if (cue != FOLLOW_UP) {
        cue.words.forEach(word -> byWord.computeIfAbsent(word, w -> new ArrayList<>()).add(cue));
      }
    }
    return Map.copyOf(byWord);
  }

  static EnumSet<Cue> in(List<String> words) {
    EnumSet<Cue> cues = EnumSet.noneOf(Cue.class);
    for (String word : words) {
      cues.addAll(BY_WORD.getOrDefault(word, List.of()));
    }
    if (isFollowUp(words)) {
      cues.add(FOLLOW_UP);
    }
    if (!cues.contains(HELP) && asksForHelp(words)) {
      cues.add(HELP);
    }
    if (!cues.contains(CONTACT) && asksWhomToContact(words)) {
      cues.add(CONTACT);
    }
    return cues;
  }

  private static final List<List<String>> CONTACT_PHRASES =
      Stream.of("talk to", "speak to", "who can i ask", "who do i ask", "who should i ask")
          .map(phrase -> List.of(phrase.split(" ")))
          .toList();

  private static boolean asksWhomToContact(List<String> words) {
    for (List<String> phrase : CONTACT_PHRASES) {
      if (Collections.indexOfSubList(words, phrase) >= 0) {
        return true;
      }
    }
    return false;
  }

  private static boolean asksForHelp(List<String> words) {
    for (List<String> phrase : HELP_PHRASES) {
      if (Collections.indexOfSubList(words, phrase) >= 0) {
        return true;
      }
    }
    return false;
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

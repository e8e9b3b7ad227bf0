package org.pcref.core.qa;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The usual ways of saying each kind of answer, and the first words of a label of that kind. A
 * usual way of saying it picks the one offered choice of its kind.
 */
enum UsualAnswer {
  YES(
      Set.of(
          "yes",
          "y",
          "yeah",
          "yep",
          "yup",
          "ok",
          "okay",
          "k",
          "sure",
          "confirm",
          "agree",
          "correct",
          "right",
          "fine",
          "go ahead",
          "sounds right",
          "sounds good",
          "yes please",
          "thats right",
          "that is right",
          "do it",
          "please do"),
      Set.of("yes", "confirm", "ok")),
  CARRY_ON(
      Set.of(
          "carry on",
          "continue",
          "go on",
          "resume",
          "keep going",
          "carry on where i left off",
          "pick up where i left off",
          "where i left off"),
      Set.of("carry", "continue", "resume")),
  TAKE_PART(
      Set.of(
          "take part",
          "join",
          "join in",
          "im in",
          "count me in",
          "participate",
          "answer",
          "answer it",
          "have my say",
          "take part in it"),
      Set.of("take", "join")),
  START_OVER(
      Set.of("start over", "start again", "restart", "new one", "start a new one", "fresh start"),
      Set.of("start")),
  CANCEL(Set.of("cancel", "discard", "abandon", "bin it", "drop it"), Set.of("cancel")),
  CLOSE(
      Set.of("close", "close it", "end it", "end", "finish it", "close the round"),
      Set.of("close")),
  NO(
      Set.of("no", "n", "nope", "nah", "no thanks", "not now", "no thank you", "cancel"),
      Set.of("no"));

  private final Set<String> typed;
  private final Set<String> labelWords;

  UsualAnswer(Set<String> typed, Set<String> labelWords) {
    this.typed = typed;
    this.labelWords = labelWords;
  }

  /** The kinds of answer {@code phrase} is a usual way of saying, in this order. */
  static List<UsualAnswer> ofTyped(String phrase) {
    List<UsualAnswer> kinds = new ArrayList<>(1);
    for (UsualAnswer kind : values()) {
      if (kind.typed.contains(phrase)) {
        kinds.add(kind);
      }
    }
    return kinds;
  }

  /** Whether a label is of this kind: its first word says so ("Yes, Good", "Carry on"). */
  boolean labels(List<String> label) {
    return !label.isEmpty() && labelWords.contains(label.get(0));
  }

  /** The most words of a usual way of saying an answer, "please" aside. */
  static final int LONGEST = 7;

  /**
   * What else "yes" means when no label says yes: the one way forward ("Carry on", "Take part").
   */
  List<UsualAnswer> alsoMeans() {
    return this == YES ? List.of(CARRY_ON, TAKE_PART) : List.of();
  }
}

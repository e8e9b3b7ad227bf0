package org.pcref.core.qa;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.pcref.core.message.Choice;
import org.pcref.core.message.Reply;

/**
 * Answers "how do I …" from the commands' own help lines ({@code "round — the team round under way:
 * take part; leads close and confirm it"}), so that a command is answered for the day it is
 * registered, and no answer names a command the bot does not have. A line is chosen by the words it
 * shares with the question, a word counting less the more lines have it.
 */
final class CommandUsage {

  /** A help line: what to type, and what it does. */
  record Line(String type, String does, List<String> words) {}

  private static final Pattern DASH = Pattern.compile("\\s+—\\s+");

  private static final List<List<String>> ASKING_HOW =
      java.util.stream.Stream.of(
              "how do i",
              "how do we",
              "how can i",
              "how can we",
              "how to",
              "how would i",
              "can i",
              "can we",
              "where do i",
              "where can i",
              "is there a way",
              "i want to",
              "we want to",
              "id like to",
              "i would like to",
              "i need to",
              "can you",
              "could you",
              "how does")
          .map(phrase -> List.of(phrase.split(" ")))
          .toList();

  /** Words of every question of this kind, which say nothing of which command. */
  private static final Set<String> HOW_WORDS =
      Set.of(
          "how", "do", "does", "i", "we", "can", "to", "would", "where", "is", "there", "a", "an",
          "way", "want", "the", "my", "our", "me", "us", "of", "for", "it", "this", "that", "get",
          "use", "bot", "you", "on", "in", "at", "with", "and", "or", "be", "see", "what", "early",
          "more", "please", "when", "tell", "next", "which", "who", "why", "id", "like");

  private final List<Line> lines = new ArrayList<>();
  private final Map<String, Integer> linesWith = new HashMap<>();

  CommandUsage(List<String> help) {
    for (String each : help) {
      String[] parts = DASH.split(each, 2);
      if (parts.length == 2) {
        List<String> words = stems(Words.of(each));
        lines.add(new Line(parts[0].strip(), parts[1].strip(), words));
        words.stream().distinct().forEach(w -> linesWith.merge(w, 1, Integer::sum));
      }
    }
  }

  /** Whether the words ask how to do something with the bot. */
  static boolean asksHow(List<String> words) {
    for (List<String> phrase : ASKING_HOW) {
      if (Collections.indexOfSubList(words, phrase) >= 0) {
        return true;
      }
    }
    return false;
  }

  /** A help line found for a question, and how many distinct words they share, weighted. */
  record Found(String command, double score, Reply reply) {

    /** Shares words weighing two or more: specific enough to answer over the guide's guess. */
    boolean specific() {
      return score >= 2;
    }
  }

  /** The command that does what {@code words} ask how to do, if a help line says it. */
  Optional<Found> answer(List<String> words) {
    List<String> asked = new ArrayList<>();
    for (String word : stems(words)) {
      if (!HOW_WORDS.contains(word) && !asked.contains(word)) {
        asked.add(word);
      }
    }
    Line best = null;
    double bestScore = 0;
    for (Line line : lines) {
      double score = 0;
      for (String word : asked) {
        if (line.words().contains(word)) {
          score += 1.0 / linesWith.get(word);
        }
      }
      if (score > bestScore) {
        best = line;
        bestScore = score;
      }
    }
    if (best == null || bestScore < 0.5) {
      return Optional.empty();
    }
    String text = "Type " + best.type() + ": " + best.does() + ".";
    String command = typed(best.type());
    Reply reply =
        command.isEmpty()
            ? new Reply.Text(text)
            : new Reply.Choices(text, List.of(Choice.ask(command, command)));
    return Optional.of(new Found(best.type(), bestScore, reply));
  }

  /** What a help line's command is typed as, when it needs nothing filled in; else empty. */
  static String typed(String type) {
    for (String alternative : type.split("\\s+/\\s+")) {
      if (!alternative.contains("<")) {
        return alternative.strip();
      }
    }
    return "";
  }

  /** The commands the help lines name, as they are typed. */
  List<String> commands() {
    return lines.stream()
        .map(Line::type)
        .map(CommandUsage::typed)
        .filter(t -> !t.isEmpty())
        .toList();
  }

  /** Words cut to their first five letters, so that "reminders" and "remind" agree. */
  private static List<String> stems(List<String> words) {
    List<String> stems = new ArrayList<>(words.size());
    for (String word : words) {
      String stem = word.length() > 5 ? word.substring(0, 5) : word;
      stems.add(
          stem.endsWith("s") && stem.length() > 3 && word.length() <= 5
              ? stem.substring(0, stem.length() - 1)
              : stem);
    }
    return stems;
  }
}

package org.pcref.core.command;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One command: the words that call it, who may use it, the lines the help lists it with, and what
 * carries it out. A word may be a phrase ("start a check-in"), its words separated by single
 * spaces; the first word is the command's name.
 *
 * @param <H> what carries a command out: each registry has its own kind
 * @param help the lines the help lists the command with, in order; none leaves it out of the help
 */
public record Command<H>(List<String> words, Who who, List<String> help, H handler) {

  public Command {
    words = List.copyOf(words);
    if (words.isEmpty()) {
      throw new IllegalArgumentException("a command needs a word");
    }
    for (String word : words) {
      if (word.isBlank()
          || !word.equals(word.strip().toLowerCase(Locale.ROOT))
          || word.contains("  ")) {
        throw new IllegalArgumentException(
            "“" + word + "” is not a command word: lower case, single spaces");
      }
    }
    Objects.requireNonNull(who, "who");
    help = List.copyOf(help);
    Objects.requireNonNull(handler, "handler");
  }

  public String name() {
    return words.get(0);
  }
}

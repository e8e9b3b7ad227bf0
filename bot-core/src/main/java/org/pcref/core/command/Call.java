package org.pcref.core.command;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A command as it was typed: which one, and what followed its words.
 *
 * @param argument what followed the command's words, as typed, without surrounding spaces
 */
public record Call<H>(Command<H> command, String argument) {

  private static final Pattern SPACES = Pattern.compile("\\s+");

  /** The argument's words, in lower case. */
  public List<String> words() {
    return wordsOf(argument);
  }

  static List<String> wordsOf(String text) {
    String lower = text.toLowerCase(Locale.ROOT).strip();
    return lower.isEmpty() ? List.of() : List.of(SPACES.split(lower));
  }
}

package org.pcref.core.conversation;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A command typed to the bot: its name and what follows. Anything that is not a command is a
 * question about the framework.
 */
record Command(Name name, String argument) {

  enum Name {
    CHECKIN,
    TEAM,
    HISTORY,
    EXPORT,
    CORRECT,
    REMIND
  }

  private static final Map<String, Name> FIRST_WORDS =
      Map.of(
          "checkin", Name.CHECKIN,
          "check-in", Name.CHECKIN,
          "team", Name.TEAM,
          "history", Name.HISTORY,
          "export", Name.EXPORT,
          "correct", Name.CORRECT,
          "remind", Name.REMIND,
          "reminders", Name.REMIND,
          "nudges", Name.REMIND);

  private static final List<String> CHECKIN_PHRASES =
      List.of("check in", "start check-in", "start checkin", "start a check-in", "start a checkin", "start check in", "start a check in");

  private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[?!.:]+$");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  /** The command in {@code text}, or null when it is not one. */
  static Command read(String text) {
    String stripped = text.strip();
    String clean = stripped.startsWith("/") ? stripped.substring(1) : stripped;
    String lower = clean.toLowerCase(Locale.ROOT);
    for (String phrase : CHECKIN_PHRASES) {
      if (isPhraseAtStart(lower, phrase)) {
        return new Command(Name.CHECKIN, clean.substring(phrase.length()).strip());
      }
    }
    int space = clean.indexOf(' ');
    String first =
        TRAILING_PUNCTUATION.matcher(space < 0 ? lower : lower.substring(0, space)).replaceAll("");
    Name name = FIRST_WORDS.get(first);
    if (name == null) {
      return null;
    }
    return new Command(name, space < 0 ? "" : clean.substring(space + 1).strip());
  }

  /** Whether {@code text} is {@code phrase}, or starts with it and a space. */
  private static boolean isPhraseAtStart(String text, String phrase) {
    return text.startsWith(phrase)
        && (text.length() == phrase.length() || text.charAt(phrase.length()) == ' ');
  }

  List<String> words() {
    String lower = argument.toLowerCase(Locale.ROOT).strip();
    return lower.isEmpty() ? List.of() : List.of(SPACES.split(lower));
  }
}

package org.pcref.core.message;

/**
 * What a person typed, as the bot keeps it: every script, emoji and combining mark exactly, but no
 * control characters (NUL, escape sequences, bells), which no one means to store in a note or a
 * name and which break exports and terminals. Line breaks stay, as {@code \n}; tabs stay.
 */
public final class Typed {

  private Typed() {}

  /** {@code text} without control characters, its line breaks as {@code \n}. */
  public static String clean(String text) {
    if (text == null) {
      return "";
    }
    int i = 0;
    while (i < text.length() && keptAsIs(text.charAt(i))) {
      i++;
    }
    if (i == text.length()) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length()).append(text, 0, i);
    for (; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\r') {
        out.append('\n');
        if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
      } else if (keptAsIs(c)) {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** How long the text is as a person sees it: in characters (code points), not UTF-16 units. */
  public static int length(String text) {
    return text.codePointCount(0, text.length());
  }

  /**
   * Whether {@code text} has a letter, digit or symbol of any script (an emoji is a symbol), rather
   * than only spaces and punctuation ("?", "...").
   */
  public static boolean saysSomething(String text) {
    return text.codePoints()
        .anyMatch(
            cp ->
                Character.isLetterOrDigit(cp)
                    || switch (Character.getType(cp)) {
                      case Character.OTHER_SYMBOL,
                          Character.MATH_SYMBOL,
                          Character.CURRENCY_SYMBOL,
                          Character.MODIFIER_SYMBOL ->
                          true;
                      default -> false;
                    });
  }

  /**
   * {@code text} for showing inside a sentence of the bot's: when it has right-to-left letters
   * (Arabic, Hebrew, Urdu), wrapped in Unicode's first-strong isolate marks, so that "Note: "
   * before it and whatever follows stay in their places, and a line that starts with it still reads
   * left to right. Other text is returned as it is. Only for display: notes are stored and exported
   * as typed.
   */
  public static String isolated(String text) {
    boolean rightToLeft =
        text.codePoints()
            .anyMatch(
                cp -> {
                  byte direction = Character.getDirectionality(cp);
                  return direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT
                      || direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC;
                });
    return rightToLeft ? "\u2068" + text + "\u2069" : text;
  }

  private static boolean keptAsIs(char c) {
    return c == '\n' || c == '\t' || !Character.isISOControl(c);
  }
}

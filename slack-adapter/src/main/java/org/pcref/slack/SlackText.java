package org.pcref.slack;

import java.util.ArrayList;
import java.util.List;

/**
 * Text as Slack needs it: {@code &}, {@code <} and {@code >} escaped, so that no text a person
 * typed or the bot stored can become {@code @channel}, a mention or a link, and long text cut at
 * line or word boundaries into pieces Slack accepts.
 */
final class SlackText {

  private SlackText() {}

  /** Escapes the three characters Slack reads as markup; everything else stays as typed. */
  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * Cuts escaped {@code text} into pieces of at most {@code max} characters, preferring a line
   * break, then a space, and never cutting an escape such as {@code &amp;} in two.
   */
  static List<String> split(String text, int max) {
    List<String> pieces = new ArrayList<>();
    String rest = text;
    while (rest.length() > max) {
      int cut = rest.lastIndexOf('\n', max);
      if (cut < max / 2) {
        cut = rest.lastIndexOf(' ', max);
      }
      if (cut < max / 2) {
        cut = graphemeStart(rest, max);
        int amp = rest.lastIndexOf('&', cut - 1);
        if (amp >= 0 && amp > cut - 5 && rest.indexOf(';', amp) >= cut) {
          cut = amp;
        }
      }
      pieces.add(rest.substring(0, cut).stripTrailing());
      rest = rest.substring(cut).stripLeading();
    }
    if (!rest.isBlank() || pieces.isEmpty()) {
      pieces.add(rest);
    }
    return pieces;
  }

  /**
   * The start of the character a reader sees at {@code index} (or {@code index}, when one starts
   * there): a cut there never splits an emoji's surrogate pair, a letter from its accent or a
   * Bengali consonant from its vowel sign.
   */
  static int graphemeStart(String text, int index) {
    if (index <= 0 || index >= text.length()) {
      return Math.max(0, Math.min(index, text.length()));
    }
    java.text.BreakIterator characters = java.text.BreakIterator.getCharacterInstance();
    characters.setText(text);
    int start = characters.isBoundary(index) ? index : characters.preceding(index);
    return start > 0 ? start : index;
  }

  /** At most {@code max} characters, with an ellipsis when cut (for labels and headers). */
  static String shorten(String escaped, int max) {
    if (escaped.length() <= max) {
      return escaped;
    }
    String cut = escaped.substring(0, graphemeStart(escaped, max - 1));
    int amp = cut.lastIndexOf('&');
    if (amp >= 0 && cut.indexOf(';', amp) < 0) {
      cut = cut.substring(0, amp);
    }
    return cut + "…";
  }
}

package org.pcref.core.qa;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The words of a message, as the bot compares them: lower case, accents and apostrophes dropped,
 * every other mark (hyphens included) a word break. "Co-Production's" becomes {@code co,
 * productions}.
 */
final class Words {

  private static final Pattern ACCENTS = Pattern.compile("\\p{M}");

  private Words() {}

  static List<String> of(String text) {
    return split(needsFolding(text) ? folded(text) : text);
  }

  /**
   * Whether folding could change {@code text}. Most messages are plain ASCII, perhaps with the
   * curly quotes and dashes chat apps type: none of these has an accent or a compatibility form, so
   * the costly Unicode normalisation is skipped for them.
   */
  static boolean needsFolding(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= 0x80 && c != '’' && c != '‘' && c != '“' && c != '”' && c != '–' && c != '—') {
        return true;
      }
    }
    return false;
  }

  /** Compatibility forms ("ﬁ", fullwidth letters) spelled out, accents dropped, lower case. */
  private static String folded(String text) {
    String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
    return ACCENTS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
  }

  /** Letters, digits and "&" make words; apostrophes are dropped; anything else breaks a word. */
  private static List<String> split(String text) {
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '&') {
        word.append(c);
      } else if (c >= 'A' && c <= 'Z') { // only plain text still has capitals here
        word.append((char) (c + ('a' - 'A')));
      } else if (!isApostrophe(c) && word.length() > 0) {
        words.add(word.toString());
        word.setLength(0);
      }
    }
    if (word.length() > 0) {
      words.add(word.toString());
    }
    return words;
  }

  private static boolean isApostrophe(char c) {
    return c == '\'' || c == '’' || c == '‘' || c == '`';
  }

  /** Whether {@code text} has a letter of any script: Bengali, Arabic, Welsh and Latin alike. */
  static boolean hasLetters(String text) {
    return text.codePoints().anyMatch(Character::isLetter);
  }

  /** The words run together, so that "co production", "co-production" and "coproduction" agree. */
  static String compact(List<String> words) {
    StringBuilder out = new StringBuilder();
    for (String w : words) {
      if (!isSilent(w)) {
        out.append(w);
      }
    }
    return out.toString();
  }

  /** Whether a word is left out of a compacted name: "staff knowledge & awareness". */
  static boolean isSilent(String word) {
    return word.equals("and") || word.equals("&");
  }
}

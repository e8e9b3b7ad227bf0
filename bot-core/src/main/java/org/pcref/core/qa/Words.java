package org.pcref.core.qa;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The words of a message, as the bot compares them: lower case, accents and apostrophes dropped,
 * every other mark (hyphens included) a word break. "Co-Production's" becomes {@code co,
 * productions}.
 */
final class Words {

  private Words() {}

  static List<String> of(String text) {
    String folded =
        Normalizer.normalize(text, Normalizer.Form.NFKD)
            .replaceAll("\\p{M}", "")
            .toLowerCase(Locale.ROOT)
            .replaceAll("['’‘`]", "");
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    for (int i = 0; i < folded.length(); i++) {
      char c = folded.charAt(i);
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '&') {
        word.append(c);
      } else if (word.length() > 0) {
        words.add(word.toString());
        word.setLength(0);
      }
    }
    if (word.length() > 0) {
      words.add(word.toString());
    }
    return words;
  }

  /** The words run together, so that "co production", "co-production" and "coproduction" agree. */
  static String compact(List<String> words) {
    StringBuilder out = new StringBuilder();
    for (String w : words) {
      if (!w.equals("and") && !w.equals("&")) {
        out.append(w);
      }
    }
    return out.toString();
  }
}

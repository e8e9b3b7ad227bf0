package org.pcref.core.qa;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WordsTest {

  /**
   * Words as read by folding every message through Unicode normalisation: the behaviour to keep.
   */
  private static List<String> normalisedWords(String text) {
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

  /** Typical of chat messages, and of what breaks a naive fold: accents, ligatures, fullwidth. */
  private static final String[] PIECES = {
    "co",
    "Production",
    "CO-PROD",
    "what's",
    "what’s",
    "‘good’",
    "“good”",
    "don`t",
    "co–learning",
    "co—learning",
    "staff knowledge & awareness",
    "WRES?",
    "8",
    "  ",
    "\t",
    "\n",
    "-",
    "_",
    "/",
    "é",
    "É",
    "café",
    "naïve",
    "Cultural Awaréness",
    "e\u0301",
    "\u0301",
    "ﬁ",
    "ﬂ",
    "ﬀ",
    "ﬆ",
    "Ｇｏｏｄ",
    "ｃｏ－ｐｒｏｄｕｃｔｉｏｎ",
    "½",
    "²",
    "①",
    "Ⅸ",
    "㎏",
    "ℌ",
    "K",
    "Å",
    "ß",
    "İ",
    "ı",
    "ſ",
    "ø",
    "æ",
    "Œ",
    "ǅ",
    "ǈ",
    "ΐ",
    "ᾳ",
    "\u00A0",
    "\u2011",
    "…",
    "™",
    "😀",
    "\uD800",
    "\uDC00"
  };

  @ParameterizedTest
  @ValueSource(
      strings = {
        "what does good mean for co-production?",
        "Co-Production's",
        "what’s ‘outstanding’ in “workforce” – and co—learning?",
        "STAFF KNOWLEDGE & AWARENESS",
        "café naïve Ｇｏｏｄ ﬁnd",
        ""
      })
  void readsTheSameWordsAsNormalisingEveryMessage(String text) {
    assertThat(Words.of(text)).isEqualTo(normalisedWords(text));
  }

  @Test
  void readsEveryCharacterAsNormalisingWould() {
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      String text = "Co" + (char) c + "Prod's x" + (char) c;
      assertThat(Words.of(text)).as("U+%04X", c).isEqualTo(normalisedWords(text));
    }
  }

  @Test
  void readsMixedMessagesAsNormalisingWould() {
    Random random = new Random(7);
    for (int i = 0; i < 20_000; i++) {
      StringBuilder text = new StringBuilder();
      for (int n = random.nextInt(8); n >= 0; n--) {
        text.append(
            random.nextInt(4) == 0
                ? String.valueOf((char) random.nextInt(0x3000))
                : PIECES[random.nextInt(PIECES.length)]);
        text.append(random.nextBoolean() ? " " : "");
      }
      assertThat(Words.of(text.toString()))
          .as(text.toString())
          .isEqualTo(normalisedWords(text.toString()));
    }
  }

  @Test
  void skipsNormalisingOnlyPlainText() {
    assertThat(Words.needsFolding("what’s “good” – for co-production?")).isFalse();
    assertThat(Words.needsFolding("café")).isTrue();
    assertThat(Words.needsFolding("ﬁnd")).isTrue();
    assertThat(Words.needsFolding("Ｇｏｏｄ")).isTrue();
  }

  @Test
  void compactsNamesWithoutAnd() {
    assertThat(Words.compact(Words.of("Staff Knowledge & Awareness")))
        .isEqualTo("staffknowledgeawareness");
    assertThat(Words.compact(Words.of("co production and learning")))
        .isEqualTo("coproductionlearning");
  }
}

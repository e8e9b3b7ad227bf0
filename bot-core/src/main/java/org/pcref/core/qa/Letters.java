package org.pcref.core.qa;

/**
 * How many of each letter a word has. A typo changes at most one letter's count up and one down (a
 * swap changes none), so words whose counts differ by more than {@code n} are more than {@code n}
 * typos apart: comparing counts rules most names out before the typos are counted.
 */
final class Letters {

  /** One count per letter and digit, and one for anything else. */
  private static final int KINDS = 26 + 10 + 1;

  private final int[] counts = new int[KINDS];

  Letters(String word) {
    for (int i = 0; i < word.length(); i++) {
      counts[kindOf(word.charAt(i))]++;
    }
  }

  private static int kindOf(char c) {
    if (c >= 'a' && c <= 'z') {
      return c - 'a';
    }
    if (c >= '0' && c <= '9') {
      return 26 + c - '0';
    }
    return KINDS - 1;
  }

  /** The fewest typos that could turn one word into the other. */
  int fewestTyposTo(Letters other) {
    int extra = 0;
    int missing = 0;
    for (int kind = 0; kind < KINDS; kind++) {
      int difference = counts[kind] - other.counts[kind];
      if (difference > 0) {
        extra += difference;
      } else {
        missing -= difference;
      }
    }
    return Math.max(extra, missing);
  }
}

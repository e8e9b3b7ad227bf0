package org.pcref.core.qa;

/**
 * How far apart two words are, counting a missing, extra, changed or swapped letter as one typo
 * (optimal string alignment distance), and how many typos a word of a given length may carry.
 */
final class Typos {

  /** The most typos tolerated in any word. */
  static final int MOST_ALLOWED = 2;

  private Typos() {}

  /** Typos tolerated in a word of this length: none up to 4 letters, one up to 8, then two. */
  static int allowedFor(int length) {
    if (length <= 4) {
      return 0;
    }
    return length <= 8 ? 1 : MOST_ALLOWED;
  }

  /** The distance, or {@code limit + 1} as soon as it is known to exceed {@code limit}. */
  static int distance(String a, String b, int limit) {
    if (Math.abs(a.length() - b.length()) > limit) {
      return limit + 1;
    }
    int[] before = new int[b.length() + 1];
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      int rowMin = current[0];
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        int value = Math.min(Math.min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
        if (i > 1
            && j > 1
            && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          value = Math.min(value, before[j - 2] + 1);
        }
        current[j] = value;
        rowMin = Math.min(rowMin, value);
      }
      if (rowMin > limit) {
        return limit + 1;
      }
      int[] recycled = before;
      before = previous;
      previous = current;
      current = recycled;
    }
    return Math.min(previous[b.length()], limit + 1);
  }
}

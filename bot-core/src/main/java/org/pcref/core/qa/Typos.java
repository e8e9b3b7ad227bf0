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
    // Letters more than {@code limit} places apart cannot be aligned within the limit, so each row
    // is worked out only in a band around the diagonal, with the cell just outside it on either
    // side marked over the limit; cells further out are never read.
    int over = limit + 1;
    int[] before = new int[b.length() + 1];
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= Math.min(b.length(), over); j++) {
      previous[j] = Math.min(j, over);
    }
    for (int i = 1; i <= a.length(); i++) {
      int from = Math.max(1, i - limit);
      int to = Math.min(b.length(), i + limit);
      char letter = a.charAt(i - 1);
      char letterBefore = i > 1 ? a.charAt(i - 2) : 0;
      char otherBefore = from > 1 ? b.charAt(from - 2) : 0;
      current[from - 1] = from == 1 ? Math.min(i, over) : over;
      int rowMin = current[from - 1];
      for (int j = from; j <= to; j++) {
        char other = b.charAt(j - 1);
        int cost = letter == other ? 0 : 1;
        int value = Math.min(Math.min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
        if (i > 1 && j > 1 && letter == otherBefore && letterBefore == other) {
          value = Math.min(value, before[j - 2] + 1);
        }
        current[j] = value;
        rowMin = Math.min(rowMin, value);
        otherBefore = other;
      }
      if (to < b.length()) {
        current[to + 1] = over;
      }
      if (rowMin > limit) {
        return over;
      }
      int[] recycled = before;
      before = previous;
      previous = current;
      current = recycled;
    }
    return Math.min(previous[b.length()], over);
  }
}

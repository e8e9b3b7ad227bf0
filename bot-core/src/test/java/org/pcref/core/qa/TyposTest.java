package org.pcref.core.qa;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TyposTest {

  @Test
  void countsAMissingExtraChangedOrSwappedLetterAsOneTypo() {
    assertThat(Typos.distance("wrkforce", "workforce", 2)).isEqualTo(1);
    assertThat(Typos.distance("workforcee", "workforce", 2)).isEqualTo(1);
    assertThat(Typos.distance("workfarce", "workforce", 2)).isEqualTo(1);
    assertThat(Typos.distance("wokrforce", "workforce", 2)).isEqualTo(1);
    assertThat(Typos.distance("workforce", "workforce", 2)).isZero();
  }

  @Test
  void stopsCountingPastTheLimit() {
    assertThat(Typos.distance("partnership", "intersectionality", 2)).isEqualTo(3);
  }

  @Test
  void toleratesMoreTyposInLongerWords() {
    assertThat(Typos.allowedFor(4)).isZero();
    assertThat(Typos.allowedFor(8)).isEqualTo(1);
    assertThat(Typos.allowedFor(12)).isEqualTo(2);
  }

  @Test
  void countsAsTheFullTableWouldForEveryShortWord() {
    List<String> words = allWords("abc", 5);
    for (String a : words) {
      for (String b : words) {
        for (int limit = 0; limit <= 3; limit++) {
          assertThat(Typos.distance(a, b, limit))
              .as("%s %s %d", a, b, limit)
              .isEqualTo(fullTable(a, b, limit));
        }
      }
    }
  }

  @Test
  void countsAsTheFullTableWouldForLongWords() {
    Random random = new Random(11);
    for (int i = 0; i < 200_000; i++) {
      String a = randomWord(random);
      String b = random.nextInt(3) == 0 ? randomWord(random) : typed(a, random);
      int limit = random.nextInt(4);
      assertThat(Typos.distance(a, b, limit))
          .as("%s %s %d", a, b, limit)
          .isEqualTo(fullTable(a, b, limit));
    }
  }

  /** The distance worked out over the whole table, every letter against every letter. */
  private static int fullTable(String a, String b, int limit) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      for (int j = 0; j <= b.length(); j++) {
        if (i == 0 || j == 0) {
          d[i][j] = i + j;
          continue;
        }
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1
            && j > 1
            && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return Math.min(d[a.length()][b.length()], limit + 1);
  }

  private static List<String> allWords(String letters, int longest) {
    List<String> words = new ArrayList<>(List.of(""));
    for (int start = 0; start < words.size(); start++) {
      if (words.get(start).length() < longest) {
        for (char c : letters.toCharArray()) {
          words.add(words.get(start) + c);
        }
      }
    }
    return words;
  }

  private static String randomWord(Random random) {
    StringBuilder word = new StringBuilder();
    for (int n = random.nextInt(16); n > 0; n--) {
      word.append((char) ('a' + random.nextInt(random.nextBoolean() ? 4 : 26)));
    }
    return word.toString();
  }

  /** {@code word} with a few typos: letters left out, doubled, changed or swapped. */
  private static String typed(String word, Random random) {
    StringBuilder typed = new StringBuilder(word);
    for (int n = random.nextInt(4); n > 0 && typed.length() > 1; n--) {
      int at = random.nextInt(typed.length() - 1);
      switch (random.nextInt(4)) {
        case 0 -> typed.deleteCharAt(at);
        case 1 -> typed.insert(at, typed.charAt(at));
        case 2 -> typed.setCharAt(at, (char) ('a' + random.nextInt(26)));
        default -> {
          char c = typed.charAt(at);
          typed.setCharAt(at, typed.charAt(at + 1));
          typed.setCharAt(at + 1, c);
        }
      }
    }
    return typed.toString();
  }
}

package org.pcref.core.qa;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class LettersTest {

  @Test
  void neverCountsMoreTyposThanThereAre() {
    Random random = new Random(3);
    String alphabet = "abcdeco&9-";
    for (int i = 0; i < 200_000; i++) {
      String a = word(random, alphabet);
      String b = word(random, alphabet);
      int typos = Typos.distance(a, b, 20);
      assertThat(new Letters(a).fewestTyposTo(new Letters(b)))
          .as("%s %s", a, b)
          .isLessThanOrEqualTo(typos);
    }
  }

  @Test
  void tellsWordsWithDifferentLettersApart() {
    assertThat(new Letters("production").fewestTyposTo(new Letters("partnerships"))).isEqualTo(7);
    assertThat(new Letters("wokrforce").fewestTyposTo(new Letters("workforce"))).isZero();
    assertThat(new Letters("wrkforce").fewestTyposTo(new Letters("workforce"))).isEqualTo(1);
  }

  private static String word(Random random, String alphabet) {
    StringBuilder word = new StringBuilder();
    for (int n = random.nextInt(12); n > 0; n--) {
      word.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return word.toString();
  }
}

package org.pcref.core.qa;

import static org.assertj.core.api.Assertions.assertThat;

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
}

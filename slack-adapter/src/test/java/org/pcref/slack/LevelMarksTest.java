package org.pcref.slack;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LevelMarksTest {

  @Test
  void shouldMarkALevelWithItsWordInBoldAndACircleBeforeIt() {
    assertThat(LevelMarks.mark("Co-Production: Good — sam, 29 Nov 2026"))
        .isEqualTo("Co-Production: :large_green_circle: *Good* — sam, 29 Nov 2026");
    assertThat(LevelMarks.mark("Not yet Developing (first rating)"))
        .isEqualTo(":red_circle: *Not yet Developing* (first rating)");
    assertThat(LevelMarks.mark("Workforce: Outstanding"))
        .isEqualTo("Workforce: :star: *Outstanding*");
    assertThat(LevelMarks.mark("Developing — alex, 1 Dec 2026 (check-in)"))
        .startsWith(":large_orange_circle: *Developing* —");
  }

  @Test
  void shouldLeaveALevelWordThatIsNotALevelAsItIs() {
    assertThat(LevelMarks.mark("Good practice is shared across the trust"))
        .isEqualTo("Good practice is shared across the trust");
    assertThat(LevelMarks.mark("Staff are Good at this")).isEqualTo("Staff are Good at this");
    assertThat(LevelMarks.mark("Workforce: not rated yet")).isEqualTo("Workforce: not rated yet");
  }
}

package org.pcref.msteams;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

class BackoffTest {

  private final TeamsNotifier.Backoff backoff = new TeamsNotifier.Backoff(4, Duration.ofSeconds(1), Duration.ofSeconds(30));

  @RepeatedTest(20)
  void shouldGrowWithJitterInTheUpperHalf() {
    assertThat(backoff.pauseBefore(2, Duration.ZERO)).isBetween(Duration.ofMillis(500), Duration.ofSeconds(1));
    assertThat(backoff.pauseBefore(3, Duration.ZERO)).isBetween(Duration.ofSeconds(1), Duration.ofSeconds(2));
    assertThat(backoff.pauseBefore(4, Duration.ZERO)).isBetween(Duration.ofSeconds(2), Duration.ofSeconds(4));
  }

  @Test
  void shouldNeverWaitLongerThanTheMaximum() {
    assertThat(backoff.pauseBefore(40, Duration.ZERO)).isLessThanOrEqualTo(Duration.ofSeconds(30));
    assertThat(backoff.pauseBefore(2, Duration.ofHours(1))).isEqualTo(Duration.ofSeconds(30));
  }

  @Test
  void shouldWaitAsLongAsTeamsAsks() {
    assertThat(backoff.pauseBefore(2, Duration.ofSeconds(7))).isEqualTo(Duration.ofSeconds(7));
  }
}

package org.pcref.core.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class BackoffTest {

  private final Backoff nudges = new Backoff(5, Duration.ofMinutes(1), 4);

  @Test
  void shouldWaitLongerAfterEachFailureByItsFactor() {
    assertThat(nudges.after(1, Duration.ZERO)).contains(Duration.ofMinutes(1));
    assertThat(nudges.after(2, Duration.ZERO)).contains(Duration.ofMinutes(4));
    assertThat(nudges.after(3, Duration.ZERO)).contains(Duration.ofMinutes(16));
    assertThat(nudges.after(4, Duration.ZERO)).contains(Duration.ofMinutes(64));
  }

  @Test
  void shouldGiveUpAfterTheLastTry() {
    assertThat(nudges.after(5, Duration.ZERO)).isEmpty();
    assertThat(nudges.after(6, Duration.ZERO)).isEmpty();
    assertThat(new Backoff(1, Duration.ZERO, 1).after(1, Duration.ofSeconds(3))).isEmpty();
  }

  @Test
  void shouldWaitAsLongAsThePlatformAsksWhenThatIsLonger() {
    assertThat(nudges.after(1, Duration.ofSeconds(30))).contains(Duration.ofMinutes(1));
    assertThat(nudges.after(1, Duration.ofMinutes(3))).contains(Duration.ofMinutes(3));
    assertThat(nudges.after(2, null)).contains(Duration.ofMinutes(4));
  }

  @Test
  void shouldDoubleWithAFactorOfTwo() {
    Backoff quick = new Backoff(4, Duration.ofMillis(100), 2);

    assertThat(quick.after(1, Duration.ZERO)).contains(Duration.ofMillis(100));
    assertThat(quick.after(2, Duration.ZERO)).contains(Duration.ofMillis(200));
    assertThat(quick.after(3, Duration.ZERO)).contains(Duration.ofMillis(400));
    assertThat(quick.after(4, Duration.ZERO)).isEmpty();
  }

  @Test
  void shouldRefuseAPolicyWithoutATry() {
    assertThatThrownBy(() -> new Backoff(0, Duration.ofSeconds(1), 2))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> nudges.after(0, Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class);
  }
}

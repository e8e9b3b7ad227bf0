package org.pcref.app.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class RecentKeysTest {

  private final AtomicReference<Instant> now =
      new AtomicReference<>(Instant.parse("2026-11-28T10:00:00Z"));
  private final Clock clock =
      new Clock() {
        @Override
        public ZoneOffset getZone() {
          return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
          return this;
        }

        @Override
        public Instant instant() {
          return now.get();
        }
      };

  @Test
  void shouldKeepMemoryBoundedByStartingTheNextGenerationWhenOneIsFull() {
    RecentKeys keys = new RecentKeys(Duration.ofMinutes(6), clock);

    for (int i = 0; i < 2 * RecentKeys.MAX_PER_GENERATION + 1; i++) {
      keys.firstTime("k" + i);
    }

    assertThat(keys.firstTime("k0")).as("two full generations ago").isTrue();
    assertThat(keys.firstTime("k" + (2 * RecentKeys.MAX_PER_GENERATION))).isFalse();
  }

  @Test
  void shouldSeeAKeyOnceWhileItIsKeptThenForgetIt() {
    RecentKeys keys = new RecentKeys(Duration.ofMinutes(6), clock);

    assertThat(keys.firstTime("trigger:1")).isTrue();
    assertThat(keys.firstTime("trigger:1")).isFalse();
    assertThat(keys.firstTime("trigger:2")).isTrue();
    now.set(now.get().plus(Duration.ofMinutes(5)));
    assertThat(keys.firstTime("trigger:1")).as("5 minutes later").isFalse();
    now.set(now.get().plus(Duration.ofMinutes(2)));
    assertThat(keys.firstTime("trigger:1")).as("7 minutes later, the next generation").isFalse();
    now.set(now.get().plus(Duration.ofMinutes(6)));
    assertThat(keys.firstTime("trigger:1")).as("two generations later").isTrue();
  }
}

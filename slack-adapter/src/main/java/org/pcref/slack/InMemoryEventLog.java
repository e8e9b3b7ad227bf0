package org.pcref.slack;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;

/** Event ids of the last hour, in memory: for one instance without a database, and tests. */
public final class InMemoryEventLog implements EventLog {

  private final Cache<String, Boolean> seen =
      Caffeine.newBuilder().expireAfterWrite(Duration.ofHours(1)).maximumSize(100_000).build();

  @Override
  public boolean firstTime(String eventId) {
    return seen.asMap().putIfAbsent(eventId, Boolean.TRUE) == null;
  }
}

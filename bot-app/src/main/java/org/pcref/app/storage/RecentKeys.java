package org.pcref.app.storage;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Clock;
import java.time.Duration;
import org.pcref.core.message.SeenKeys;

/**
 * Keys seen in the last few minutes, in memory: enough where one server owns the database (the
 * embedded H2 file) and a key only matters while a request may be replayed, so that the hot path
 * writes nothing. Bounded in time and in number.
 */
public final class RecentKeys implements SeenKeys {

  private static final long MAX_KEYS = 200_000;

  private final Cache<String, Boolean> seen;

  public RecentKeys(Duration keptFor, Clock clock) {
    Ticker ticker = () -> clock.millis() * 1_000_000L;
    this.seen =
        Caffeine.newBuilder()
            .expireAfterWrite(keptFor)
            .maximumSize(MAX_KEYS)
            .ticker(ticker)
            .build();
  }

  @Override
  public boolean firstTime(String key) {
    return seen.asMap().putIfAbsent(key, Boolean.TRUE) == null;
  }
}
